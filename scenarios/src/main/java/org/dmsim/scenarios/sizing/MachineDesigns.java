package org.dmsim.scenarios.sizing;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;

/**
 * Designs with more or fewer machines, made by setting machine counts in the model spec (no file is
 * written): the design of size k gives every machine group of each sized site exactly k machines, and
 * leaves every other node as the design has it. A per-group count (rather than a multiple of the
 * design's counts) is what a planner asks for ("how many machines does each site need?"), every step of
 * k adds capacity to every group of every sized site, and it needs no rounding; the price is that a site
 * whose groups differ in size gets equal groups.
 */
public final class MachineDesigns {
  private MachineDesigns() {}

  /** {@code spec} with every machine group of the nodes {@code sized} set to {@code perGroup} machines. */
  public static ManufacturingSpec withMachinesPerGroup(ManufacturingSpec spec, List<String> sized, int perGroup) {
    if (perGroup < 1) {
      throw new IllegalArgumentException("machines per group must be at least 1, was " + perGroup);
    }
    Set<String> ids = new TreeSet<>(sized);
    List<NodeSpec> nodes = spec.nodes().stream().map(n -> ids.contains(n.id()) ? resized(n, perGroup) : n).toList();
    return new ManufacturingSpec(spec.name(), spec.horizonMs(), spec.products(), spec.machineTypes(), nodes,
        spec.suppliers(), spec.regions(), spec.platform(), spec.transport(), spec.costs(), spec.disruptions());
  }

  /** The plants and microfactories of {@code spec}, in file order: the default sites to size. */
  public static List<String> producingNodes(ManufacturingSpec spec) {
    return spec.nodes().stream().filter(n -> n.kind().produces()).map(NodeSpec::id).toList();
  }

  private static NodeSpec resized(NodeSpec n, int perGroup) {
    List<MachineGroup> groups = n.machines().stream().map(g -> new MachineGroup(g.type(), perGroup)).toList();
    return new NodeSpec(n.id(), n.kind(), n.location(), groups, n.dispatching(), n.unitCostEur(),
        n.fixedCostEurPerDay(), n.quality(), n.shifts(), n.componentStock(), n.replenishFrom(), n.stock(),
        n.echelon(), n.sourcing());
  }
}
