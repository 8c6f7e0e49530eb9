package org.dmsim.model.mfg.spec.check;

import java.util.List;
import java.util.Set;
import org.dmsim.model.mfg.spec.Component;
import org.dmsim.model.mfg.spec.Product;

/** Every component of every bill of materials is listed by some supplier. */
final class BillOfMaterialsCheck implements SpecCheck {
  @Override
  public Set<SpecSection> reads() {
    return Set.of(SpecSection.PRODUCTS, SpecSection.SUPPLIERS);
  }

  @Override
  public void check(SpecIndex index, List<SpecProblem> out) {
    List<Product> products = index.spec.products();
    for (int p = 0; p < products.size(); p++) {
      Product product = products.get(p);
      String bom = SpecIndex.entry("products", product.id(), p) + ".bom";
      for (int i = 0; i < product.bom().size(); i++) {
        Component c = product.bom().get(i);
        if (!index.supplied.contains(c.component())) {
          out.add(SpecProblem.of(SpecIndex.item(bom, i) + ".component", ProblemCode.UNSUPPLIED_COMPONENT, product.id(),
              c.component()));
        }
      }
    }
  }
}
