package org.dmsim.model.mfg.policy;

/** The built-in allocation rule {@code least-loaded}: the site with the fewest reported waiting jobs per working machine; ties go to the nearest. */
public final class LeastLoadedAllocation implements AllocationRule {
  @Override
  public double score(Candidate site) {
    return site.distanceKm();
  }

  @Override
  public int choose(Sites sites) {
    int chosen = -1;
    double best = Double.POSITIVE_INFINITY;
    for (int r = 0; r < sites.count(); r++) {
      double load = sites.load(r);
      if (sites.available(r) && load < best) {
        best = load;
        chosen = r;
      }
    }
    return chosen;
  }

  @Override
  public boolean countsFallbacks() {
    return false;
  }

  /** Finds {@code least-loaded} for {@link java.util.ServiceLoader}; it takes no parameters. */
  public static final class Factory extends ParameterlessRuleFactory<AllocationRule> implements AllocationRuleFactory {
    /** The factory ServiceLoader makes. */
    public Factory() {
      super("least-loaded", "the site with the fewest reported waiting jobs per working machine; ties go to the nearest.", LeastLoadedAllocation::new);
    }
  }
}
