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
 * </ul>
 *
 * @param name the metric, with its unit in the name
 */
public record MetricValue(String name, Kind kind, long count, double mean, double variance, double min, double max) {
  /** How the metric was collected. */
  public enum Kind { COUNTER, TALLY, LEVEL }

  public MetricValue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
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
  }
}
