package org.dmsim.model.mfg.policy;

/**
 * The built-in replenishment rule {@code base-stock}: after every demand, order the inventory position
 * back up to the level (an (S−1, S) policy). Starts with the level on hand.
 */
public final class BaseStockReplenishment implements ReplenishmentRule {
  private final long level;

  /** The base-stock level, units; at least 1. */
  public BaseStockReplenishment(long level) {
    if (level < 1) {
      throw new IllegalArgumentException("a base-stock level must be at least 1, was " + level);
    }
    this.level = level;
  }

  @Override
  public long orderQuantity(StockPoint stock) {
    long position = stock.position();
    return position > level - 1 ? 0 : level - position;
  }

  @Override
  public long initialStock() {
    return level;
  }

  /** Finds {@code base-stock}; parameter {@code level}, required. */
  public static final class Factory implements ReplenishmentRuleFactory {
    @Override
    public String name() {
      return "base-stock";
    }

    @Override
    public String description() {
      return "base stock: after every demand, order the inventory position back up to level.";
    }

    @Override
    public ReplenishmentRule create(RuleParams params) {
      long level = params.integer("level", 1, RuleParams.MAX_UNITS);
      params.requireNoOthers();
      return new BaseStockReplenishment(level);
    }
  }
}
