package org.dmsim.model.mfg.spec;

import java.util.List;
import java.util.Objects;
import org.dmsim.model.geo.GeoPoint;

/**
 * A customer region: where demand arises and deliveries go.
 *
 * @param id       a lower-case word, unique among all nodes
 * @param location where it is
 * @param demand   one line per product it orders; at least one, one per product
 */
public record RegionSpec(String id, GeoPoint location, List<DemandSpec> demand) {
  public RegionSpec {
    Names.requireId("region", id);
    Objects.requireNonNull(location, "location");
    demand = List.copyOf(demand);
    if (demand.isEmpty()) {
      throw new IllegalArgumentException("region " + id + ": needs at least one demand line");
    }
  }
}
