package org.dmsim.scenarios.sizing;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.check.SpecProblem;

/**
 * Designs with fewer sites, made by dropping nodes from the model spec (no file is written). A node
 * another part of the design refers to — a distribution centre's {@code replenishFrom} or backup, a
 * sourcing or kitting reference — cannot be dropped: the checks of {@link ManufacturingSpec#problems()}
 * find the broken reference, and such a node is refused as a candidate (an explicit list) or left out of
 * the default candidates and always kept.
 */
public final class SiteDesigns {
  private SiteDesigns() {}

  /** {@code spec} without the candidates after the first {@code k} of {@code ranked}. */
  public static ManufacturingSpec keepFirst(ManufacturingSpec spec, List<String> ranked, int k) {
    Set<String> dropped = new HashSet<>(ranked.subList(Math.min(k, ranked.size()), ranked.size()));
    List<NodeSpec> nodes = spec.nodes().stream().filter(n -> !dropped.contains(n.id())).toList();
    return new ManufacturingSpec(spec.name(), spec.horizonMs(), spec.products(), spec.machineTypes(), nodes,
        spec.suppliers(), spec.regions(), spec.platform(), spec.transport(), spec.costs(), spec.disruptions());
  }

  /** Why {@code id} cannot be dropped from {@code spec}: the first problem its absence makes; empty if it can. */
  public static Optional<String> whyNotDroppable(ManufacturingSpec spec, String id) {
    List<SpecProblem> problems = keepFirst(spec, List.of(id), 0).problems();
    return problems.isEmpty() ? Optional.empty() : Optional.of(problems.get(0).message());
  }

  /** The microfactories of {@code spec}, in file order, that can be dropped: the default candidates. */
  public static List<String> droppableMicrofactories(ManufacturingSpec spec) {
    return spec.nodes().stream().filter(n -> n.kind() == NodeKind.MICROFACTORY)
        .map(NodeSpec::id).filter(id -> whyNotDroppable(spec, id).isEmpty()).toList();
  }

  /** The plants and microfactories of {@code spec}. */
  public static int producingSites(ManufacturingSpec spec) {
    return (int) spec.nodes().stream().filter(n -> n.kind().produces()).count();
  }

  /** The machines of {@code spec}'s producing sites. */
  public static int machines(ManufacturingSpec spec) {
    return spec.nodes().stream().flatMap(n -> n.machines().stream()).mapToInt(g -> g.count()).sum();
  }
}
