package org.dmsim.model.mfg.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.dmsim.model.time.Durations;

/**
 * A rule's parameters as a factory reads them: typed getters with defaults and ranges, each throwing a
 * {@link RuleParameterException} that names the parameter; {@link #requireNoOthers()} rejects names
 * the rule did not ask for (a misspelt parameter must not be ignored silently).
 */
public final class RuleParams {
  /** The largest number of units a parameter may give, as every stock level in a scenario. */
  public static final long MAX_UNITS = 1_000_000_000L;

  private final RuleRef ref;
  private final Set<String> asked = new TreeSet<>();

  /** The parameters of {@code ref}. */
  public RuleParams(RuleRef ref) {
    this.ref = ref;
  }

  /** The rule's name. */
  public String rule() {
    return ref.name();
  }

  /** All parameters as written, sorted by name. */
  public SortedMap<String, String> all() {
    return ref.params();
  }

  /**
   * The number {@code name}, or {@code defaultValue} when absent; it must lie in {@code [min, max]}.
   *
   * @throws RuleParameterException when it is not a number or out of range
   */
  public double number(String name, double defaultValue, double min, double max) {
    asked.add(name);
    String text = ref.params().get(name);
    if (text == null) {
      return defaultValue;
    }
    String expected = "a number from " + plain(min) + " to " + plain(max);
    double v;
    try {
      v = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new RuleParameterException(name, expected, "\"" + text + "\"");
    }
    if (!(v >= min && v <= max)) {
      throw new RuleParameterException(name, expected, "\"" + text + "\"");
    }
    return v;
  }

  /**
   * The required number {@code name}; it must lie in {@code [min, max]}.
   *
   * @throws RuleParameterException when it is missing, not a number or out of range
   */
  public double number(String name, double min, double max) {
    if (!ref.params().containsKey(name)) {
      asked.add(name);
      throw new RuleParameterException(name, "a number from " + plain(min) + " to " + plain(max),
          "nothing (the parameter is missing)");
    }
    return number(name, Double.NaN, min, max);
  }

  /**
   * The duration {@code name} in ms (written as in scenarios: {@code 7d}, {@code 12h}), or
   * {@code defaultMs} when absent; it must lie in {@code [minMs, maxMs]}.
   *
   * @throws RuleParameterException when it is not a duration or out of range
   */
  public long durationMs(String name, long defaultMs, long minMs, long maxMs) {
    asked.add(name);
    String text = ref.params().get(name);
    if (text == null) {
      return defaultMs;
    }
    String expected = "a duration from " + Durations.format(minMs) + " to " + Durations.format(maxMs)
        + " (a number and a unit of ms, s, min, h, d or w)";
    Optional<Long> ms = Durations.tryParseMillis(text.strip());
    if (ms.isEmpty() || ms.get() < minMs || ms.get() > maxMs) {
      throw new RuleParameterException(name, expected, "\"" + text + "\"");
    }
    return ms.get();
  }

  /**
   * The required duration {@code name} in ms; it must lie in {@code [minMs, maxMs]}.
   *
   * @throws RuleParameterException when it is missing, not a duration or out of range
   */
  public long durationMs(String name, long minMs, long maxMs) {
    if (!ref.params().containsKey(name)) {
      asked.add(name);
      throw new RuleParameterException(name, "a duration from " + Durations.format(minMs) + " to "
          + Durations.format(maxMs), "nothing (the parameter is missing)");
    }
    return durationMs(name, 0, minMs, maxMs);
  }

  /** Whether the scenario gives parameter {@code name} (it counts as asked for). */
  public boolean has(String name) {
    asked.add(name);
    return ref.params().containsKey(name);
  }

  /**
   * The required whole number {@code name}; it must lie in {@code [min, max]}.
   *
   * @throws RuleParameterException when it is missing, not a whole number or out of range
   */
  public long integer(String name, long min, long max) {
    return integer(name, min, max, "from " + min + " to " + max);
  }

  /**
   * The required whole number {@code name} in {@code [min, max]}, where {@code range} says so in words
   * for messages, e.g. {@code greater than reorderPoint (5)}.
   *
   * @throws RuleParameterException when it is missing, not a whole number or out of range
   */
  public long integer(String name, long min, long max, String range) {
    asked.add(name);
    String expected = "an integer " + range + (range.contains(" to ") ? "" : ", up to " + max);
    String text = ref.params().get(name);
    if (text == null) {
      throw new RuleParameterException(name, expected, "nothing (the parameter is missing)");
    }
    long v;
    try {
      v = Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new RuleParameterException(name, expected, "\"" + text + "\"");
    }
    if (v < min || v > max) {
      throw new RuleParameterException(name, expected, "\"" + text + "\"");
    }
    return v;
  }

  /**
   * The word {@code name}, one of {@code allowed}, or {@code defaultValue} when absent.
   *
   * @throws RuleParameterException when it is not one of them
   */
  public String word(String name, String defaultValue, List<String> allowed) {
    asked.add(name);
    String text = ref.params().get(name);
    if (text == null) {
      return defaultValue;
    }
    if (!allowed.contains(text.strip())) {
      throw new RuleParameterException(name, "one of: " + String.join(", ", allowed), "\"" + text + "\"");
    }
    return text.strip();
  }

  /**
   * The yes-or-no parameter {@code name}, {@code true} or {@code false}; false when absent.
   *
   * @throws RuleParameterException when it is neither
   */
  public boolean flag(String name) {
    return word(name, "false", List.of("true", "false")).equals("true");
  }

  /**
   * The text of parameter {@code name} as written, when present: for parameters a rule parses itself
   * (a list such as a profile's points), reporting problems with {@link #invalid}.
   */
  public Optional<String> text(String name) {
    asked.add(name);
    return Optional.ofNullable(ref.params().get(name));
  }

  /** A problem with parameter {@code name}, for a rule that parses its text itself. */
  public RuleParameterException invalid(String name, String expected) {
    String text = ref.params().get(name);
    return new RuleParameterException(name, expected,
        text == null ? "nothing (the parameter is missing)" : "\"" + text + "\"");
  }

  /**
   * Rejects every parameter that no getter asked for; call it after reading them all.
   *
   * @throws RuleParameterException naming the first unknown parameter
   */
  public void requireNoOthers() {
    List<String> unknown = new ArrayList<>(ref.params().keySet());
    unknown.removeAll(asked);
    if (!unknown.isEmpty()) {
      String expected = asked.isEmpty() ? "no parameters for rule " + ref.name()
          : "one of: " + String.join(", ", asked) + " (the parameters of rule " + ref.name() + ")";
      throw new RuleParameterException(unknown.get(0), expected, "unknown parameter \"" + unknown.get(0) + "\"");
    }
  }

  private static String plain(double v) {
    return Double.isInfinite(v) ? (v > 0 ? "infinity" : "-infinity")
        : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
