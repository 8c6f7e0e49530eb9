package org.dmsim.model.mfg.spec.check;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dmsim.model.mfg.spec.ManufacturingSpec;

/**
 * Ids are unique: products among products, machine types among machine types, and nodes, suppliers and
 * regions among all three and the platform (they are all places in one network); and there is a product.
 * A repeat is reported at the later entry's {@code id}, by index.
 */
final class IdCheck implements SpecCheck {
  @Override
  public Set<SpecSection> reads() {
    return Set.of(SpecSection.PRODUCTS, SpecSection.MACHINE_TYPES, SpecSection.NODES, SpecSection.SUPPLIERS,
        SpecSection.REGIONS);
  }

  @Override
  public void check(SpecIndex index, List<SpecProblem> out) {
    ManufacturingSpec spec = index.spec;
    repeats("products", "product", spec.products().stream().map(p -> p.id()).toList(), new TreeSet<>(), out);
    repeats("machineTypes", "machine type", spec.machineTypes().stream().map(t -> t.id()).toList(), new TreeSet<>(),
        out);
    if (spec.products().isEmpty()) {
      out.add(SpecProblem.of("products", ProblemCode.NO_PRODUCTS));
    }
    TreeSet<String> places = new TreeSet<>(Set.of(ManufacturingSpec.PLATFORM));
    repeats("nodes", "node", spec.nodes().stream().map(n -> n.id()).toList(), places, out);
    repeats("suppliers", "node", spec.suppliers().stream().map(s -> s.id()).toList(), places, out);
    repeats("regions", "node", spec.regions().stream().map(r -> r.id()).toList(), places, out);
  }

  /** Reports each id of {@code ids} already in {@code seen}, adding the others. */
  private static void repeats(String section, String what, List<String> ids, Set<String> seen, List<SpecProblem> out) {
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        out.add(SpecProblem.of(SpecIndex.item(section, i) + ".id", ProblemCode.DUPLICATE_ID, what, ids.get(i)));
      }
    }
  }
}
