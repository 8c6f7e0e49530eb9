package org.dmsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.dmsim.model.result.ExperimentStats;
import org.dmsim.model.stats.Interval;

/**
 * Prints one case of an experiment as a table: per headline indicator, each variant's mean with its
 * 95 % interval, then the paired difference of each later variant against the first, marked {@code *}
 * when its interval excludes zero. Intervals are shown as computed, never clamped: a mean whose interval
 * reaches below zero (every headline indicator is zero or positive) carries its number of replications.
 * A time to recover with censored replications is shown as the lower bound it is. A legend line follows
 * the table for each mark it uses.
 */
final class ComparisonTable {
  /** The indicators the console table shows; every indicator is in kpis.csv and summary.json. */
  static final List<String> HEADLINE = List.of("on_time_fill_rate", "otif", "lost_sales_units", "lead_time_mean_h",
      "lead_time_p95_h", "loss_unit_days", "time_to_recover_d", "max_drop", "fill_during_disruption",
      "fill_after_disruption", "cost_per_delivered_unit_eur", "transport_co2e_kg");

  private static final String TIME_TO_RECOVER = "time_to_recover_d";
  private static final String CENSORED = "censored_recoveries";
  private static final int VARIANT_WIDTH = 28;
  private static final int DIFFERENCE_WIDTH = 28;

  private ComparisonTable() {}

  static void print(String c, List<String> variants, ExperimentStats stats, PrintWriter out) {
    out.println(header(String.format(Locale.ROOT, "case %-26s", c), variants));
    Marks marks = new Marks();
    for (String k : HEADLINE) {
      if (variants.stream().anyMatch(v -> stats.interval(c, v, k) != null)) {
        out.println(row(k, c, k, variants, stats, scale(List.of(c), k, variants, stats), marks));
      }
    }
    marks.legend(stats.confidence(), out);
    out.println();
  }

  /**
   * Prints one indicator across every case: a row per case with each variant's mean and interval and the
   * paired differences, under {@code title}; the cells read as in {@link #print}, and the numbers of a
   * column line up across the cases.
   */
  static void printAcrossCases(String title, String k, List<String> cases, List<String> variants,
      ExperimentStats stats, PrintWriter out) {
    out.println(title);
    out.println(header(String.format(Locale.ROOT, "  %-29s", "case"), variants));
    double scale = scale(cases, k, variants, stats);
    Marks marks = new Marks();
    for (String c : cases) {
      out.println(row(c, c, k, variants, stats, scale, marks));
    }
    marks.legend(stats.confidence(), out);
    out.println();
  }

  private static String header(String first, List<String> variants) {
    StringBuilder header = new StringBuilder(first);
    for (String v : variants) {
      header.append(pad(v, VARIANT_WIDTH));
    }
    for (int i = 1; i < variants.size(); i++) {
      header.append(pad(variants.get(i) + " − " + variants.get(0) + "  ", DIFFERENCE_WIDTH));
    }
    return header.toString();
  }

  /** A row labelled {@code label}: indicator {@code k} of case {@code c}, each variant, then the differences. */
  private static String row(String label, String c, String k, List<String> variants, ExperimentStats stats,
      double scale, Marks marks) {
    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-29s", label));
    for (String v : variants) {
      row.append(pad(mean(c, v, k, stats.interval(c, v, k), stats, scale, marks), VARIANT_WIDTH));
    }
    for (int i = 1; i < variants.size(); i++) {
      row.append(pad(difference(c, k, variants.get(i), variants.get(0), stats, marks), DIFFERENCE_WIDTH));
    }
    return row.toString();
  }

  /** The largest absolute mean of {@code k} over the cases and variants: the scale that sets a row's decimals. */
  private static double scale(List<String> cases, String k, List<String> variants, ExperimentStats stats) {
    double scale = 0;
    for (String c : cases) {
      for (String v : variants) {
        Interval i = stats.interval(c, v, k);
        if (i != null && !Double.isNaN(i.mean())) {
          scale = Math.max(scale, Math.abs(i.mean()));
        }
      }
    }
    return scale;
  }

  /** A variant's cell: mean ± half-width; the lower bound of censored times; n when the interval crosses zero. */
  private static String mean(String c, String v, String k, Interval i, ExperimentStats stats, double scale,
      Marks marks) {
    if (i == null) {
      return "-";
    }
    if (k.equals(TIME_TO_RECOVER)) {
      int censored = censoredRuns(stats, c, v);
      if (censored > 0) {
        marks.censored = true;
        return "≥ " + Decimals.format(i.mean(), scale, false) + " d (censored " + censored + "/" + i.n() + ")";
      }
    }
    String cell = pm(i, false, scale);
    if (i.lower() < 0 && i.mean() >= 0) {
      marks.crossesZero = true;
      cell += " n=" + i.n();
    }
    return cell;
  }

  /** A difference's cell: signed mean ± half-width, then {@code *} or blank so the columns line up. */
  private static String difference(String c, String k, String a, String b, ExperimentStats stats, Marks marks) {
    Interval d = stats.difference(c, k, a, b);
    if (d == null) {
      return "-  ";
    }
    if (k.equals(TIME_TO_RECOVER) && (censoredRuns(stats, c, a) > 0 || censoredRuns(stats, c, b) > 0)) {
      marks.censored = true;
      return "censored  ";
    }
    double scale = Math.max(Math.abs(d.mean()), Double.isNaN(d.halfWidth()) ? 0 : d.halfWidth());
    boolean significant = d.lower() > 0 || d.upper() < 0;
    marks.significant |= significant;
    return pm(d, true, scale) + (significant ? " *" : "  ");
  }

  /** Runs of the case and variant with at least one censored recovery, among those with a time to recover. */
  private static int censoredRuns(ExperimentStats stats, String c, String v) {
    double[] times = stats.values(c, v, TIME_TO_RECOVER);
    double[] censored = stats.values(c, v, CENSORED);
    int n = 0;
    for (int r = 0; r < times.length; r++) {
      if (!Double.isNaN(times[r]) && censored[r] > 0) {
        n++;
      }
    }
    return n;
  }

  /** {@code i} with as many decimals as suit {@code scale} (shared by a row, so that its numbers line up). */
  private static String pm(Interval i, boolean signed, double scale) {
    String mean = Decimals.format(i.mean(), scale, signed);
    return Double.isNaN(i.halfWidth()) ? mean : mean + " ± " + Decimals.format(i.halfWidth(), scale, false);
  }

  private static String pad(String s, int width) {
    return " " + " ".repeat(Math.max(0, width - s.length())) + s;
  }

  /** Which marks a table used, so that its legend explains exactly those. */
  private static final class Marks {
    boolean significant;
    boolean crossesZero;
    boolean censored;

    void legend(double confidence, PrintWriter out) {
      String level = Decimals.format(confidence * 100, 10, false).replaceAll("\\.?0+$", "") + " %";
      if (significant) {
        out.println("  * the paired difference's " + level + " interval excludes 0 (significant); unmarked: it"
            + " includes 0");
      }
      if (crossesZero) {
        out.println("  n=… the " + level + " interval reaches below 0 and is shown as computed, from n replications"
            + " (the indicator itself is never negative)");
      }
      if (censored) {
        out.println("  ≥ … (censored k/n) k of n replications had not recovered by the end of the run or the next"
            + " disruption: the mean is a lower bound, and no difference is computed");
      }
    }
  }
}
