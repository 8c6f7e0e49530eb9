package org.dmsim.model.mfg.spec.check;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dmsim.model.mfg.policy.AllocationRule;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.MachineType;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.model.mfg.spec.SupplierSpec;

/**
 * A spec with its entries by id, shared by the checkers, and the paths they report. Where an id is
 * repeated the last entry wins (the repeat is a problem of its own).
 */
final class SpecIndex {
  final ManufacturingSpec spec;
  final Map<String, Product> productById = new TreeMap<>();
  final Map<String, MachineType> typeById = new TreeMap<>();
  final Map<String, NodeSpec> nodeById = new TreeMap<>();
  final TreeSet<String> supplierIds = new TreeSet<>();
  final TreeSet<String> regionIds = new TreeSet<>();
  /** Each component some supplier lists. */
  final TreeSet<String> supplied = new TreeSet<>();

  SpecIndex(ManufacturingSpec spec) {
    this.spec = spec;
    spec.products().forEach(p -> productById.put(p.id(), p));
    spec.machineTypes().forEach(t -> typeById.put(t.id(), t));
    spec.nodes().forEach(n -> nodeById.put(n.id(), n));
    for (SupplierSpec s : spec.suppliers()) {
      supplierIds.add(s.id());
      supplied.addAll(s.components());
    }
    spec.regions().forEach(r -> regionIds.add(r.id()));
  }

  /** The platform's allocation rule, or empty when it cannot be used (a problem of its own). */
  Optional<AllocationRule> allocation() {
    try {
      return Optional.of(PolicyCatalog.installed().allocation(spec.platform().allocation()));
    } catch (IllegalArgumentException unusable) {
      return Optional.empty();
    }
  }

  /** Whether {@code node} has a machine for every step of {@code product}. */
  boolean capable(NodeSpec node, Product product) {
    for (Step step : product.routing()) {
      boolean any = false;
      for (MachineGroup g : node.machines()) {
        MachineType t = typeById.get(g.type());
        any |= t != null && t.can(step.process());
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /** Whether some machine group of {@code node} has an undeclared type, so that what it can make is unknown. */
  boolean hasUnknownMachineType(NodeSpec node) {
    return node.machines().stream().anyMatch(g -> !typeById.containsKey(g.type()));
  }

  /**
   * The path of an entry of a top-level list, {@code section[id]}; by index when the id could be read
   * as one (an id of digits only).
   */
  static String entry(String section, String id, int index) {
    return section + "[" + (id.chars().allMatch(c -> c >= '0' && c <= '9') ? String.valueOf(index) : id) + "]";
  }

  /** {@code path[index]}. */
  static String item(String path, int index) {
    return path + "[" + index + "]";
  }
}
