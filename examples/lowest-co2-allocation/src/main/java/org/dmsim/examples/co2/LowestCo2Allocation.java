package org.dmsim.examples.co2;

import org.dmsim.model.mfg.policy.AllocationRule;

/**
 * Sends each make-to-order order to a site with low transport emissions to the ordering region, and
 * spreads the load among nearly-as-green sites: of the sites that are up and not full, it considers
 * those whose CO2e per unit is at most {@code (1 + tolerance)} times the lowest among them, and takes
 * the least loaded of these (ties: the greener). With tolerance 0 it is "the greenest available site";
 * a planner raises it to trade a little CO2e for shorter queues.
 */
public final class LowestCo2Allocation implements AllocationRule {
  private final double tolerance;

  LowestCo2Allocation(double tolerance) {
    this.tolerance = tolerance;
  }

  @Override
  public double score(Candidate site) {
    return site.co2eKgPerUnit();
  }

  @Override
  public int choose(Sites sites) {
    double lowest = Double.POSITIVE_INFINITY;
    for (int r = 0; r < sites.count(); r++) {
      if (sites.available(r)) {
        lowest = Math.min(lowest, sites.score(r));
      }
    }
    int chosen = -1;
    double leastLoad = Double.POSITIVE_INFINITY;
    for (int r = 0; r < sites.count(); r++) {
      // Sites are ranked by score, so the first of equal loads is the greener.
      if (sites.available(r) && sites.score(r) <= lowest * (1 + tolerance) && sites.load(r) < leastLoad) {
        leastLoad = sites.load(r);
        chosen = r;
      }
    }
    return chosen;
  }
}
