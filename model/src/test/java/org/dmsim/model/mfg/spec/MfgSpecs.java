package org.dmsim.model.mfg.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.policy.Discipline;
import org.dmsim.model.time.SimTime;

/**
 * Small, valid manufacturing scenarios for tests, and a builder to break them one part at a time.
 *
 * <p>The base scenario: a make-to-order {@code widget} (CNC, two {@code bolt}s per unit) and a
 * make-to-stock {@code kit} (additive); a plant in Frankfurt with CNC machines and a printer, a
 * CNC-only microfactory in Milan, a distribution centre in Lyon stocking kits and refilled from the
 * plant, a bolt supplier in Dortmund, and one region in Paris ordering both products. The platform
 * allocates to the nearest node; transport is road only.
 */
public final class MfgSpecs {
  public static final GeoPoint FRANKFURT = new GeoPoint(50.11, 8.68);
  public static final GeoPoint LYON = new GeoPoint(45.76, 4.84);
  public static final GeoPoint PARIS = new GeoPoint(48.86, 2.35);
  public static final GeoPoint MILAN = new GeoPoint(45.46, 9.19);
  public static final GeoPoint DORTMUND = new GeoPoint(51.51, 7.47);

  private MfgSpecs() {}

  /** A builder holding the base scenario. */
  public static Builder valid() {
    return new Builder();
  }

  /** The make-to-order widget: one CNC step, two bolts per unit. */
  public static Product widget() {
    return new Product("widget", 2.0, 50, false, 1, List.of(new Component("bolt", 2)),
        List.of(step(ProcessType.CNC)));
  }

  /** The make-to-stock kit: one additive step, no components. */
  public static Product kit() {
    return new Product("kit", 0.5, 10, true, 1, List.of(), List.of(step(ProcessType.ADDITIVE)));
  }

  /** A product of {@code id} whose routing needs {@code processes}, without components. */
  public static Product product(String id, boolean stocked, ProcessType... processes) {
    return new Product(id, 1.0, 10, stocked, 1, List.of(), List.of(processes).stream().map(MfgSpecs::step).toList());
  }

  /** A one-hour step. */
  public static Step step(ProcessType process) {
    return new Step(process, new Deterministic(SimTime.HOUR_MS), 0);
  }

  /** A machine type of speed 1 that never fails. */
  public static MachineType machineType(String id, ProcessType... capabilities) {
    return new MachineType(id, Set.of(capabilities), 1.0, 0, Optional.empty());
  }

  /** A producing node around the clock, quality 1, with a unit cost of 1 EUR per step. */
  public static NodeSpec producer(String id, NodeKind kind, GeoPoint location, MachineGroup... machines) {
    return NodeSpec.producer(id, kind, location, List.of(machines), Discipline.FIFO,
        Map.of(ProcessType.CNC, 1.0, ProcessType.ADDITIVE, 1.0), 0);
  }

  /** A producing node like {@link #producer} with the given quality and unit costs. */
  public static NodeSpec producer(String id, NodeKind kind, GeoPoint location, double quality,
      Map<ProcessType, Double> unitCostEur, MachineGroup... machines) {
    return new NodeSpec(id, kind, location, List.of(machines), Discipline.FIFO, unitCostEur, 0, quality,
        ShiftCalendar.ALWAYS, Optional.empty(), Optional.empty(), List.of());
  }

  /** A region ordering each of {@code products} twice a day. */
  public static RegionSpec region(String id, GeoPoint location, String... products) {
    return new RegionSpec(id, location, List.of(products).stream()
        .map(p -> DemandSpec.poisson(p, 2, new Deterministic(1), SimTime.DAY_MS)).toList());
  }

  /** A supplier of {@code components} with a one-day lead time. */
  public static SupplierSpec supplier(String id, GeoPoint location, String... components) {
    return new SupplierSpec(id, location, List.of(components), new Deterministic(SimTime.DAY_MS), 1000);
  }

  /** A platform with {@code policy}, 1 h order latency, 2 h information delay, no quality floor. */
  public static PlatformSpec platform(AllocationPolicy policy) {
    return platform(policy, SimTime.HOUR_MS, 2 * SimTime.HOUR_MS, 0);
  }

  /** A platform with the given policy, delays and quality floor. */
  public static PlatformSpec platform(AllocationPolicy policy, long orderLatencyMs, long infoDelayMs,
      double minQuality) {
    return new PlatformSpec(FRANKFURT, policy, orderLatencyMs, infoDelayMs, SimTime.HOUR_MS, 6, minQuality);
  }

  /** A scenario under construction; each setter replaces one part of the base scenario. */
  public static final class Builder {
    private List<Product> products = List.of(widget(), kit());
    private List<MachineType> machineTypes = List.of(machineType("cnc", ProcessType.CNC),
        machineType("printer", ProcessType.ADDITIVE));
    private List<NodeSpec> nodes = List.of(
        producer("plant-a", NodeKind.PLANT, FRANKFURT, new MachineGroup("cnc", 2), new MachineGroup("printer", 1)),
        producer("mf-b", NodeKind.MICROFACTORY, MILAN, new MachineGroup("cnc", 1)),
        NodeSpec.distributionCentre("dc-c", LYON, 0, "plant-a", List.of(StockRule.sS("kit", 5, 20, 20))));
    private List<SupplierSpec> suppliers = List.of(supplier("sup-d", DORTMUND, "bolt"));
    private List<RegionSpec> regions = List.of(region("region-p", PARIS, "widget", "kit"));
    private PlatformSpec platform = MfgSpecs.platform(AllocationPolicy.NEAREST);
    private TransportSpec transport = TransportSpec.ROAD;

    private Builder() {}

    public Builder products(Product... products) {
      this.products = List.of(products);
      return this;
    }

    public Builder machineTypes(MachineType... machineTypes) {
      this.machineTypes = List.of(machineTypes);
      return this;
    }

    public Builder nodes(NodeSpec... nodes) {
      this.nodes = List.of(nodes);
      return this;
    }

    public Builder suppliers(SupplierSpec... suppliers) {
      this.suppliers = List.of(suppliers);
      return this;
    }

    public Builder regions(RegionSpec... regions) {
      this.regions = List.of(regions);
      return this;
    }

    public Builder platform(PlatformSpec platform) {
      this.platform = platform;
      return this;
    }

    public Builder policy(AllocationPolicy policy) {
      this.platform = new PlatformSpec(platform.location(), policy, platform.orderLatencyMs(), platform.infoDelayMs(),
          platform.statusIntervalMs(), platform.maxQueuePerMachine(), platform.minQuality());
      return this;
    }

    public Builder transport(TransportSpec transport) {
      this.transport = transport;
      return this;
    }

    /** The scenario; not validated. */
    public ManufacturingSpec build() {
      return new ManufacturingSpec("test", 10 * SimTime.DAY_MS, products, machineTypes, nodes, suppliers, regions,
          platform, transport, CostSpec.NONE);
    }
  }
}
