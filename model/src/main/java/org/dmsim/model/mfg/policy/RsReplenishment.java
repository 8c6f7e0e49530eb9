package org.dmsim.model.mfg.policy;

/**
 * The built-in replenishment rule {@code r-s} (periodic review, order up to; written (R, S) in the
 * literature): at every review, every {@code period} R, order the inventory position up to S; between
 * reviews, nothing. Whole units. Starts with S on hand.
 */
public final class RsReplenishment implements ReplenishmentRule {
  private final long periodMs;
  private final long orderUpTo;

  /** R in ms (at least 1) and S in units (at least 1). */
  public RsReplenishment(long periodMs, long orderUpTo) {
    if (periodMs < 1 || orderUpTo < 1) {
      throw new IllegalArgumentException("(R, S) needs R >= 1 ms and S >= 1, was " + periodMs + " and " + orderUpTo);
    }
    this.periodMs = periodMs;
    this.orderUpTo = orderUpTo;
  }

  @Override
  public long orderQuantity(StockPoint stock) {
    return Math.max(0, orderUpTo - stock.position());
  }

  @Override
  public long reviewPeriodMs() {
    return periodMs;
  }

  @Override
  public long initialStock() {
    return orderUpTo;
  }

  /** Finds {@code r-s}; parameters {@code period} (R, a duration) and {@code orderUpTo} (S), both required. */
  public static final class Factory implements ReplenishmentRuleFactory {
    @Override
    public String name() {
      return "r-s";
    }

    @Override
    public String description() {
      return "(R, S): every period, order the inventory position up to orderUpTo.";
    }

    @Override
    public ReplenishmentRule create(RuleParams params) {
      long period = PeriodicReview.period(params);
      long bigS = params.integer("orderUpTo", 1, RuleParams.MAX_UNITS);
      params.requireNoOthers();
      return new RsReplenishment(period, bigS);
    }
  }
}
