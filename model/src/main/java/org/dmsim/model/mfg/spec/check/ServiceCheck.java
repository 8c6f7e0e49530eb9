package org.dmsim.model.mfg.spec.check;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dmsim.model.mfg.policy.AllocationRule;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.Product;

/**
 * Every product a region demands can be served: a make-to-stock product is stocked by some node, and a
 * make-to-order product can be made — a machine capable of each routing step — at some producing node the
 * allocation rule admits. Not judged while a producing node has a machine group of an unknown type.
 */
final class ServiceCheck implements SpecCheck {
  @Override
  public Set<SpecSection> reads() {
    return Set.of(SpecSection.PRODUCTS, SpecSection.MACHINE_TYPES, SpecSection.NODES, SpecSection.REGIONS,
        SpecSection.PLATFORM);
  }

  @Override
  public void check(SpecIndex index, List<SpecProblem> out) {
    ManufacturingSpec spec = index.spec;
    Optional<AllocationRule> rule = index.allocation();
    boolean machinesKnown = spec.nodes().stream()
        .noneMatch(n -> n.kind().produces() && index.hasUnknownMachineType(n));
    List<Product> products = spec.products();
    for (int i = 0; i < products.size(); i++) {
      Product p = products.get(i);
      boolean demanded = spec.regions().stream()
          .anyMatch(r -> r.demand().stream().anyMatch(d -> d.product().equals(p.id())));
      if (!demanded) {
        continue;
      }
      String entry = SpecIndex.entry("products", p.id(), i);
      if (p.stocked()) {
        if (spec.nodes().stream().noneMatch(n -> n.stock().stream().anyMatch(s -> s.product().equals(p.id())))) {
          out.add(SpecProblem.of(entry + ".stocked", ProblemCode.NOT_STOCKED, p.id()));
        }
      } else if (machinesKnown && spec.nodes().stream().noneMatch(n -> n.kind().produces() && index.capable(n, p)
          && rule.map(r -> r.admits(n.id(), n.kind(), n.quality())).orElse(true))) {
        boolean excludes = rule.isPresent() && !admitsEveryProducer(spec, rule.get());
        out.add(excludes
            ? SpecProblem.of(entry + ".routing", ProblemCode.NOT_MADE_WHERE_ADMITTED, p.id(),
                spec.platform().allocation().name())
            : SpecProblem.of(entry + ".routing", ProblemCode.NOT_MADE, p.id()));
      }
    }
  }

  /** Whether {@code rule} admits every producing node of the network. */
  private static boolean admitsEveryProducer(ManufacturingSpec spec, AllocationRule rule) {
    return spec.nodes().stream().filter(n -> n.kind().produces())
        .allMatch(n -> rule.admits(n.id(), n.kind(), n.quality()));
  }
}
