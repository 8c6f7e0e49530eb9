package org.dmsim.scenarios.format;

import java.math.BigDecimal;
import java.util.function.DoubleFunction;

/**
 * The numbers a numeric field accepts: an interval whose ends are each open or closed; an infinite end
 * is unbounded. Integers use the same interval (every bound here is exactly representable as a double).
 */
public record Range(double min, boolean minOpen, double max, boolean maxOpen) {
  /** Every finite number. */
  public static final Range ANY = new Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);

  public Range {
    if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
      throw new IllegalArgumentException("not an interval: " + min + " .. " + max);
    }
  }

  /** {@code x >= min}. */
  public static Range atLeast(double min) {
    return new Range(min, false, Double.POSITIVE_INFINITY, true);
  }

  /** {@code x > min}. */
  public static Range above(double min) {
    return new Range(min, true, Double.POSITIVE_INFINITY, true);
  }

  /** {@code min <= x <= max}. */
  public static Range closed(double min, double max) {
    return new Range(min, false, max, false);
  }

  /** {@code min < x <= max}. */
  public static Range aboveUpTo(double min, double max) {
    return new Range(min, true, max, false);
  }

  /** {@code min < x < max}. */
  public static Range open(double min, double max) {
    return new Range(min, true, max, true);
  }

  /** {@code min <= x < max}. */
  public static Range fromBelow(double min, double max) {
    return new Range(min, false, max, true);
  }

  /** Whether {@code x} lies in the range. */
  public boolean contains(double x) {
    boolean low = minOpen ? x > min : x >= min;
    boolean high = maxOpen ? x < max : x <= max;
    return low && high;
  }

  /** Whether the range has no bound at all. */
  public boolean isAny() {
    return Double.isInfinite(min) && Double.isInfinite(max);
  }

  /** The smallest integer in the range (for integer fields). */
  public long minLong() {
    return Double.isInfinite(min) ? Long.MIN_VALUE : (long) (minOpen ? Math.floor(min) + 1 : Math.ceil(min));
  }

  /** The largest integer in the range (for integer fields). */
  public long maxLong() {
    return Double.isInfinite(max) ? Long.MAX_VALUE : (long) (maxOpen ? Math.ceil(max) - 1 : Math.floor(max));
  }

  /** The range for people: {@code > 0}, {@code 0 … 1}, {@code ≥ 0, < 1}; empty when unbounded. */
  public String text() {
    return text(Range::number);
  }

  /** The range for people with each bound written by {@code bound} (e.g. as a duration). */
  public String text(DoubleFunction<String> bound) {
    if (isAny()) {
      return "";
    }
    if (Double.isInfinite(max)) {
      return lowText(bound);
    }
    if (Double.isInfinite(min)) {
      return highText(bound);
    }
    if (!minOpen && !maxOpen) {
      return bound.apply(min) + " … " + bound.apply(max);
    }
    return lowText(bound) + ", " + highText(bound);
  }

  /** The lower bound for people ({@code > 0}, {@code ≥ 1}); empty when there is none. */
  public String lowText(DoubleFunction<String> bound) {
    return Double.isInfinite(min) ? "" : (minOpen ? "> " : "≥ ") + bound.apply(min);
  }

  /** The upper bound for people ({@code ≤ 100000}, {@code < 1}); empty when there is none. */
  public String highText(DoubleFunction<String> bound) {
    return Double.isInfinite(max) ? "" : (maxOpen ? "< " : "≤ ") + bound.apply(max);
  }

  /** Whether {@code x} is below the range (not above it); NaN counts as above. */
  public boolean isBelow(double x) {
    return minOpen ? x <= min : x < min;
  }

  /** A bound as written in a file: no ".0" on whole numbers. */
  public static String number(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return Double.isFinite(x) ? BigDecimal.valueOf(x).stripTrailingZeros().toPlainString() : Double.toString(x);
  }
}
