package org.dmsim.model.mfg.spec.check;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.spec.RegionSpec;

/** Every region's demand lines name declared products, each once; and there is a region. */
final class DemandCheck implements SpecCheck {
  @Override
  public Set<SpecSection> reads() {
    return Set.of(SpecSection.PRODUCTS, SpecSection.REGIONS);
  }

  @Override
  public void check(SpecIndex index, List<SpecProblem> out) {
    List<RegionSpec> regions = index.spec.regions();
    for (int r = 0; r < regions.size(); r++) {
      RegionSpec region = regions.get(r);
      String demand = SpecIndex.entry("regions", region.id(), r) + ".demand";
      TreeSet<String> lineProducts = new TreeSet<>();
      for (int i = 0; i < region.demand().size(); i++) {
        DemandSpec d = region.demand().get(i);
        String at = SpecIndex.item(demand, i) + ".product";
        if (!index.productById.containsKey(d.product())) {
          out.add(SpecProblem.of(at, ProblemCode.UNKNOWN_PRODUCT, "region", region.id(), d.product()));
        }
        if (!lineProducts.add(d.product())) {
          out.add(SpecProblem.of(at, ProblemCode.REPEATED_DEMAND_LINE, region.id(), d.product()));
        }
      }
    }
    if (regions.isEmpty()) {
      out.add(SpecProblem.of("regions", ProblemCode.NO_REGIONS));
    }
  }
}
