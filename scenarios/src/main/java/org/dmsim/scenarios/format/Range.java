package org.dmsim.scenarios.format;

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
    if (isAny()) {
      return "";
    }
    if (Double.isInfinite(max)) {
      return (minOpen ? "> " : "≥ ") + number(min);
    }
    if (Double.isInfinite(min)) {
      return (maxOpen ? "< " : "≤ ") + number(max);
    }
    if (!minOpen && !maxOpen) {
      return number(min) + " … " + number(max);
    }
    return (minOpen ? "> " : "≥ ") + number(min) + ", " + (maxOpen ? "< " : "≤ ") + number(max);
  }

  /** A bound as written in a file: no ".0" on whole numbers. */
  static String number(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }
}
