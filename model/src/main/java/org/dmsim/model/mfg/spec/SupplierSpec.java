package org.dmsim.model.mfg.spec;

import java.util.List;
import java.util.Objects;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.geo.GeoPoint;

/**
 * A supplier of components. Replenishment orders queue for its capacity in arrival order; each is
 * dispatched after the lead time and then travels the lane to the ordering node.
 *
 * @param id             a lower-case word, unique among all nodes
 * @param location       where it is
 * @param components     the components it supplies; at least one
 * @param leadTimeMs     from having capacity for an order to dispatching it, ms
 * @param capacityPerDay units it can take on per day; positive
 */
public record SupplierSpec(String id, GeoPoint location, List<String> components, Distribution leadTimeMs,
    double capacityPerDay) {
  public SupplierSpec {
    Names.requireId("supplier", id);
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(leadTimeMs, "leadTimeMs");
    components = List.copyOf(components);
    if (components.isEmpty()) {
      throw new IllegalArgumentException("supplier " + id + ": needs at least one component");
    }
    if (leadTimeMs.lowerBound() < 0) {
      throw new IllegalArgumentException("supplier " + id + ": lead time must not be negative");
    }
    if (!(capacityPerDay > 0) || Double.isInfinite(capacityPerDay)) {
      throw new IllegalArgumentException("supplier " + id + ": capacity per day must be positive, was " + capacityPerDay);
    }
  }
}
