package org.dmsim.model.mfg.policy;

/** The built-in allocation rule {@code cheapest-landed}: the lowest production plus transport cost per unit; ties go to the nearest. */
public final class CheapestLandedAllocation implements AllocationRule {
  @Override
  public double score(Candidate site) {
    return site.landedCostEurPerUnit();
  }

  /** Finds {@code cheapest-landed} for {@link java.util.ServiceLoader}; it takes no parameters. */
  public static final class Factory implements AllocationRuleFactory {
    @Override
    public String name() {
      return "cheapest-landed";
    }

    @Override
    public String description() {
      return "the lowest production plus transport cost per unit; ties go to the nearest.";
    }

    @Override
    public AllocationRule create(RuleParams params) {
      params.requireNoOthers();
      return new CheapestLandedAllocation();
    }
  }
}
