package org.dmsim.scenarios.cli;

import java.util.Locale;

/**
 * Numbers of the console tables: as many decimals as suit the size of a row ({@code scale}), so that a
 * row's numbers line up, and never a negative zero — a value that rounds to zero prints as {@code 0.0000}
 * (or {@code +0.0000} when signed), not {@code -0.0000}: a minus sign in front of nothing suggests a
 * direction the number does not have.
 */
final class Decimals {
  private Decimals() {}

  /**
   * {@code v} with ",.0f", ".1f", ".2f" or ".4f" as {@code |scale|} is ≥ 1000, ≥ 100, above 1 or at most 1
   * (so a share of exactly 1 keeps four decimals like its neighbours); "-" for NaN.
   */
  static String format(double v, double scale, boolean signed) {
    if (Double.isNaN(v)) {
      return "-";
    }
    double a = Math.abs(scale);
    String f = a >= 1000 ? ",.0f" : a >= 100 ? ".1f" : a > 1 ? ".2f" : ".4f";
    String text = withoutNegativeZero(String.format(Locale.ROOT, (signed ? "%+" : "%") + f, v));
    return signed && !text.startsWith("-") && !text.startsWith("+") ? "+" + text : text;
  }

  /** {@code formatted} without the minus sign when every digit in it is a zero ({@code -0.00} → {@code 0.00}). */
  static String withoutNegativeZero(String formatted) {
    if (formatted.startsWith("-") && formatted.chars().filter(Character::isDigit).allMatch(ch -> ch == '0')) {
      return formatted.substring(1);
    }
    return formatted;
  }
}
