package org.dmsim.scenarios.cli.option;

import picocli.CommandLine.ITypeConverter;

/**
 * Converters for options that take a whole number. picocli creates converters without arguments, so
 * each lower bound is a class of its own. Surrounding spaces are ignored; fractions and numbers beyond
 * the type's range are rejected, never rounded or wrapped.
 */
public final class WholeNumberOption {
  private WholeNumberOption() {}

  /** A whole number of at least 0, such as a count of warm-up runs. */
  public static final class AtLeastZero implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 0);
    }
  }

  /** A whole number of at least 1, such as threads or replications. */
  public static final class AtLeastOne implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 1);
    }
  }

  /** A whole number of at least 2, such as a thread count compared with one. */
  public static final class AtLeastTwo implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 2);
    }
  }

  /** Any 64-bit whole number, such as a seed. */
  public static final class AnyLong implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        throw new Expected("a whole number");
      }
    }
  }

  /**
   * {@code value} as an int of at least {@code min}.
   *
   * @throws Expected saying which whole numbers the option takes
   */
  public static int atLeast(String value, int min) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below, with the bound, like a number below it
    }
    throw new Expected("a whole number of at least " + min);
  }
}
