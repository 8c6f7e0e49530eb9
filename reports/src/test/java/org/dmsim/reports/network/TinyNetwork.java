package org.dmsim.reports.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.policy.Discipline;
import org.dmsim.model.mfg.spec.Component;
import org.dmsim.model.mfg.spec.CostSpec;
import org.dmsim.model.mfg.spec.DemandSpec;
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
import org.dmsim.model.mfg.spec.StockRule;
import org.dmsim.model.mfg.spec.SupplierSpec;
import org.dmsim.model.mfg.spec.TransportSpec;
import org.dmsim.model.time.SimTime;

/**
 * A small valid network for tests: a make-to-order {@code widget} (CNC, two {@code bolt}s a unit) and a
 * make-to-stock {@code kit}; a plant in Frankfurt (3 machines), a microfactory in Milan (1), a
 * distribution centre in Lyon stocking kits from the plant, a bolt supplier in Dortmund, and a region in
 * Paris ordering 2 orders of 3 units a day of each product. The platform allocates to the nearest node.
 */
public final class TinyNetwork {
  static final GeoPoint FRANKFURT = new GeoPoint(50.11, 8.68);
  static final GeoPoint MILAN = new GeoPoint(45.46, 9.19);
  static final GeoPoint LYON = new GeoPoint(45.76, 4.84);
  static final GeoPoint PARIS = new GeoPoint(48.86, 2.35);
  static final GeoPoint DORTMUND = new GeoPoint(51.51, 7.47);

  private TinyNetwork() {}

  /** The network. */
  public static ManufacturingSpec spec() {
    Step cnc = new Step(ProcessType.CNC, new Deterministic(SimTime.HOUR_MS), 0);
    Step additive = new Step(ProcessType.ADDITIVE, new Deterministic(SimTime.HOUR_MS), 0);
    Product widget = new Product("widget", 2.0, 50, false, 1, List.of(new Component("bolt", 2)), List.of(cnc));
    Product kit = new Product("kit", 0.5, 10, true, 1, List.of(), List.of(additive));
    List<MachineType> types = List.of(new MachineType("cnc", Set.of(ProcessType.CNC), 1.0, 0, Optional.empty()),
        new MachineType("printer", Set.of(ProcessType.ADDITIVE), 1.0, 0, Optional.empty()));
    Map<ProcessType, Double> cost = Map.of(ProcessType.CNC, 1.0, ProcessType.ADDITIVE, 1.0);
    List<NodeSpec> nodes = List.of(
        NodeSpec.producer("plant-a", NodeKind.PLANT, FRANKFURT, List.of(new MachineGroup("cnc", 2),
            new MachineGroup("printer", 1)), Discipline.FIFO, cost, 0),
        NodeSpec.producer("mf-b", NodeKind.MICROFACTORY, MILAN, List.of(new MachineGroup("cnc", 1)), Discipline.FIFO,
            cost, 0),
        NodeSpec.distributionCentre("dc-c", LYON, 0, "plant-a", List.of(StockRule.sS("kit", 5, 20, 20))));
    List<SupplierSpec> suppliers = List.of(new SupplierSpec("sup-d", DORTMUND, List.of("bolt"),
        new Deterministic(SimTime.DAY_MS), 1000));
    List<RegionSpec> regions = List.of(new RegionSpec("region-p", PARIS, List.of(
        DemandSpec.poisson("widget", 2, new Deterministic(3), SimTime.DAY_MS),
        DemandSpec.poisson("kit", 2, new Deterministic(3), SimTime.DAY_MS))));
    PlatformSpec platform = new PlatformSpec(FRANKFURT, AllocationPolicy.NEAREST, SimTime.HOUR_MS,
        2 * SimTime.HOUR_MS, SimTime.HOUR_MS, 6, 0);
    return new ManufacturingSpec("tiny", 10 * SimTime.DAY_MS, List.of(widget, kit), types, nodes, suppliers, regions,
        platform, TransportSpec.ROAD, CostSpec.NONE);
  }
}
