package org.dmsim.model.mfg.kpi;

import java.util.Map;
import java.util.TreeMap;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.stats.BinnedSums;

/**
 * Every metric of a run summed over its entities, in the run's entity order (floating-point sums are
 * not associative, so the order is part of the result): counters added, tallies as sum, count and
 * maximum, levels as the sum of their time averages and of their final levels, series cell by cell.
 * A metric no entity recorded reads as 0 (NaN for a mean, maximum or percentile).
 */
final class MetricTotals {
  private final Map<String, long[]> counts = new TreeMap<>();
  private final Map<String, double[]> tallies = new TreeMap<>();
  private final Map<String, double[]> levels = new TreeMap<>();
  private final Map<String, BinnedSums> series = new TreeMap<>();

  private MetricTotals() {}

  /** The totals of {@code run}'s metrics. */
  static MetricTotals of(RunResult run) {
    MetricTotals totals = new MetricTotals();
    for (EntityResult e : run.entities()) {
      for (MetricValue m : e.metrics()) {
        totals.add(m);
      }
    }
    return totals;
  }

  private void add(MetricValue m) {
    switch (m.kind()) {
      case COUNTER -> counts.computeIfAbsent(m.name(), k -> new long[1])[0] += m.count();
      case TALLY -> {
        double[] t = tallies.computeIfAbsent(m.name(), k -> new double[] {0, 0, Double.NEGATIVE_INFINITY});
        t[0] += m.mean() * m.count();
        t[1] += m.count();
        if (m.count() > 0) {
          t[2] = Math.max(t[2], m.max());
        }
      }
      case LEVEL, DAILY -> {
        double[] l = levels.computeIfAbsent(m.name(), k -> new double[2]);
        l[0] += m.mean();
        l[1] += m.max();
        if (m.kind() == MetricValue.Kind.DAILY) {
          series.computeIfAbsent(m.name(), k -> new BinnedSums()).merge(m.series(), 0);
        }
      }
      case BINS -> series.computeIfAbsent(m.name(), k -> new BinnedSums()).merge(m.series(), m.count());
      default -> throw new IllegalStateException("unknown metric kind " + m.kind());
    }
  }

  /** The total of counter {@code name}. */
  long count(String name) {
    long[] c = counts.get(name);
    return c == null ? 0 : c[0];
  }

  /** The sum of every sample of tally {@code name}. */
  double total(String name) {
    double[] t = tallies.get(name);
    return t == null ? 0 : t[0];
  }

  /** The mean over every sample of tally {@code name}; NaN without samples. */
  double mean(String name) {
    double[] t = tallies.get(name);
    return t == null || t[1] == 0 ? Double.NaN : t[0] / t[1];
  }

  /** The largest sample of tally {@code name}; NaN without samples. */
  double max(String name) {
    double[] t = tallies.get(name);
    return t == null || t[1] == 0 ? Double.NaN : t[2];
  }

  /** The sum of the time averages of level {@code name}. */
  double level(String name) {
    double[] l = levels.get(name);
    return l == null ? 0 : l[0];
  }

  /** The sum of the final values of level {@code name}. */
  double finalLevel(String name) {
    double[] l = levels.get(name);
    return l == null ? 0 : l[1];
  }

  /** The first {@code length} cells of series {@code name}, padded with 0. */
  double[] series(String name, int length) {
    BinnedSums b = series.get(name);
    double[] out = new double[length];
    if (b != null) {
      double[] sums = b.sums();
      System.arraycopy(sums, 0, out, 0, Math.min(length, sums.length));
    }
    return out;
  }

  /** The sum of every cell of series {@code name}. */
  double seriesTotal(String name) {
    BinnedSums b = series.get(name);
    double total = 0;
    if (b != null) {
      for (double x : b.sums()) {
        total += x;
      }
    }
    return total;
  }

  /**
   * The midpoint, ms, of the first cell of histogram {@code name} (cells of {@link
   * Metrics#LEAD_TIME_CELL_MS}) at which the cumulative share reaches {@code q}; NaN when empty.
   */
  double percentileCellMidMs(String name, double q) {
    BinnedSums b = series.get(name);
    if (b == null) {
      return Double.NaN;
    }
    double[] cells = b.sums();
    double total = 0;
    for (double c : cells) {
      total += c;
    }
    if (total == 0) {
      return Double.NaN;
    }
    double cumulative = 0;
    for (int i = 0; i < cells.length; i++) {
      cumulative += cells[i];
      if (cumulative >= q * total) {
        return (i + 0.5) * Metrics.LEAD_TIME_CELL_MS;
      }
    }
    return (cells.length - 0.5) * Metrics.LEAD_TIME_CELL_MS;
  }
}
