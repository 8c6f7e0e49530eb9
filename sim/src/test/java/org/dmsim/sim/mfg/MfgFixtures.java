package org.dmsim.sim.mfg;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Exponential;
import org.dmsim.model.dist.LogNormal;
import org.dmsim.model.dist.Uniform;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.spec.Batching;
import org.dmsim.model.mfg.spec.Component;
import org.dmsim.model.mfg.spec.ComponentStock;
import org.dmsim.model.mfg.spec.CostSpec;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.policy.Discipline;
import org.dmsim.model.mfg.spec.FailureBasis;
import org.dmsim.model.mfg.spec.Failures;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.MachineType;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.PlatformSpec;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.ShiftCalendar;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.model.mfg.spec.StockRule;
import org.dmsim.model.mfg.spec.SupplierSpec;
import org.dmsim.model.mfg.spec.TransportSpec;
import org.dmsim.model.geo.TransportMode;
import org.dmsim.model.time.SimTime;

/** Small manufacturing networks for tests. */
final class MfgFixtures {
  static final GeoPoint FRANKFURT = new GeoPoint(50.11, 8.68);
  static final GeoPoint LYON = new GeoPoint(45.76, 4.84);
  static final GeoPoint PARIS = new GeoPoint(48.86, 2.35);
  static final GeoPoint MILAN = new GeoPoint(45.46, 9.19);
  static final GeoPoint DORTMUND = new GeoPoint(51.51, 7.47);

  private MfgFixtures() {}

  /**
   * Everything at once: a plant with failing CNC machines on shifts, a microfactory, a distribution
   * centre, a supplier, an MTO product with a BOM and variants, an MTS product, patience, seasonality,
   * consolidation. {@code load} scales demand.
   */
  static ManufacturingSpec everything(AllocationPolicy policy, double load, Batching batching, long horizonMs) {
    return everything(policy, load, batching, horizonMs, StockRule.sS("seal-kit", 20, 60, 60));
  }

  /** As {@link #everything(AllocationPolicy, double, Batching, long)} with the distribution centre's seal-kit stock under {@code sealStock}. */
  static ManufacturingSpec everything(AllocationPolicy policy, double load, Batching batching, long horizonMs,
      StockRule sealStock) {
    Product bracket = new Product("bracket", 1.2, 80, false, 3, List.of(new Component("steel-bar", 2)),
        List.of(new Step(ProcessType.CNC, new LogNormal(20 * SimTime.MINUTE_MS, 0.4), 15 * SimTime.MINUTE_MS),
            new Step(ProcessType.INSPECTION, new Exponential(4 * SimTime.MINUTE_MS), 0)));
    Product seal = new Product("seal-kit", 0.3, 25, true, 1, List.of(),
        List.of(new Step(ProcessType.ADDITIVE, new Uniform(5 * SimTime.MINUTE_MS, 15 * SimTime.MINUTE_MS), 0)));
    MachineType cnc = new MachineType("cnc", Set.of(ProcessType.CNC, ProcessType.INSPECTION), 1.0, 0.05,
        Optional.of(new Failures(new Exponential(30 * SimTime.HOUR_MS), new LogNormal(2 * SimTime.HOUR_MS, 0.5),
            FailureBasis.OPERATING)));
    MachineType printer = new MachineType("printer", Set.of(ProcessType.ADDITIVE, ProcessType.CNC, ProcessType.INSPECTION),
        0.6, 0.02, Optional.of(new Failures(new Exponential(100 * SimTime.HOUR_MS),
            new Exponential(3 * SimTime.HOUR_MS), FailureBasis.CALENDAR)));
    NodeSpec plant = new NodeSpec("plant-frankfurt", NodeKind.PLANT, FRANKFURT,
        List.of(new MachineGroup("cnc", 3), new MachineGroup("printer", 1)), Discipline.EDD,
        Map.of(ProcessType.CNC, 6.0, ProcessType.INSPECTION, 1.0, ProcessType.ADDITIVE, 3.0), 2000, 0.99,
        new ShiftCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), 6 * SimTime.HOUR_MS, 22 * SimTime.HOUR_MS),
        Optional.of(new ComponentStock(40, 200)), Optional.empty(), List.of());
    NodeSpec micro = new NodeSpec("mf-milan", NodeKind.MICROFACTORY, MILAN, List.of(new MachineGroup("printer", 2)),
        Discipline.SPT, Map.of(ProcessType.CNC, 9.0, ProcessType.INSPECTION, 2.0, ProcessType.ADDITIVE, 4.0), 300, 0.97,
        ShiftCalendar.ALWAYS, Optional.of(new ComponentStock(10, 60)), Optional.empty(), List.of());
    NodeSpec dc = NodeSpec.distributionCentre("dc-lyon", LYON, 150, "plant-frankfurt",
        List.of(sealStock));
    SupplierSpec steel = new SupplierSpec("steel-dortmund", DORTMUND, List.of("steel-bar"),
        new LogNormal(2 * SimTime.DAY_MS, 0.3), 400);
    RegionSpec paris = new RegionSpec("region-paris", PARIS, List.of(
        new DemandSpec("bracket", 12 * load, 0.3, 20, 0.1, new Uniform(1, 4), 3 * SimTime.DAY_MS, 6 * SimTime.DAY_MS),
        new DemandSpec("seal-kit", 10 * load, 0, 0, 0, new Uniform(1, 3), 2 * SimTime.DAY_MS, 5 * SimTime.DAY_MS)));
    RegionSpec milan = new RegionSpec("region-milan", MILAN, List.of(
        DemandSpec.poisson("bracket", 8 * load, new Deterministic(2), 3 * SimTime.DAY_MS),
        new DemandSpec("seal-kit", 6 * load, 0, 0, 0, new Deterministic(1), 2 * SimTime.DAY_MS, 4 * SimTime.DAY_MS)));
    return new ManufacturingSpec("everything", horizonMs, List.of(bracket, seal), List.of(cnc, printer),
        List.of(plant, micro, dc), List.of(steel), List.of(paris, milan),
        new PlatformSpec(FRANKFURT, policy, SimTime.HOUR_MS, 2 * SimTime.HOUR_MS, SimTime.HOUR_MS, 6, 0.95),
        new TransportSpec(List.of(TransportMode.ROAD), List.of(), batching), new CostSpec(0.25, 5));
  }
}
