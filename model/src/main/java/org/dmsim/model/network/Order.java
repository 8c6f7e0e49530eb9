package org.dmsim.model.network;

import java.util.Objects;
import org.dmsim.model.entity.EntityId;

/**
 * A customer order for one unit, as it travels from region to factory and back.
 *
 * @param region   the region that placed it and receives it
 * @param number   the region's running order number, from 1
 * @param placedMs when it was placed, ms of simulated time
 * @param dueMs    when it is promised: placed plus the promised lead time, ms
 */
public record Order(EntityId region, long number, long placedMs, long dueMs) {
  public Order {
    Objects.requireNonNull(region, "region");
    if (dueMs < placedMs) {
      throw new IllegalArgumentException("an order cannot be due before it is placed");
    }
  }
}
