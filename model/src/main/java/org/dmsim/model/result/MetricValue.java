package org.dmsim.model.result;

import java.util.Objects;
import org.dmsim.model.stats.Tally;

/**
 * One metric of one entity at the end of a run.
 *
 * <ul>
 *   <li>{@code COUNTER}: {@code count} is the total; the doubles are 0.</li>
 *   <li>{@code TALLY}: {@code count} samples with {@code mean}, {@code variance}, {@code min}, {@code max}.</li>
 *   <li>{@code LEVEL}: {@code mean} is the time average over the run, {@code max} holds the final level.</li>
 *   <li>{@code BINS}: {@code series[i]} is the sum of the amounts recorded in bin {@code i} (a day, a
 *       histogram cell); {@code count} is the number of records.</li>
 *   <li>{@code DAILY}: a level like {@code LEVEL}, and {@code series[d]} is its time average over day {@code d}.</li>
 * </ul>
 *
 * @param name   the metric, with its unit in the name
 * @param series per-bin or per-day values of {@code BINS} and {@code DAILY} metrics; empty otherwise
 */
public record MetricValue(String name, Kind kind, long count, double mean, double variance, double min, double max,
    double[] series) {
  private static final double[] NO_SERIES = new double[0];

  /** How the metric was collected. */
  public enum Kind { COUNTER, TALLY, LEVEL, BINS, DAILY }

  public MetricValue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    series = series == null || series.length == 0 ? NO_SERIES : series.clone();
  }

  /** A metric without a series. */
  public MetricValue(String name, Kind kind, long count, double mean, double variance, double min, double max) {
    this(name, kind, count, mean, variance, min, max, NO_SERIES);
  }

  /** A copy of the series. */
  @Override
  public double[] series() {
    return series.clone();
  }

  /** The series value at {@code i}, 0 beyond its end. */
  public double seriesAt(int i) {
    return i < series.length ? series[i] : 0;
  }

  /** Length of the series. */
  public int seriesLength() {
    return series.length;
  }

  /** Binned sums (see {@link Kind#BINS}). */
  public static MetricValue bins(String name, long records, double[] sums) {
    return new MetricValue(name, Kind.BINS, records, 0, 0, 0, 0, sums);
  }

  /** A level with per-day averages (see {@link Kind#DAILY}). */
  public static MetricValue daily(String name, double timeAverage, double finalLevel, double[] dayAverages) {
    return new MetricValue(name, Kind.DAILY, 0, timeAverage, 0, 0, finalLevel, dayAverages);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricValue m && name.equals(m.name) && kind == m.kind && count == m.count
        && Double.compare(mean, m.mean) == 0 && Double.compare(variance, m.variance) == 0
        && Double.compare(min, m.min) == 0 && Double.compare(max, m.max) == 0
        && java.util.Arrays.equals(series, m.series);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, count, mean, variance, min, max, java.util.Arrays.hashCode(series));
  }

  @Override
  public String toString() {
    return "MetricValue[" + name + " " + kind + " count=" + count + " mean=" + mean + " variance=" + variance
        + " min=" + min + " max=" + max + (series.length == 0 ? "" : " series=" + series.length + " values") + "]";
  }

  /** A counter's total. */
  public static MetricValue counter(String name, long total) {
    return new MetricValue(name, Kind.COUNTER, total, 0, 0, 0, 0);
  }

  /** A tally's summary. */
  public static MetricValue tally(String name, Tally t) {
    return new MetricValue(name, Kind.TALLY, t.count(), t.mean(), t.variance(), t.min(), t.max());
  }

  /** A time-weighted level's average and final level. */
  public static MetricValue level(String name, double timeAverage, double finalLevel) {
    return new MetricValue(name, Kind.LEVEL, 0, timeAverage, 0, 0, finalLevel);
  }

  /** Appends the canonical form: every field, doubles by their exact bits. */
  void appendCanonical(StringBuilder sb) {
    sb.append(name).append('|').append(kind).append('|').append(count)
        .append('|').append(Long.toHexString(Double.doubleToLongBits(mean)))
        .append('|').append(Long.toHexString(Double.doubleToLongBits(variance)))
        .append('|').append(Long.toHexString(Double.doubleToLongBits(min)))
        .append('|').append(Long.toHexString(Double.doubleToLongBits(max)));
    if (series.length > 0) {
      sb.append("|series");
      for (double v : series) {
        sb.append(',').append(Long.toHexString(Double.doubleToLongBits(v)));
      }
    }
  }
}
