package org.dmsim.model.mfg.spec;

/**
 * How a node groups finished orders into shipments to a region.
 *
 * @param consolidate  false: one shipment per order; true: hold orders per destination until their
 *                     weight reaches {@code maxWeightKg} or the oldest has waited {@code maxWaitMs}
 * @param maxWeightKg  dispatch weight, kg (with consolidation)
 * @param maxWaitMs    longest wait of an order for consolidation, ms (with consolidation)
 */
public record Batching(boolean consolidate, double maxWeightKg, long maxWaitMs) {
  /** One shipment per order. */
  public static final Batching PER_ORDER = new Batching(false, 0, 0);

  public Batching {
    if (consolidate && (!(maxWeightKg > 0) || maxWaitMs <= 0)) {
      throw new IllegalArgumentException("consolidation needs a positive max weight and max wait");
    }
  }
}
