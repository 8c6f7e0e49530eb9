package org.dmsim.model.mfg.policy;

import org.dmsim.model.time.SimTime;

/**
 * What the periodic rules share: the review period, its bounds as a parameter, and the demand of the
 * period that ends at each review (the change of {@link ReplenishmentRule.StockPoint#demandedUnits()}
 * since the previous review, or since time 0 at the first).
 */
final class PeriodicReview {
  /** The shortest review period a scenario may give: one minute. */
  static final long MIN_PERIOD_MS = SimTime.MINUTE_MS;
  /** The longest: a year. */
  static final long MAX_PERIOD_MS = 365 * SimTime.DAY_MS;

  private final long periodMs;
  private long demandedAtLastReview;

  PeriodicReview(long periodMs) {
    if (periodMs < 1) {
      throw new IllegalArgumentException("a review period must be at least 1 ms, was " + periodMs);
    }
    this.periodMs = periodMs;
  }

  /** The required parameter {@code period} of a periodic rule, ms. */
  static long period(RuleParams params) {
    return params.durationMs("period", MIN_PERIOD_MS, MAX_PERIOD_MS);
  }

  long periodMs() {
    return periodMs;
  }

  /** The units demanded since the previous review; call once per review. */
  long demandOfPeriod(ReplenishmentRule.StockPoint stock) {
    long demanded = stock.demandedUnits();
    long d = demanded - demandedAtLastReview;
    demandedAtLastReview = demanded;
    return d;
  }
}
