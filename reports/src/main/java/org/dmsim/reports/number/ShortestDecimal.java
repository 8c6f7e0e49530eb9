package org.dmsim.reports.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal that reads back to exactly the same double: the double's exact value rounded
 * (half even) to the fewest significant digits, from 1 to 17, that {@link Double#parseDouble} maps
 * back to it. Seventeen digits always suffice (IEEE 754 binary64). Written without a JDK's
 * {@link Double#toString}, whose choice of digits changed in JDK 19, so that output files are the
 * same bytes on every JDK. Integral values below 2<sup>53</sup> are written as integers; −0.0 as 0.
 */
public final class ShortestDecimal {
  private static final double EXACT_INTEGERS = 9.007199254740992E15;
  private static final MathContext[] PRECISION = new MathContext[18];

  static {
    for (int p = 1; p < PRECISION.length; p++) {
      PRECISION[p] = new MathContext(p, RoundingMode.HALF_EVEN);
    }
  }

  private ShortestDecimal() {}

  /**
   * The shortest decimal equal to {@code v} when read back.
   *
   * @throws IllegalArgumentException if {@code v} is NaN or infinite
   */
  public static BigDecimal of(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("not a finite number: " + v);
    }
    if (v == Math.rint(v) && Math.abs(v) < EXACT_INTEGERS) {
      return BigDecimal.valueOf((long) v);
    }
    BigDecimal exact = new BigDecimal(v);
    for (int p = 1; p < 17; p++) {
      BigDecimal rounded = exact.round(PRECISION[p]);
      if (rounded.doubleValue() == v) {
        return rounded;
      }
    }
    return exact.round(PRECISION[17]);
  }

  /**
   * {@code v} as a CSV cell: the shortest decimal ({@code 1016172.3}, {@code 1.5E+20}), {@code Infinity}
   * or {@code -Infinity}, and the empty cell for NaN (undefined, e.g. a rate with nothing due).
   */
  public static String csv(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "Infinity" : "-Infinity";
    }
    return of(v).toString();
  }
}
