package org.dmsim.model.mfg.spec;

import java.util.Map;
import org.dmsim.model.mfg.policy.RuleRef;

/**
 * The (s, S) policy a production node applies to each component it buys: when a component's
 * inventory position falls to {@code reorderPoint} or below, it orders up to {@code orderUpTo}.
 * Stock starts at {@code orderUpTo}.
 *
 * @param reorderPoint s, units
 * @param orderUpTo    S, units; above s
 */
public record ComponentStock(long reorderPoint, long orderUpTo) {
  public ComponentStock {
    if (reorderPoint < 0 || orderUpTo <= reorderPoint) {
      throw new IllegalArgumentException("component stock: need 0 <= reorder point < order-up-to, was "
          + reorderPoint + " and " + orderUpTo);
    }
  }

  /** The built-in replenishment rule {@code s-s} with these parameters. */
  public RuleRef rule() {
    return RuleRef.of("s-s", Map.of("reorderPoint", Long.toString(reorderPoint), "orderUpTo", Long.toString(orderUpTo)));
  }
}
