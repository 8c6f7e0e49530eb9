package org.dmsim.model.mfg.spec;

import java.util.Map;
import java.util.Objects;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.policy.ReplenishmentRule;
import org.dmsim.model.mfg.policy.RuleRef;

/**
 * The stock a distribution centre keeps of one product.
 *
 * @param product the product's id; it must be make-to-stock
 * @param policy  the replenishment rule (see {@link ReplenishmentRule}) with its parameters, e.g.
 *                {@code s-s} with {@code reorderPoint} and {@code orderUpTo}; it must be installed
 * @param initial units on hand at time 0
 */
public record StockRule(String product, RuleRef policy, long initial) {
  public StockRule {
    Names.requireId("product", product);
    Objects.requireNonNull(policy, "policy");
    if (initial < 0) {
      throw new IllegalArgumentException("stock of " + product + ": initial stock must not be negative");
    }
    try {
      PolicyCatalog.installed().replenishment(policy);
    } catch (IllegalArgumentException unusable) {
      throw new IllegalArgumentException("stock of " + product + ": policy: " + unusable.getMessage(), unusable);
    }
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
