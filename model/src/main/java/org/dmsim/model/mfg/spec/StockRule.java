package org.dmsim.model.mfg.spec;

import java.util.Map;
import java.util.Objects;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.policy.ReplenishmentRule;
import org.dmsim.model.mfg.policy.RuleRef;

/**
 * The stock a distribution centre keeps of one product: a stock point.
 *
 * @param product   the product's id; it must be make-to-stock
 * @param policy    the replenishment rule (see {@link ReplenishmentRule}) with its parameters, e.g.
 *                  {@code s-s} with {@code reorderPoint} and {@code orderUpTo}; it must be installed
 * @param initial   units on hand at time 0
 * @param start     what is on its way at time 0 and what it owes
 * @param costs     holding and backlog costs per unit and period
 * @param lostSales whether a customer order it cannot fill at once is lost (true) or backordered (false);
 *                  orders of other distribution centres are always backordered
 */
public record StockRule(String product, RuleRef policy, long initial, StockStart start, StockCosts costs,
    boolean lostSales) {
  public StockRule {
    Names.requireId("product", product);
    Objects.requireNonNull(policy, "policy");
    start = start == null ? StockStart.NONE : start;
    costs = costs == null ? StockCosts.NONE : costs;
    if (initial < 0) {
      throw new IllegalArgumentException("stock of " + product + ": initial stock must not be negative");
    }
    try {
      PolicyCatalog.installed().replenishment(policy);
    } catch (IllegalArgumentException unusable) {
      throw new IllegalArgumentException("stock of " + product + ": policy: " + unusable.getMessage(), unusable);
    }
  }

  /** A stock point that starts with {@code initial} on hand and nothing else, without costs, backordering. */
  public StockRule(String product, RuleRef policy, long initial) {
    this(product, policy, initial, StockStart.NONE, StockCosts.NONE, false);
  }

  /** (s, S): the built-in rule {@code s-s}. */
  public static StockRule sS(String product, long s, long bigS, long initial) {
    return new StockRule(product, RuleRef.of("s-s", Map.of("reorderPoint", Long.toString(s),
        "orderUpTo", Long.toString(bigS))), initial);
  }

  /** (r, Q): the built-in rule {@code r-q}. */
  public static StockRule rQ(String product, long r, long q, long initial) {
    return new StockRule(product, RuleRef.of("r-q", Map.of("reorderPoint", Long.toString(r),
        "quantity", Long.toString(q))), initial);
  }

  /** Base stock at {@code level}: the built-in rule {@code base-stock}. */
  public static StockRule baseStock(String product, long level, long initial) {
    return new StockRule(product, RuleRef.of("base-stock", Map.of("level", Long.toString(level))), initial);
  }
}
