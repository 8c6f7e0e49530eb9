package org.dmsim.model.mfg.spec.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.SourcingRule;
import org.dmsim.model.mfg.spec.SupplierSpec;

/**
 * A producing node's sourcing rules name declared suppliers that offer what they are asked for: with a
 * {@code component}, primary and backup both offer it; without one, the backup offers every component
 * the primary does.
 */
final class SourcingCheck implements SpecCheck {
  @Override
  public Set<SpecSection> reads() {
    return Set.of(SpecSection.NODES, SpecSection.SUPPLIERS);
  }

  @Override
  public void check(SpecIndex index, List<SpecProblem> out) {
    Map<String, SupplierSpec> suppliers = new TreeMap<>();
    index.spec.suppliers().forEach(s -> suppliers.put(s.id(), s));
    List<NodeSpec> nodes = index.spec.nodes();
    for (int n = 0; n < nodes.size(); n++) {
      NodeSpec node = nodes.get(n);
      for (int i = 0; i < node.sourcing().size(); i++) {
        SourcingRule r = node.sourcing().get(i);
        String at = SpecIndex.item(SpecIndex.entry("nodes", node.id(), n) + ".sourcing", i);
        SupplierSpec primary = known(suppliers, r.primary(), node, at + ".primary", out);
        SupplierSpec backup = known(suppliers, r.backup(), node, at + ".backup", out);
        if (r.component().isPresent()) {
          String c = r.component().get();
          offers(primary, c, node, at + ".primary", out);
          offers(backup, c, node, at + ".backup", out);
        } else if (primary != null && backup != null) {
          for (String c : primary.components()) {
            if (!backup.components().contains(c)) {
              out.add(SpecProblem.of(at + ".backup", ProblemCode.NOT_OFFERED, node.id(), backup.id(), c));
              break;
            }
          }
        }
      }
    }
  }

  private static SupplierSpec known(Map<String, SupplierSpec> suppliers, String id, NodeSpec node, String at,
      List<SpecProblem> out) {
    SupplierSpec s = suppliers.get(id);
    if (s == null) {
      out.add(SpecProblem.of(at, ProblemCode.UNKNOWN_SUPPLIER, node.id(), id));
    }
    return s;
  }

  private static void offers(SupplierSpec supplier, String component, NodeSpec node, String at, List<SpecProblem> out) {
    if (supplier != null && !supplier.components().contains(component)) {
      out.add(SpecProblem.of(at, ProblemCode.NOT_OFFERED, node.id(), supplier.id(), component));
    }
  }
}
