package org.dmsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.dmsim.model.result.ExperimentSummary;

/** Prints a summary's indicators as a table: one row per indicator, with its mean, interval and replications. */
final class KpiTable {
  private KpiTable() {}

  static void print(ExperimentSummary s, PrintWriter out) {
    if (!s.replications().isEmpty()) {
      printVertical(s, out);
    }
  }

  /**
   * One row per indicator: the mean over replications, the half-width of its 95 % Student-t
   * confidence interval (with two or more replications), then each replication's value.
   */
  private static void printVertical(ExperimentSummary s, PrintWriter out) {
    List<ExperimentSummary.Replication> reps = s.replications();
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-30s %14s %12s", "indicator", "mean",
        reps.size() > 1 ? "± 95% CI" : ""));
    boolean each = reps.size() > 1 && reps.size() <= 5;
    if (each) {
      for (ExperimentSummary.Replication r : reps) {
        header.append(String.format(Locale.ROOT, " %12s", "rep " + r.replication()));
      }
    }
    out.println(header);
    for (String name : reps.get(0).kpis().keySet()) {
      double[] values = reps.stream().mapToDouble(r -> r.kpis().getOrDefault(name, Double.NaN)).toArray();
      double mean = mean(values);
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-30s %14s %12s", name,
          format(mean, mean), reps.size() > 1 ? format(halfWidth(values), mean) : ""));
      if (each) {
        for (double v : values) {
          row.append(String.format(Locale.ROOT, " %12s", format(v, mean)));
        }
      }
      out.println(row);
    }
    long events = reps.stream().mapToLong(ExperimentSummary.Replication::eventsHandled).sum();
    out.printf(Locale.ROOT, "  %-30s %14d%n", "events (all replications)", events);
  }

  private static double mean(double[] v) {
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    return sum / v.length;
  }

  private static double halfWidth(double[] v) {
    double[] defined = org.dmsim.model.stats.Interval.defined(v);
    return defined.length < 2 ? Double.NaN : org.dmsim.model.stats.Interval.studentT(defined, 0.95).halfWidth();
  }

  /** {@code v} with as many decimals as suit the size of the row's mean {@code scale}, so a row's numbers line up; never a negative zero. */
  private static String format(double v, double scale) {
    if (Double.isNaN(v)) {
      return "-";
    }
    double a = Math.abs(scale);
    String pattern = a >= 1e8 ? "%.4g" : a >= 1000 ? "%,.0f" : a >= 100 ? "%.1f" : a >= 1 ? "%.3f"
        : a >= 0.01 || a == 0 ? "%.4f" : "%.6f";
    return Decimals.withoutNegativeZero(String.format(Locale.ROOT, pattern, v));
  }
}
