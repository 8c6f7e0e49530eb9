package org.dmsim.model.mfg.policy;

import org.dmsim.model.time.SimTime;

/**
 * A test-only plug-in replenishment rule, installed through this module's test
 * {@code META-INF/services}: periodic review — at the first review in each period of
 * {@code periodDays}, order the position up to {@code level}; between reviews, nothing. It keeps
 * state (the last period reviewed), which is why every stock point gets a fresh rule per run.
 */
public final class PeriodicReviewReplenishment implements ReplenishmentRule {
  private final long level;
  private final long periodMs;
  private long lastPeriod = -1;

  PeriodicReviewReplenishment(long level, long periodMs) {
    this.level = level;
    this.periodMs = periodMs;
  }

  @Override
  public long orderQuantity(StockPoint stock) {
    long period = stock.nowMs() / periodMs;
    if (period == lastPeriod) {
      return 0;
    }
    lastPeriod = period;
    return Math.max(0, level - stock.position());
  }

  /** Finds {@code periodic-review}. */
  public static final class Factory implements ReplenishmentRuleFactory {
    @Override
    public String name() {
      return "periodic-review";
    }

    @Override
    public String description() {
      return "order up to level once per period (a test rule)";
    }

    @Override
    public ReplenishmentRule create(RuleParams params) {
      long level = params.integer("level", 1, RuleParams.MAX_UNITS);
      double days = params.number("periodDays", 1, 0.001, 365);
      params.requireNoOthers();
      return new PeriodicReviewReplenishment(level, Math.round(days * SimTime.DAY_MS));
    }
  }
}
