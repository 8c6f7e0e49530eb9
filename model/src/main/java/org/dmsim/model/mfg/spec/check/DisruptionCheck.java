package org.dmsim.model.mfg.spec.check;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.spec.NodeSpec;

/**
 * Every fixed disruption names what its type needs: a node or supplier ({@code node-outage}), a plant or
 * microfactory ({@code capacity-loss}), a distribution centre ({@code stock-destroyed}), a supplier, a
 * place at each lane end, a region and a product ({@code demand-surge}); {@code *} and
 * {@link Disruption#LARGEST} stand for any. Reported at the field that names it, {@code disruptions[i].node}.
 */
final class DisruptionCheck implements SpecCheck {
  private static final String ANY = "*";

  @Override
  public Set<SpecSection> reads() {
    return Set.of(SpecSection.PRODUCTS, SpecSection.NODES, SpecSection.SUPPLIERS, SpecSection.REGIONS,
        SpecSection.DISRUPTIONS);
  }

  @Override
  public void check(SpecIndex index, List<SpecProblem> out) {
    TreeSet<String> places = new TreeSet<>(index.nodeById.keySet());
    places.addAll(index.supplierIds);
    places.addAll(index.regionIds);
    List<Disruption> disruptions = index.spec.disruptions();
    for (int i = 0; i < disruptions.size(); i++) {
      Disruption d = disruptions.get(i);
      Report report = new Report(SpecIndex.item("disruptions", i), String.valueOf(i + 1), d.type(), out);
      if (d instanceof Disruption.NodeOutage o) {
        if (!Disruption.LARGEST.equals(o.node()) && !index.nodeById.containsKey(o.node())
            && !index.supplierIds.contains(o.node())) {
          report.unknown("node", "node", o.node());
        }
      } else if (d instanceof Disruption.CapacityLoss c) {
        if (!ANY.equals(c.node()) && !Disruption.LARGEST.equals(c.node()) && !produces(index, c.node())) {
          report.wrongKind("node", c.node(), "plant or microfactory");
        }
      } else if (d instanceof Disruption.SupplierFailure f) {
        if (!index.supplierIds.contains(f.supplier())) {
          report.unknown("supplier", "supplier", f.supplier());
        }
      } else if (d instanceof Disruption.LaneClosure l) {
        if (!ANY.equals(l.from()) && !places.contains(l.from())) {
          report.unknown("from", "place", l.from());
        }
        if (!ANY.equals(l.to()) && !places.contains(l.to())) {
          report.unknown("to", "place", l.to());
        }
      } else if (d instanceof Disruption.DemandSurge s) {
        if (!ANY.equals(s.region()) && !index.regionIds.contains(s.region())) {
          report.unknown("region", "region", s.region());
        }
        if (!ANY.equals(s.product()) && !index.productById.containsKey(s.product())) {
          report.unknown("product", "product", s.product());
        }
      } else if (d instanceof Disruption.StockDestroyed s) {
        NodeSpec node = index.nodeById.get(s.node());
        if (!ANY.equals(s.node()) && (node == null || node.kind().produces())) {
          report.wrongKind("node", s.node(), "distribution centre");
        }
      }
    }
  }

  private static boolean produces(SpecIndex index, String id) {
    NodeSpec node = index.nodeById.get(id);
    return node != null && node.kind().produces();
  }

  /** Adds problems about one disruption, at {@code entry.field}. */
  private record Report(String entry, String number, String type, List<SpecProblem> out) {
    void unknown(String field, String what, String id) {
      out.add(SpecProblem.of(entry + "." + field, ProblemCode.UNKNOWN_TARGET, number, type, what, id));
    }

    void wrongKind(String field, String id, String kind) {
      out.add(SpecProblem.of(entry + "." + field, ProblemCode.WRONG_TARGET_KIND, number, type, id, kind));
    }
  }
}
