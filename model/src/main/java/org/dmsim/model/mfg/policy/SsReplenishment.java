package org.dmsim.model.mfg.policy;

/**
 * The built-in replenishment rule {@code s-s} (written {@code s-S} in scenarios): when the inventory
 * position falls to the reorder point s or below, order up to S. Starts with S on hand.
 */
public final class SsReplenishment implements ReplenishmentRule {
  private final long reorderPoint;
  private final long orderUpTo;

  /** s and S, units; S above s. */
  public SsReplenishment(long reorderPoint, long orderUpTo) {
    if (reorderPoint < 0 || orderUpTo <= reorderPoint) {
      throw new IllegalArgumentException("(s, S) needs 0 <= s < S, was " + reorderPoint + " and " + orderUpTo);
    }
    this.reorderPoint = reorderPoint;
    this.orderUpTo = orderUpTo;
  }

  @Override
  public long orderQuantity(StockPoint stock) {
    long position = stock.position();
    return position > reorderPoint ? 0 : orderUpTo - position;
  }

  @Override
  public long initialStock() {
    return orderUpTo;
  }

  /** Finds {@code s-s}; parameters {@code reorderPoint} (s) and {@code orderUpTo} (S), both required. */
  public static final class Factory implements ReplenishmentRuleFactory {
    @Override
    public String name() {
      return "s-s";
    }

    @Override
    public String description() {
      return "(s, S): when the inventory position falls to reorderPoint or below, order up to orderUpTo.";
    }

    @Override
    public ReplenishmentRule create(RuleParams params) {
      long s = params.integer("reorderPoint", 0, RuleParams.MAX_UNITS);
      long bigS = params.integer("orderUpTo", s + 1, RuleParams.MAX_UNITS,
          "greater than reorderPoint (" + s + ")");
      params.requireNoOthers();
      return new SsReplenishment(s, bigS);
    }
  }
}
