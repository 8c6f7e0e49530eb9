package org.dmsim.model.network;

import java.util.Objects;

/**
 * A customer region of the network.
 *
 * @param id                 the region's node name
 * @param ordersPerDay       mean order rate (Poisson), orders per day; positive
 * @param orderLatencyMs     from placing an order to the factory receiving it, ms; positive
 * @param transitMs          shipment transit time from the factory, ms; positive
 * @param promisedLeadTimeMs due date offset from placing, ms; not negative
 */
public record RegionSpec(String id, double ordersPerDay, long orderLatencyMs, long transitMs, long promisedLeadTimeMs) {
  public RegionSpec {
    Objects.requireNonNull(id, "id");
    if (!(ordersPerDay > 0) || Double.isInfinite(ordersPerDay)) {
      throw new IllegalArgumentException("region " + id + ": orders per day must be positive");
    }
    if (orderLatencyMs <= 0 || transitMs <= 0) {
      throw new IllegalArgumentException("region " + id + ": order latency and transit must be positive");
    }
    if (promisedLeadTimeMs < 0) {
      throw new IllegalArgumentException("region " + id + ": promised lead time must not be negative");
    }
  }
}
