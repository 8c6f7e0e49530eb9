package org.dmsim.reports.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as the report prints them: a fixed number of significant digits, plain decimal notation,
 * the minus sign U+2212, never {@code −0}, and an em dash for an undefined value (NaN).
 */
final class Figures {
  /** What an undefined value (NaN) prints as. */
  static final String UNDEFINED = "—";

  private Figures() {}

  /**
   * {@code v} to {@code digits} significant digits, whole digits all kept: 0.012345 → {@code 0.0123},
   * 1234.5 → {@code 1234} (3).
   */
  static String significant(double v, int digits) {
    if (Double.isNaN(v)) {
      return UNDEFINED;
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "−∞";
    }
    BigDecimal exact = new BigDecimal(v);
    // a number with more whole digits than asked keeps them all: 1234.5 is 1234, not 1230
    BigDecimal d = exact.abs().compareTo(BigDecimal.TEN.pow(digits)) >= 0 ? exact.setScale(0, RoundingMode.HALF_EVEN)
        : exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return signed(d.toPlainString());
  }

  /** {@code v} with {@code decimals} digits after the point: 0.9753 (1) → {@code 1.0}. */
  static String fixed(double v, int decimals) {
    if (Double.isNaN(v)) {
      return UNDEFINED;
    }
    BigDecimal d = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN);
    return d.signum() == 0 ? d.abs().toPlainString() : signed(d.toPlainString());
  }

  private static String signed(String plain) {
    return plain.startsWith("-") ? "−" + plain.substring(1) : plain;
  }
}
