package org.dmsim.model.mfg.spec;

import java.util.List;
import java.util.Objects;
import org.dmsim.model.geo.LaneSpec;
import org.dmsim.model.geo.TransportMode;

/**
 * Transport: the modes lanes are generated for, explicit lanes, and batching. Between two nodes the
 * lane with the shortest mean transit time is used.
 *
 * @param modes    modes to generate lanes for; at least one
 * @param lanes    explicit lanes, overriding generated ones
 * @param batching how finished orders are grouped into shipments
 */
public record TransportSpec(List<TransportMode> modes, List<LaneSpec> lanes, Batching batching) {
  public TransportSpec {
    modes = List.copyOf(modes);
    lanes = List.copyOf(lanes);
    Objects.requireNonNull(batching, "batching");
    if (modes.isEmpty() && lanes.isEmpty()) {
      throw new IllegalArgumentException("transport needs at least one mode or lane");
    }
  }

  /** Road only, one shipment per order. */
  public static final TransportSpec ROAD = new TransportSpec(List.of(TransportMode.ROAD), List.of(), Batching.PER_ORDER);
}
