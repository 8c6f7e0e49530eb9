package org.dmsim.scenarios.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.Names;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.SupplierSpec;

/**
 * The ids a disruption may name in one network, and the check of a {@link DisruptionReader.Reference}
 * against them: the rules of "References between sections" in {@code docs/scenario-format.md} in one
 * place, for a file being read (whose sections may hold ids that could not be read) and for a loaded
 * network (an experiment's variant). It only tells what is wrong; the caller words and places the problem.
 */
final class DisruptionTargets {
  /** Node ids in file order, each with its kind when that could be read. */
  private final Map<String, Optional<NodeKind>> nodes;
  private final List<String> suppliers;
  private final List<String> regions;
  private final List<String> products;
  private final boolean nodesComplete;
  private final boolean suppliersComplete;
  private final boolean regionsComplete;
  private final boolean productsComplete;

  /**
   * @param nodes             node ids in file order, with their kinds where known
   * @param suppliers         supplier ids in file order
   * @param regions           region ids in file order
   * @param products          product ids in file order
   * @param nodesComplete     whether every node's id could be read (else an unknown id may be that node's)
   * @param suppliersComplete as for nodes
   * @param regionsComplete   as for nodes
   * @param productsComplete  as for nodes
   */
  DisruptionTargets(Map<String, Optional<NodeKind>> nodes, List<String> suppliers, List<String> regions,
      List<String> products, boolean nodesComplete, boolean suppliersComplete, boolean regionsComplete,
      boolean productsComplete) {
    this.nodes = new LinkedHashMap<>(nodes);
    this.suppliers = List.copyOf(suppliers);
    this.regions = List.copyOf(regions);
    this.products = List.copyOf(products);
    this.nodesComplete = nodesComplete;
    this.suppliersComplete = suppliersComplete;
    this.regionsComplete = regionsComplete;
    this.productsComplete = productsComplete;
  }

  /** The ids of a loaded network, every section complete. */
  static DisruptionTargets of(ManufacturingSpec spec) {
    Map<String, Optional<NodeKind>> nodes = new LinkedHashMap<>();
    for (NodeSpec n : spec.nodes()) {
      nodes.putIfAbsent(n.id(), Optional.of(n.kind()));
    }
    return new DisruptionTargets(nodes, spec.suppliers().stream().map(SupplierSpec::id).toList(),
        spec.regions().stream().map(RegionSpec::id).toList(), spec.products().stream().map(Product::id).toList(),
        true, true, true, true);
  }

  /**
   * Why a reference is wrong: what it should name, the ids that would do, and what its id names instead
   * (e.g. "a supplier"), if anything.
   *
   * @param expected   what the id must name, as a phrase without the list of candidates
   * @param candidates the ids of that kind, in file order
   * @param what       what the id names in this network, when it names something of another kind
   */
  record Miss(String expected, List<String> candidates, Optional<String> what) {
    Miss {
      candidates = List.copyOf(candidates);
    }
  }

  /** The reference's problem; empty when it names what it must, or when an id that could not be read may be it. */
  Optional<Miss> check(DisruptionReader.Reference r) {
    if (names(r.target(), r.id())) {
      return Optional.empty();
    }
    Optional<String> what = whatIs(r.id());
    // An unknown name while some id of the section could not be read may be that entry's: no telling.
    if (what.isEmpty() && !complete(r.target())) {
      return Optional.empty();
    }
    return Optional.of(new Miss(expected(r.target()), candidates(r.target()), what));
  }

  /** Whether {@code id} names a thing {@code target} accepts. */
  boolean names(DisruptionReader.Target target, String id) {
    Optional<NodeKind> kind = nodes.getOrDefault(id, Optional.empty());
    return switch (target) {
      case NODE_OR_SUPPLIER -> nodes.containsKey(id) || suppliers.contains(id);
      // A node whose kind could not be read is given the benefit of the doubt.
      case PRODUCER -> kind.map(NodeKind::produces).orElse(nodes.containsKey(id));
      case CENTRE_OR_ANY -> kind.map(k -> !k.produces()).orElse(nodes.containsKey(id));
      case SUPPLIER -> suppliers.contains(id);
      case PLACE_OR_ANY -> nodes.containsKey(id) || suppliers.contains(id) || regions.contains(id);
      case REGION_OR_ANY -> regions.contains(id);
      case PRODUCT_OR_ANY -> products.contains(id);
    };
  }

  /** What an id of {@code target} must name, as a phrase without the list of candidates. */
  static String expected(DisruptionReader.Target target) {
    return switch (target) {
      case NODE_OR_SUPPLIER -> "a node or supplier declared in nodes or suppliers";
      case PRODUCER -> "a plant or microfactory declared in nodes";
      case CENTRE_OR_ANY -> "a distribution centre declared in nodes, or \"*\" for every one";
      case SUPPLIER -> "a supplier declared in suppliers";
      case PLACE_OR_ANY -> "a node, supplier or region declared in nodes, suppliers or regions, or \"*\" for any";
      case REGION_OR_ANY -> "a region declared in regions, or \"*\" for every region";
      case PRODUCT_OR_ANY -> "a product declared in products, or \"*\" for every product";
    };
  }

  /** The ids {@code target} accepts, in file order. */
  List<String> candidates(DisruptionReader.Target target) {
    return switch (target) {
      case NODE_OR_SUPPLIER -> concat(nodeIds(), suppliers);
      case PRODUCER -> nodesOfKind(true);
      case CENTRE_OR_ANY -> nodesOfKind(false);
      case SUPPLIER -> suppliers;
      case PLACE_OR_ANY -> concat(concat(nodeIds(), suppliers), regions);
      case REGION_OR_ANY -> regions;
      case PRODUCT_OR_ANY -> products;
    };
  }

  /** Whether every id of the sections {@code target} looks in could be read. */
  private boolean complete(DisruptionReader.Target target) {
    return switch (target) {
      case NODE_OR_SUPPLIER -> nodesComplete && suppliersComplete;
      case PRODUCER, CENTRE_OR_ANY -> nodesComplete;
      case SUPPLIER -> suppliersComplete;
      case PLACE_OR_ANY -> nodesComplete && suppliersComplete && regionsComplete;
      case REGION_OR_ANY -> regionsComplete;
      case PRODUCT_OR_ANY -> productsComplete;
    };
  }

  /** What a name in the node, supplier and region namespace is ("a supplier", "a distribution-centre"), if declared. */
  Optional<String> whatIs(String id) {
    if (nodes.containsKey(id)) {
      return Optional.of(nodes.get(id).map(k -> "a " + Names.of(k)).orElse("a node"));
    }
    if (suppliers.contains(id)) {
      return Optional.of("a supplier");
    }
    if (regions.contains(id)) {
      return Optional.of("a region");
    }
    return Optional.empty();
  }

  private List<String> nodeIds() {
    return List.copyOf(nodes.keySet());
  }

  private List<String> nodesOfKind(boolean producing) {
    return nodes.entrySet().stream().filter(e -> e.getValue().map(k -> k.produces() == producing).orElse(false))
        .map(Map.Entry::getKey).toList();
  }

  /** {@code a} then {@code b}, each id once (a node and a supplier may share a name: a problem of its own). */
  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out.stream().distinct().toList();
  }
}
