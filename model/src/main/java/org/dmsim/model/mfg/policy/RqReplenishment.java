package org.dmsim.model.mfg.policy;

/**
 * The built-in replenishment rule {@code r-q} (written {@code r-Q} in scenarios): when the inventory
 * position falls to the reorder point r or below, order as many lots of Q as bring it above r. Starts
 * with r + Q on hand.
 */
public final class RqReplenishment implements ReplenishmentRule {
  private final long reorderPoint;
  private final long quantity;

  /** r and Q, units; Q at least 1. */
  public RqReplenishment(long reorderPoint, long quantity) {
    if (reorderPoint < 0 || quantity < 1) {
      throw new IllegalArgumentException("(r, Q) needs r >= 0 and Q >= 1, was " + reorderPoint + " and " + quantity);
    }
    this.reorderPoint = reorderPoint;
    this.quantity = quantity;
  }

  @Override
  public long orderQuantity(StockPoint stock) {
    long position = stock.position();
    if (position > reorderPoint) {
      return 0;
    }
    long lots = (reorderPoint - position) / quantity + 1;
    return lots * quantity;
  }

  @Override
  public long initialStock() {
    return reorderPoint + quantity;
  }

  /** Finds {@code r-q}; parameters {@code reorderPoint} (r) and {@code quantity} (Q), both required. */
  public static final class Factory implements ReplenishmentRuleFactory {
    @Override
    public String name() {
      return "r-q";
    }

    @Override
    public String description() {
      return "(r, Q): when the inventory position falls to reorderPoint or below, order lots of quantity until above it.";
    }

    @Override
    public ReplenishmentRule create(RuleParams params) {
      long r = params.integer("reorderPoint", 0, RuleParams.MAX_UNITS);
      long q = params.integer("quantity", 1, RuleParams.MAX_UNITS);
      params.requireNoOthers();
      return new RqReplenishment(r, q);
    }
  }
}
