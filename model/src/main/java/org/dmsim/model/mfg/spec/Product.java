package org.dmsim.model.mfg.spec;

import java.util.List;

/**
 * A product the network makes and sells.
 *
 * @param id        a lower-case word
 * @param weightKg  weight per unit, kg; positive
 * @param valueEur  value per unit, EUR (for holding cost); not negative
 * @param stocked   make-to-stock (served from distribution centres) rather than make-to-order
 * @param variants  customisation variants, at least 1; a machine switching variant needs a set-up
 * @param bom       components per unit, bought from suppliers; may be empty
 * @param routing   the process steps in order; at least one
 */
public record Product(String id, double weightKg, double valueEur, boolean stocked, int variants, List<Component> bom,
    List<Step> routing) {
  public Product {
    Names.requireId("product", id);
    if (!(weightKg > 0) || Double.isInfinite(weightKg)) {
      throw new IllegalArgumentException("product " + id + ": weight must be positive, was " + weightKg + " kg");
    }
    Names.requireFiniteNotNegative("product " + id + ": value EUR", valueEur);
    if (variants < 1) {
      throw new IllegalArgumentException("product " + id + ": variants must be at least 1, was " + variants);
    }
    bom = List.copyOf(bom);
    routing = List.copyOf(routing);
    if (routing.isEmpty()) {
      throw new IllegalArgumentException("product " + id + ": the routing needs at least one step");
    }
    for (int i = 0; i < routing.size(); i++) {
      Step.Rework r = routing.get(i).rework();
      if (r.any() && r.toStep() > i) {
        throw new IllegalArgumentException("product " + id + ": step " + i + " reworks to step " + r.toStep()
            + ", which is not an earlier step or itself");
      }
    }
  }

  /** Expected processing time of one unit over the whole routing on speed-1 machines, ms (no set-ups, no scrap). */
  public double meanWorkPerUnitMs() {
    double sum = 0;
    for (Step s : routing) {
      sum += s.timeMs().mean();
    }
    return sum;
  }
}
