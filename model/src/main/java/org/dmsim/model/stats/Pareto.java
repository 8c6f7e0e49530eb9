package org.dmsim.model.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The cost-versus-benefit frontier of a set of alternatives (designs, sweep points): those no other
 * alternative dominates, that is none is at least as good and at most as costly, and strictly better in
 * one of the two. An alternative whose benefit or cost is undefined (NaN) is never on the frontier and
 * dominates nothing.
 */
public final class Pareto {
  private Pareto() {}

  /** The non-dominated {@code items}, in their order; higher {@code benefit} and lower {@code cost} are better. */
  public static <T> List<T> nonDominated(List<T> items, ToDoubleFunction<T> benefit, ToDoubleFunction<T> cost) {
    List<T> out = new ArrayList<>();
    for (T p : items) {
      double pb = benefit.applyAsDouble(p);
      double pc = cost.applyAsDouble(p);
      if (Double.isNaN(pb) || Double.isNaN(pc)) {
        continue;
      }
      boolean dominated = false;
      for (T q : items) {
        double qb = benefit.applyAsDouble(q);
        double qc = cost.applyAsDouble(q);
        if (qb >= pb && qc <= pc && (qb > pb || qc < pc)) {
          dominated = true;
          break;
        }
      }
      if (!dominated) {
        out.add(p);
      }
    }
    return out;
  }
}
