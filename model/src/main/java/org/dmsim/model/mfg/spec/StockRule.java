package org.dmsim.model.mfg.spec;

import java.util.Objects;

/**
 * The stock a distribution centre keeps of one product.
 *
 * @param product      the product's id; it must be make-to-stock
 * @param policy       the reorder policy
 * @param reorderPoint s or r, units; for base stock, level − 1
 * @param orderUpTo    S, units (for base stock, the level); for (r, Q) unused (0)
 * @param quantity     Q, units, for (r, Q); otherwise unused (0)
 * @param initial      units on hand at time 0
 */
public record StockRule(String product, StockPolicy policy, long reorderPoint, long orderUpTo, long quantity,
    long initial) {
  public StockRule {
    Names.requireId("product", product);
    Objects.requireNonNull(policy, "policy");
    if (reorderPoint < 0 || initial < 0) {
      throw new IllegalArgumentException("stock of " + product + ": reorder point and initial stock must not be negative");
    }
    switch (policy) {
      case S_S -> {
        if (orderUpTo <= reorderPoint) {
          throw new IllegalArgumentException("stock of " + product + ": order-up-to S must exceed the reorder point s");
        }
      }
      case R_Q -> {
        if (quantity < 1) {
          throw new IllegalArgumentException("stock of " + product + ": the lot size Q must be at least 1");
        }
      }
      case BASE_STOCK -> {
        if (orderUpTo < 1) {
          throw new IllegalArgumentException("stock of " + product + ": a base-stock level must be at least 1");
        }
        if (reorderPoint != orderUpTo - 1) {
          throw new IllegalArgumentException("stock of " + product + ": a base-stock policy reorders at level - 1 ("
              + (orderUpTo - 1) + "), not " + reorderPoint);
        }
      }
      default -> throw new IllegalStateException();
    }
  }

  /** (s, S). */
  public static StockRule sS(String product, long s, long bigS, long initial) {
    return new StockRule(product, StockPolicy.S_S, s, bigS, 0, initial);
  }

  /** (r, Q). */
  public static StockRule rQ(String product, long r, long q, long initial) {
    return new StockRule(product, StockPolicy.R_Q, r, 0, q, initial);
  }

  /** Base stock at {@code level}. */
  public static StockRule baseStock(String product, long level, long initial) {
    return new StockRule(product, StockPolicy.BASE_STOCK, level - 1, level, 0, initial);
  }

  /**
   * How many units to order now, given the inventory position (on hand + on order − backordered);
   * 0 when the position is above the reorder point.
   */
  public long orderQuantity(long inventoryPosition) {
    if (inventoryPosition > reorderPoint) {
      return 0;
    }
    if (policy == StockPolicy.R_Q) {
      long lots = (reorderPoint - inventoryPosition) / quantity + 1;
      return lots * quantity;
    }
    return orderUpTo - inventoryPosition;
  }
}
