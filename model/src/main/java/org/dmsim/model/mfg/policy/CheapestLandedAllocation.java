package org.dmsim.model.mfg.policy;

/** The built-in allocation rule {@code cheapest-landed}: the lowest production plus transport cost per unit; ties go to the nearest. */
public final class CheapestLandedAllocation implements AllocationRule {
  @Override
  public double score(Candidate site) {
    return site.landedCostEurPerUnit();
  }

  /** Finds {@code cheapest-landed} for {@link java.util.ServiceLoader}; it takes no parameters. */
  public static final class Factory extends ParameterlessRuleFactory<AllocationRule> implements AllocationRuleFactory {
    /** The factory ServiceLoader makes. */
    public Factory() {
      super("cheapest-landed", "the lowest production plus transport cost per unit; ties go to the nearest.", CheapestLandedAllocation::new);
    }
  }
}
