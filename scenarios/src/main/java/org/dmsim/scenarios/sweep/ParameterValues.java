package org.dmsim.scenarios.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a swept parameter takes, as written after its {@code =}: a list {@code 2,3,4} (each item a YAML
 * value, e.g. {@code 7d,14d} or {@code nearest,least-loaded}), an integer range {@code 1..8} (both ends
 * included, step 1) or {@code 0.5..0.9/5}, five evenly spaced numbers from 0.5 to 0.9, ends included.
 * Hand-written: the grammar is three forms, and its messages must say which one was meant.
 */
public final class ParameterValues {
  /** The most values one parameter may take. */
  public static final int MAX_VALUES = 1_000;

  static final String EXPECTED = "values: a list (2,3,4), an integer range (1..8) or N evenly spaced numbers "
      + "(0.5..0.9/5)";
  private static final Pattern RANGE = Pattern.compile("\\s*([^.,/\\s][^,/]*?)\\s*\\.\\.\\s*([^,/]+?)\\s*(?:/\\s*(\\S+)\\s*)?");
  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  private ParameterValues() {}

  /**
   * The values {@code text} names, in order.
   *
   * @throws IllegalArgumentException saying what was expected and what was found
   */
  public static List<String> parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw problem("nothing");
    }
    if (!t.contains(",") && t.contains("..")) {
      return range(t);
    }
    List<String> out = new ArrayList<>();
    for (String item : t.split(",", -1)) {
      String v = item.strip();
      if (v.isEmpty()) {
        throw problem("an empty item in '" + t + "'");
      }
      if (out.contains(v)) {
        throw new IllegalArgumentException("expected distinct values, found '" + v + "' twice");
      }
      out.add(v);
    }
    if (out.size() > MAX_VALUES) {
      throw new IllegalArgumentException("expected at most " + MAX_VALUES + " values, found " + out.size());
    }
    return List.copyOf(out);
  }

  private static List<String> range(String t) {
    Matcher m = RANGE.matcher(t);
    if (!m.matches()) {
      throw problem("'" + t + "'");
    }
    String from = m.group(1);
    String to = m.group(2);
    String count = m.group(3);
    if (count == null) {
      if (!INTEGER.matcher(from).matches() || !INTEGER.matcher(to).matches()) {
        throw new IllegalArgumentException("expected whole numbers at both ends of a range A..B (or A..B/N for N "
            + "evenly spaced numbers), found '" + t + "'");
      }
      long a = parseLong(from, t);
      long b = parseLong(to, t);
      if (b < a) {
        throw new IllegalArgumentException("expected a range A..B with A <= B, found '" + t + "'");
      }
      if (b - a + 1 > MAX_VALUES || b - a + 1 <= 0) {
        throw new IllegalArgumentException("expected at most " + MAX_VALUES + " values, found a range '" + t
            + "' of " + (b - a + 1 <= 0 ? "more" : String.valueOf(b - a + 1)));
      }
      List<String> out = new ArrayList<>();
      for (long v = a; v <= b; v++) {
        out.add(Long.toString(v));
      }
      return List.copyOf(out);
    }
    if (!NUMBER.matcher(from).matches() || !NUMBER.matcher(to).matches()) {
      throw new IllegalArgumentException("expected numbers at both ends of a range A..B/N, found '" + t + "'");
    }
    if (!INTEGER.matcher(count).matches()) {
      throw new IllegalArgumentException("expected a whole count N >= 2 after '/' in A..B/N, found '" + count + "'");
    }
    int n;
    try {
      n = Integer.parseInt(count);
    } catch (NumberFormatException e) {
      n = Integer.MAX_VALUE;
    }
    if (n < 2 || n > MAX_VALUES) {
      throw new IllegalArgumentException("expected a count N from 2 to " + MAX_VALUES + " after '/' in A..B/N, found "
          + count);
    }
    BigDecimal a = new BigDecimal(from);
    BigDecimal b = new BigDecimal(to);
    if (b.compareTo(a) <= 0) {
      throw new IllegalArgumentException("expected a range A..B/N with A < B, found '" + t + "'");
    }
    // Exact decimal steps (0.5..0.9/5 is 0.5, 0.6, 0.7, 0.8, 0.9, not 0.7000000000000001), rounded to 12
    // significant digits when the step does not end.
    BigDecimal step = b.subtract(a).divide(BigDecimal.valueOf(n - 1L), MathContext.DECIMAL128);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BigDecimal v = i == n - 1 ? b : a.add(step.multiply(BigDecimal.valueOf(i)));
      v = v.round(new MathContext(12, RoundingMode.HALF_EVEN)).stripTrailingZeros();
      String s = v.signum() == 0 ? "0" : v.toPlainString();
      if (out.contains(s)) {
        throw new IllegalArgumentException("expected a range whose " + n + " values are distinct at 12 digits, found '"
            + t + "'");
      }
      out.add(s);
    }
    return List.copyOf(out);
  }

  private static long parseLong(String s, String t) {
    try {
      return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected whole numbers that fit 64 bits in '" + t + "', found '" + s + "'");
    }
  }

  private static IllegalArgumentException problem(String found) {
    return new IllegalArgumentException("expected " + EXPECTED + ", found " + found);
  }
}
