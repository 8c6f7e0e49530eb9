package org.dmsim.model.mfg.entity;

import org.dmsim.model.entity.EntityId;

/**
 * A claim on a distribution centre's stock of one product, waiting in first-come-first-served order: a
 * customer order, filled whole, or an order of a distribution centre it refills, filled in part as
 * stock comes in. Mutable: {@link #units} is what is still owed.
 */
final class Claim {
  /** The customer order; null for a distribution centre's order. */
  final CustomerOrder order;
  /** The distribution centre that ordered; null for a customer order. */
  final EntityId stockPoint;
  /** The ordering centre's site index; -1 for a customer order. */
  final int site;
  /** Units still owed. */
  long units;

  private Claim(CustomerOrder order, EntityId stockPoint, int site, long units) {
    this.order = order;
    this.stockPoint = stockPoint;
    this.site = site;
    this.units = units;
  }

  /** A customer order. */
  static Claim of(CustomerOrder order) {
    return new Claim(order, null, -1, order.units());
  }

  /** {@code units} ordered by the distribution centre {@code stockPoint} at site {@code site}. */
  static Claim restock(EntityId stockPoint, int site, long units) {
    return new Claim(null, stockPoint, site, units);
  }

  /** Whether it is a customer order (filled only whole). */
  boolean customer() {
    return order != null;
  }
}
