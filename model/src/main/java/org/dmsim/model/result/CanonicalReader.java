package org.dmsim.model.result;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@link RunResult#canonical()} back (see {@link RunResult#fromCanonical}). Hand-written because
 * the form is ours: a line per run, entity and metric, doubles as the hex of their bits.
 */
final class CanonicalReader {
  private CanonicalReader() {}

  static RunResult read(String text) {
    if (!text.endsWith("\n")) {
      throw new IllegalArgumentException("a canonical result ends with a line break");
    }
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    if (!lines[0].startsWith("run|")) {
      throw new IllegalArgumentException("line 1: expected run|MODEL|SEED|REPLICATION|END_MS, found " + lines[0]);
    }
    String[] run = fromRight(lines[0].substring(4), 4, 1);
    List<EntityResult> entities = new ArrayList<>();
    int i = 1;
    while (i < lines.length) {
      if (!lines[i].startsWith("entity|")) {
        throw new IllegalArgumentException("line " + (i + 1) + ": expected entity|NAME|EVENTS|TRACE, found " + lines[i]);
      }
      String[] e = fromRight(lines[i].substring(7), 3, i + 1);
      int at = i + 1;
      i++;
      List<MetricValue> metrics = new ArrayList<>();
      while (i < lines.length && lines[i].startsWith("  ")) {
        metrics.add(metric(lines[i].substring(2), i + 1));
        i++;
      }
      entities.add(new EntityResult(e[0], number(e[1], at), Long.parseUnsignedLong(hex(e[2], at), 16), metrics));
    }
    return new RunResult(run[0], number(run[1], 1), (int) number(run[2], 1), number(run[3], 1), entities);
  }

  private static MetricValue metric(String line, int at) {
    double[] series = new double[0];
    String rest = line;
    int bar = line.lastIndexOf('|');
    if (bar >= 0 && line.startsWith("series", bar + 1)) {
      String[] values = line.substring(bar + 1 + "series".length()).split(",", -1);
      series = new double[values.length - 1];
      for (int k = 1; k < values.length; k++) {
        series[k - 1] = bits(values[k], at);
      }
      rest = line.substring(0, bar);
    }
    String[] f = fromRight(rest, 7, at);
    MetricValue.Kind kind;
    try {
      kind = MetricValue.Kind.valueOf(f[1]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + at + ": no metric kind " + f[1], e);
    }
    return new MetricValue(f[0], kind, number(f[2], at), bits(f[3], at), bits(f[4], at), bits(f[5], at),
        bits(f[6], at), series);
  }

  /** The line split at {@code |} into {@code n} fields, the first taking whatever is left on the left. */
  private static String[] fromRight(String line, int n, int at) {
    String[] out = new String[n];
    int end = line.length();
    for (int k = n - 1; k > 0; k--) {
      int bar = line.lastIndexOf('|', end - 1);
      if (bar < 0) {
        throw new IllegalArgumentException("line " + at + ": expected " + n + " fields separated by |, found " + line);
      }
      out[k] = line.substring(bar + 1, end);
      end = bar;
    }
    out[0] = line.substring(0, end);
    return out;
  }

  private static long number(String s, int at) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("line " + at + ": expected a whole number, found " + s, e);
    }
  }

  private static double bits(String s, int at) {
    return Double.longBitsToDouble(Long.parseUnsignedLong(hex(s, at), 16));
  }

  private static String hex(String s, int at) {
    if (s.isEmpty() || s.length() > 16 || !s.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException("line " + at + ": expected hex digits, found " + s);
    }
    return s;
  }
}
