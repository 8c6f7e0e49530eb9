package org.dmsim.model.mfg.spec;

import java.util.List;
import java.util.Objects;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.compile.NetworkPlan;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.spec.check.SpecChecks;
import org.dmsim.model.mfg.spec.check.SpecProblem;

/**
 * A whole manufacturing network scenario: what exists, what is demanded, and how it is run. The
 * constructor checks every field on its own and {@link #validate()} checks the references between
 * them; a scenario loader reports the same problems with file and line first.
 *
 * @param name         the scenario's name
 * @param horizonMs    length of a run, ms; positive
 * @param products     products, unique ids
 * @param machineTypes machine types, unique ids
 * @param nodes        plants, microfactories and distribution centres
 * @param suppliers    component suppliers
 * @param regions      customer regions
 * @param platform     the order platform
 * @param transport    modes, lanes, batching
 * @param costs        cost rates
 * @param disruptions  what goes wrong during the run, in any order
 */
public record ManufacturingSpec(String name, long horizonMs, List<Product> products, List<MachineType> machineTypes,
    List<NodeSpec> nodes, List<SupplierSpec> suppliers, List<RegionSpec> regions, PlatformSpec platform,
    TransportSpec transport, CostSpec costs, List<Disruption> disruptions) {
  /** The platform's node name. */
  public static final String PLATFORM = "platform";

  public ManufacturingSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(costs, "costs");
    products = List.copyOf(products);
    machineTypes = List.copyOf(machineTypes);
    nodes = List.copyOf(nodes);
    suppliers = List.copyOf(suppliers);
    regions = List.copyOf(regions);
    disruptions = List.copyOf(disruptions);
    if (horizonMs <= 0) {
      throw new IllegalArgumentException("the horizon must be positive");
    }
  }

  /** A scenario without disruptions. */
  public ManufacturingSpec(String name, long horizonMs, List<Product> products, List<MachineType> machineTypes,
      List<NodeSpec> nodes, List<SupplierSpec> suppliers, List<RegionSpec> regions, PlatformSpec platform,
      TransportSpec transport, CostSpec costs) {
    this(name, horizonMs, products, machineTypes, nodes, suppliers, regions, platform, transport, costs, List.of());
  }

  /** The same scenario with {@code list} as its disruptions. */
  public ManufacturingSpec withDisruptions(List<Disruption> list) {
    return new ManufacturingSpec(name, horizonMs, products, machineTypes, nodes, suppliers, regions, platform, transport,
        costs, list);
  }

  /** The same scenario run for {@code ms}. */
  public ManufacturingSpec withHorizon(long ms) {
    return new ManufacturingSpec(name, ms, products, machineTypes, nodes, suppliers, regions, platform, transport,
        costs, disruptions);
  }

  /** The same scenario with another platform (e.g. another allocation rule). */
  public ManufacturingSpec withPlatform(PlatformSpec other) {
    return new ManufacturingSpec(name, horizonMs, products, machineTypes, nodes, suppliers, regions, other, transport,
        costs, disruptions);
  }

  /** Checks references between parts; returns {@code this}. */
  public ManufacturingSpec validate() {
    List<SpecProblem> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems.stream().map(SpecProblem::message).toList()));
    }
    return this;
  }

  /**
   * Every broken reference or inconsistency, each with the field path it is about, in a stable order;
   * empty when the scenario is consistent (see {@link SpecChecks}).
   */
  public List<SpecProblem> problems() {
    return SpecChecks.of(this);
  }

  /** The simulation plan of one run (validates first). */
  public SimulationPlan plan() {
    return NetworkPlan.of(this);
  }
}
