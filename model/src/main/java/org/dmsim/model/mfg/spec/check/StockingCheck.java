package org.dmsim.model.mfg.spec.check;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.StockRule;

/**
 * What a node stocks fits: its {@code replenishFrom} is a plant or microfactory that can make every
 * product it stocks, and its stock rules name declared make-to-stock products, each once. Whether a
 * source can make a product is not judged while one of its machine groups has an unknown type, which is
 * a problem of its own.
 */
final class StockingCheck implements SpecCheck {
  @Override
  public Set<SpecSection> reads() {
    return Set.of(SpecSection.PRODUCTS, SpecSection.MACHINE_TYPES, SpecSection.NODES);
  }

  @Override
  public void check(SpecIndex index, List<SpecProblem> out) {
    List<NodeSpec> nodes = index.spec.nodes();
    for (int n = 0; n < nodes.size(); n++) {
      NodeSpec node = nodes.get(n);
      String entry = SpecIndex.entry("nodes", node.id(), n);
      if (node.replenishFrom().isPresent()) {
        source(index, node, entry, out);
      }
      TreeSet<String> stocked = new TreeSet<>();
      for (int i = 0; i < node.stock().size(); i++) {
        StockRule s = node.stock().get(i);
        String at = SpecIndex.item(entry + ".stock", i) + ".product";
        if (!stocked.add(s.product())) {
          out.add(SpecProblem.of(at, ProblemCode.REPEATED_STOCK_RULE, node.id(), s.product()));
        }
        Product p = index.productById.get(s.product());
        if (p == null) {
          out.add(SpecProblem.of(at, ProblemCode.UNKNOWN_PRODUCT, "node", node.id(), s.product()));
        } else if (!p.stocked()) {
          out.add(SpecProblem.of(at, ProblemCode.MAKE_TO_ORDER_STOCKED, node.id(), p.id()));
        }
      }
    }
  }

  /** Checks the node's source: a producer that can make each stocked product. */
  private static void source(SpecIndex index, NodeSpec node, String entry, List<SpecProblem> out) {
    String from = node.replenishFrom().orElseThrow();
    NodeSpec source = index.nodeById.get(from);
    if (source == null || !source.kind().produces()) {
      out.add(SpecProblem.of(entry + ".replenishFrom", ProblemCode.NOT_A_PRODUCER, node.id(), from));
      return;
    }
    if (index.hasUnknownMachineType(source)) {
      return;
    }
    for (int i = 0; i < node.stock().size(); i++) {
      Product p = index.productById.get(node.stock().get(i).product());
      if (p != null && !index.capable(source, p)) {
        out.add(SpecProblem.of(SpecIndex.item(entry + ".stock", i) + ".product", ProblemCode.CANNOT_MAKE, node.id(),
            source.id(), p.id()));
      }
    }
  }
}
