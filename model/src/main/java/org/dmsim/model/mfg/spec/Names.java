package org.dmsim.model.mfg.spec;

import java.util.Locale;

/** The lower-case, hyphenated names scenario files use for enum constants ({@code INJECTION_MOULDING} ↔ {@code injection-moulding}). */
public final class Names {
  private Names() {}

  /** The file name of {@code constant}. */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant of {@code type} whose file name is {@code name}, or {@code null}. */
  public static <E extends Enum<E>> E parse(Class<E> type, String name) {
    for (E e : type.getEnumConstants()) {
      if (of(e).equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** The file names of all constants of {@code type}, comma-separated, for error messages. */
  public static String list(Class<? extends Enum<?>> type) {
    StringBuilder sb = new StringBuilder();
    for (Enum<?> e : type.getEnumConstants()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(of(e));
    }
    return sb.toString();
  }

  /** Fails unless {@code id} is a lower-case word of letters, digits and hyphens; {@code what} names it in the message. */
  public static void requireId(String what, String id) {
    if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(what + " id must be a lower-case word of letters, digits and '-': '" + id + "'");
    }
  }

  static void requireFiniteNotNegative(String what, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite number, not negative, was " + value);
    }
  }

  static void requireProbability(String what, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(what + " must be from 0 to 1, was " + value);
    }
  }
}
