package org.dmsim.model.mfg.policy;

/**
 * The built-in replenishment rule {@code r-s} (periodic review, order up to; written (R, S) in the
 * literature): at every review, every {@code period} R, order the inventory position up to S; between
 * reviews, nothing. Whole units. Starts with S on hand. For whole units it is (R, s, S) with s = S − 1
 * — every review below S orders — so it is made as an {@link RssReplenishment}.
 */
public final class RsReplenishment {
  private RsReplenishment() {}

  /** (R, S): R in ms (at least 1) and S in units (at least 1). */
  public static ReplenishmentRule of(long periodMs, long orderUpTo) {
    if (periodMs < 1 || orderUpTo < 1) {
      throw new IllegalArgumentException("(R, S) needs R >= 1 ms and S >= 1, was " + periodMs + " and " + orderUpTo);
    }
    return new RssReplenishment(periodMs, orderUpTo - 1, orderUpTo);
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
      return of(period, bigS);
    }
  }
}
