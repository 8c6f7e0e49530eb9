package org.dmsim.scenarios.cli.option;

import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;

/**
 * Converters for options that take a finite decimal number. picocli creates converters without
 * arguments, so each bound is a class of its own. {@code NaN}, infinities and numbers too large for a
 * double fail every bound.
 */
public final class NumberOption {
  private NumberOption() {}

  /** A number of at least 0, such as a mean delay in seconds. */
  public static final class AtLeastZero implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      return atLeast(value, 0);
    }
  }

  /** A number of at least 0.001, such as a lookahead in seconds (the engines count whole milliseconds). */
  public static final class AtLeastOneMilli implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      return atLeast(value, 0.001);
    }
  }

  /** A number greater than 0, such as a simulated end time or an interval's half-width. */
  public static final class Positive implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      return greaterThan(value, 0);
    }
  }

  /**
   * {@code value} as a finite number of at least {@code min}.
   *
   * @throws Expected naming the bound as people write it
   */
  public static double atLeast(String value, double min) {
    double d = finite(value);
    if (d >= min) {
      return d;
    }
    throw new Expected("a number of at least " + plain(min));
  }

  /**
   * {@code value} as a finite number greater than {@code exclusiveMin}.
   *
   * @throws Expected naming the bound as people write it
   */
  public static double greaterThan(String value, double exclusiveMin) {
    double d = finite(value);
    if (d > exclusiveMin) {
      return d;
    }
    throw new Expected("a number greater than " + plain(exclusiveMin));
  }

  /** The number {@code v} holds, or NaN (which fails every bound) when it holds none or an infinite one. */
  private static double finite(String v) {
    try {
      double d = Double.parseDouble(v.trim());
      return Double.isFinite(d) ? d : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** A bound as people write it: 0 rather than 0.0, 0.001 rather than 1.0E-3. */
  private static String plain(double bound) {
    return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
  }
}
