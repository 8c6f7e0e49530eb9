package org.dmsim.model.mfg.policy;

/**
 * The built-in replenishment rule {@code r-s-s} (periodic review (R, s, S)): at every review, every
 * {@code period} R, if the inventory position is at the reorder point s or below, order it up to S;
 * between reviews, nothing. Whole units. Starts with S on hand.
 */
public final class RssReplenishment implements ReplenishmentRule {
  private final long periodMs;
  /** The decision at a review: that of (s, S), which (R, s, S) takes only every R. */
  private final SsReplenishment atReview;

  /** R in ms (at least 1), s and S in units, 0 ≤ s &lt; S. */
  public RssReplenishment(long periodMs, long reorderPoint, long orderUpTo) {
    if (periodMs < 1 || reorderPoint < 0 || orderUpTo <= reorderPoint) {
      throw new IllegalArgumentException("(R, s, S) needs R >= 1 ms and 0 <= s < S, was " + periodMs + ", "
          + reorderPoint + " and " + orderUpTo);
    }
    this.periodMs = periodMs;
    this.atReview = new SsReplenishment(reorderPoint, orderUpTo);
  }

  @Override
  public long orderQuantity(StockPoint stock) {
    return atReview.orderQuantity(stock);
  }

  @Override
  public long reviewPeriodMs() {
    return periodMs;
  }

  @Override
  public long initialStock() {
    return atReview.initialStock();
  }

  /** Finds {@code r-s-s}; parameters {@code period} (R), {@code reorderPoint} (s) and {@code orderUpTo} (S), all required. */
  public static final class Factory implements ReplenishmentRuleFactory {
    @Override
    public String name() {
      return "r-s-s";
    }

    @Override
    public String description() {
      return "(R, s, S): every period, if the inventory position is at reorderPoint or below, order up to orderUpTo.";
    }

    @Override
    public ReplenishmentRule create(RuleParams params) {
      long period = PeriodicReview.period(params);
      long s = params.integer("reorderPoint", 0, RuleParams.MAX_UNITS);
      long bigS = params.integer("orderUpTo", s + 1, RuleParams.MAX_UNITS, "greater than reorderPoint (" + s + ")");
      params.requireNoOthers();
      return new RssReplenishment(period, s, bigS);
    }
  }
}
