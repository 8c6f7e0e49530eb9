package org.dmsim.model.mfg.policy;

/** The built-in allocation rule {@code nearest}: the nearest capable site that is up and not full. */
public final class NearestAllocation implements AllocationRule {
  @Override
  public double score(Candidate site) {
    return site.distanceKm();
  }

  /** Finds {@code nearest} for {@link java.util.ServiceLoader}; it takes no parameters. */
  public static final class Factory implements AllocationRuleFactory {
    @Override
    public String name() {
      return "nearest";
    }

    @Override
    public String description() {
      return "the nearest capable site that is up and not full.";
    }

    @Override
    public AllocationRule create(RuleParams params) {
      params.requireNoOthers();
      return new NearestAllocation();
    }
  }
}
