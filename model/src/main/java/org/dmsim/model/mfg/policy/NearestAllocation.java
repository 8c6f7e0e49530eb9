package org.dmsim.model.mfg.policy;

/** The built-in allocation rule {@code nearest}: the nearest capable site that is up and not full. */
public final class NearestAllocation implements AllocationRule {
  @Override
  public double score(Candidate site) {
    return site.distanceKm();
  }

  /** Finds {@code nearest} for {@link java.util.ServiceLoader}; it takes no parameters. */
  public static final class Factory extends ParameterlessRuleFactory<AllocationRule> implements AllocationRuleFactory {
    /** The factory ServiceLoader makes. */
    public Factory() {
      super("nearest", "the nearest capable site that is up and not full.", NearestAllocation::new);
    }
  }
}
