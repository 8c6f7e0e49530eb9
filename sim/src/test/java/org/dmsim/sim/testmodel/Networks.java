package org.dmsim.sim.testmodel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Exponential;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.geo.LaneSpec;
import org.dmsim.model.geo.TransportMode;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.spec.Batching;
import org.dmsim.model.mfg.spec.CostSpec;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.policy.Discipline;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.MachineType;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.PlatformSpec;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.model.mfg.spec.TransportSpec;
import org.dmsim.model.phold.PholdModel;
import org.dmsim.model.time.SimTime;

/** The fixed models the engine tests share. */
public final class Networks {
  private static final GeoPoint FRANKFURT = new GeoPoint(50.11, 8.68);

  private Networks() {}

  /**
   * The network of the bundled scenario {@code tiny-factory} (one plant with two machines in
   * Frankfurt, regions in Paris, Milan and Warsaw), shortened to 10 days.
   */
  public static ManufacturingSpec tiny() {
    Product part = new Product("part", 1, 100, false, 1, List.of(),
        List.of(new Step(ProcessType.CNC, new Exponential(30 * SimTime.MINUTE_MS), 0)));
    MachineType machine = new MachineType("machine", Set.of(ProcessType.CNC), 1, 0, Optional.empty());
    NodeSpec plant = NodeSpec.producer("plant-frankfurt", NodeKind.PLANT, FRANKFURT,
        List.of(new MachineGroup("machine", 2)), Discipline.FIFO, Map.of(), 0);
    List<RegionSpec> regions = List.of(
        region("region-paris", new GeoPoint(48.86, 2.35), 30, SimTime.DAY_MS),
        region("region-milan", new GeoPoint(45.46, 9.19), 25, 30 * SimTime.HOUR_MS),
        region("region-warsaw", new GeoPoint(52.23, 21.01), 20, 54 * SimTime.HOUR_MS));
    List<LaneSpec> lanes = List.of(
        lane("region-paris", 12 * SimTime.HOUR_MS),
        lane("region-milan", SimTime.DAY_MS),
        lane("region-warsaw", 2 * SimTime.DAY_MS));
    PlatformSpec platform = new PlatformSpec(FRANKFURT, AllocationPolicy.NEAREST, SimTime.HOUR_MS, SimTime.HOUR_MS,
        SimTime.HOUR_MS, Double.POSITIVE_INFINITY, 0);
    return new ManufacturingSpec("tiny-factory", 10 * SimTime.DAY_MS, List.of(part), List.of(machine), List.of(plant),
        List.of(), regions, platform, new TransportSpec(List.of(TransportMode.ROAD), lanes, Batching.PER_ORDER),
        CostSpec.NONE);
  }

  /** A small PHOLD: 16 processes, 4 tokens each, lookahead 0.1 s, mean 1 s, 40 s. */
  public static PholdModel smallPhold() {
    return new PholdModel(16, 4, 0.1, 1.0, 40);
  }

  private static RegionSpec region(String id, GeoPoint at, double ordersPerDay, long promisedMs) {
    return new RegionSpec(id, at, List.of(DemandSpec.poisson("part", ordersPerDay, new Deterministic(1), promisedMs)));
  }

  /** A road lane from the plant with a fixed transit time. */
  private static LaneSpec lane(String region, long transitMs) {
    return LaneSpec.of("plant-frankfurt", region, TransportMode.ROAD).withTransitMs(transitMs).withTransitCv(0);
  }
}
