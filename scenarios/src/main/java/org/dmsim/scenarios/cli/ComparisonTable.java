package org.dmsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.dmsim.model.result.ExperimentStats;
import org.dmsim.model.stats.Interval;

/**
 * Prints one case of an experiment as a table: per headline indicator, each variant's mean with its
 * 95 % interval, then the paired difference of each later variant against the first.
 */
final class ComparisonTable {
  /** The indicators the console table shows; every indicator is in kpis.csv and summary.json. */
  static final List<String> HEADLINE = List.of("on_time_fill_rate", "otif", "lost_sales_units", "lead_time_mean_h",
      "lead_time_p95_h", "loss_unit_days", "time_to_recover_d", "max_drop", "cost_per_delivered_unit_eur",
      "transport_co2e_kg");

  private ComparisonTable() {}

  static void print(String c, List<String> variants, ExperimentStats stats, PrintWriter out) {
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "case %-26s", c));
    for (String v : variants) {
      header.append(String.format(Locale.ROOT, " %24s", v));
    }
    for (int i = 1; i < variants.size(); i++) {
      header.append(String.format(Locale.ROOT, " %26s", variants.get(i) + " − " + variants.get(0)));
    }
    out.println(header);
    for (String k : HEADLINE) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-29s", k));
      boolean any = false;
      double scale = 0;
      for (String v : variants) {
        Interval i = stats.interval(c, v, k);
        if (i != null && !Double.isNaN(i.mean())) {
          scale = Math.max(scale, Math.abs(i.mean()));
        }
      }
      for (String v : variants) {
        Interval i = stats.interval(c, v, k);
        any |= i != null;
        row.append(String.format(Locale.ROOT, " %24s", pm(i, false, scale)));
      }
      for (int i = 1; i < variants.size(); i++) {
        row.append(String.format(Locale.ROOT, " %26s", pm(stats.difference(c, k, variants.get(i), variants.get(0)), true)));
      }
      if (any) {
        out.println(row);
      }
    }
    out.println();
  }

  private static String pm(Interval i, boolean signed) {
    if (i == null || Double.isNaN(i.mean())) {
      return "-";
    }
    return pm(i, signed, Math.max(Math.abs(i.mean()), Double.isNaN(i.halfWidth()) ? 0 : i.halfWidth()));
  }

  /** {@code i} with as many decimals as suit {@code scale} (shared by a row, so that its numbers line up). */
  private static String pm(Interval i, boolean signed, double scale) {
    if (i == null || Double.isNaN(i.mean())) {
      return "-";
    }
    String f = scale >= 1000 ? "%,.0f" : scale >= 100 ? "%.1f" : scale >= 1 ? "%.2f" : "%.4f";
    String mean = String.format(Locale.ROOT, (signed ? "%+" : "%") + f.substring(1), i.mean());
    return Double.isNaN(i.halfWidth()) ? mean : mean + " ± " + String.format(Locale.ROOT, f, i.halfWidth());
  }
}
