package org.dmsim.model.mfg.entity;

import org.dmsim.model.entity.EntityId;

/**
 * One customer order, from placing to delivery or loss.
 *
 * @param region   the ordering region
 * @param seq      the region's sequence number of the order, from 1
 * @param product  the product's index in the scenario
 * @param variant  the customisation variant, from 0
 * @param units    units ordered; at least 1
 * @param placedMs when it was placed, ms
 * @param dueMs    when it is due, ms
 */
public record CustomerOrder(EntityId region, long seq, int product, int variant, int units, long placedMs, long dueMs) {
  /** A key unique in the run: the region's index and the sequence number. */
  public long key() {
    return key(region, seq);
  }

  /**
   * The key of order {@code seq} of {@code region}: the pair packed into one long, then multiplied by
   * an odd constant (a bijection, so keys stay unique) so that hash tables spread them well.
   */
  public static long key(EntityId region, long seq) {
    return ((region.index() << 32) ^ seq) * 0x9E3779B97F4A7C15L;
  }
}
