package org.dmsim.reports.chart;

import java.util.Objects;
import org.dmsim.model.stats.Interval;

/**
 * An interval that belongs to a variant: its estimate of an indicator, or the paired difference
 * {@code variant − baseline} (as in {@code comparisons.csv}). Values are in the indicator's unit.
 *
 * @param variant  the variant
 * @param interval the mean and its interval; half-width NaN when there was one replication
 */
public record VariantInterval(String variant, Interval interval) {
  public VariantInterval {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(interval, "interval");
  }

  /** Whether the interval lies wholly on one side of zero (undefined with one replication: false). */
  public boolean excludesZero() {
    return interval.lower() > 0 || interval.upper() < 0;
  }
}
