package org.dmsim.model.mfg.spec.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.StockRule;

/**
 * What a node stocks fits: its {@code replenishFrom} is another node — a plant or microfactory that can
 * make every product it stocks, or a distribution centre that stocks them all, without a loop of
 * centres refilling each other — and so is its backup source, if any — and its stock rules name
 * declared make-to-stock products, each once;
 * costs per period need the node's period, and an initial backlog needs exactly one distribution
 * centre to owe it to. Whether a source can make a product is not judged while one of its machine
 * groups has an unknown type, which is a problem of its own.
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
      node.echelon().backup().ifPresent(b -> backup(index, node, b.from(), entry + ".backup.from", out));
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
        String item = SpecIndex.item(entry + ".stock", i);
        if (s.costs().any() && node.echelon().periodMs().isEmpty()) {
          out.add(SpecProblem.of(item + (s.costs().holdingEur() > 0 ? ".holdingCost" : ".backlogCost"),
              ProblemCode.COSTS_WITHOUT_PERIOD, node.id(), s.product()));
        }
        if (s.start().backlog() > 0) {
          long customers = nodes.stream().filter(d -> d.replenishFrom().filter(node.id()::equals).isPresent()).count();
          if (customers != 1) {
            out.add(SpecProblem.of(item + ".backlog", ProblemCode.BACKLOG_WITHOUT_ONE_CUSTOMER, node.id(), s.product(),
                Long.toString(customers)));
          }
        }
      }
    }
  }

  /** Checks the node's source: a producer that can make each stocked product, or a centre that stocks it. */
  private static void source(SpecIndex index, NodeSpec node, String entry, List<SpecProblem> out) {
    String from = node.replenishFrom().orElseThrow();
    NodeSpec source = index.nodeById.get(from);
    if (source == null || from.equals(node.id())) {
      out.add(SpecProblem.of(entry + ".replenishFrom", ProblemCode.NOT_A_SOURCE, node.id(), from));
      return;
    }
    if (!source.kind().produces()) {
      centreSource(index, node, source, entry, out);
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

  /** Checks a source that is a distribution centre: no loop, and it stocks every product. */
  private static void centreSource(SpecIndex index, NodeSpec node, NodeSpec source, String entry,
      List<SpecProblem> out) {
    List<String> chain = new ArrayList<>(List.of(node.id()));
    NodeSpec at = source;
    while (at != null && !at.kind().produces() && !chain.contains(at.id())) {
      chain.add(at.id());
      at = at.replenishFrom().map(index.nodeById::get).orElse(null);
    }
    if (at != null && chain.contains(at.id())) {
      if (at.id().equals(node.id())) {
        chain.add(at.id());
        out.add(SpecProblem.of(entry + ".replenishFrom", ProblemCode.REPLENISHMENT_LOOP, node.id(),
            String.join(" -> ", chain)));
      }
      return;
    }
    Set<String> stocked = new TreeSet<>();
    source.stock().forEach(r -> stocked.add(r.product()));
    for (int i = 0; i < node.stock().size(); i++) {
      String product = node.stock().get(i).product();
      if (index.productById.containsKey(product) && !stocked.contains(product)) {
        out.add(SpecProblem.of(SpecIndex.item(entry + ".stock", i) + ".product", ProblemCode.SOURCE_DOES_NOT_STOCK,
            node.id(), source.id(), product));
      }
    }
  }

  /**
   * Checks a backup source: another node than the centre and its primary, which can make (a producer)
   * or stocks (a centre, whose own chain does not lead back here) every product the centre stocks.
   */
  private static void backup(SpecIndex index, NodeSpec node, String from, String at, List<SpecProblem> out) {
    NodeSpec source = index.nodeById.get(from);
    if (source == null || from.equals(node.id())) {
      out.add(SpecProblem.of(at, ProblemCode.NOT_A_SOURCE, node.id(), from));
      return;
    }
    if (node.replenishFrom().filter(from::equals).isPresent()) {
      out.add(SpecProblem.of(at, ProblemCode.BACKUP_IS_PRIMARY, node.id(), from));
      return;
    }
    if (source.kind().produces()) {
      if (!index.hasUnknownMachineType(source)) {
        for (StockRule r : node.stock()) {
          Product p = index.productById.get(r.product());
          if (p != null && !index.capable(source, p)) {
            out.add(SpecProblem.of(at, ProblemCode.CANNOT_MAKE, node.id(), source.id(), p.id()));
          }
        }
      }
      return;
    }
    List<String> chain = new ArrayList<>(List.of(node.id()));
    for (NodeSpec up = source; up != null && !up.kind().produces() && !chain.contains(up.id());
        up = up.replenishFrom().map(index.nodeById::get).orElse(null)) {
      chain.add(up.id());
      if (up.replenishFrom().filter(node.id()::equals).isPresent()) {
        chain.add(node.id());
        out.add(SpecProblem.of(at, ProblemCode.REPLENISHMENT_LOOP, node.id(), String.join(" -> ", chain)));
        return;
      }
    }
    Set<String> stocked = new TreeSet<>();
    source.stock().forEach(r -> stocked.add(r.product()));
    for (StockRule r : node.stock()) {
      if (index.productById.containsKey(r.product()) && !stocked.contains(r.product())) {
        out.add(SpecProblem.of(at, ProblemCode.SOURCE_DOES_NOT_STOCK, node.id(), source.id(), r.product()));
      }
    }
  }
}
