package org.dmsim.model.mfg.policy;

import org.dmsim.model.mfg.NodeKind;

/** The built-in allocation rule {@code centralized}: plants only, the nearest first; microfactories make nothing to order. */
public final class CentralizedAllocation implements AllocationRule {
  @Override
  public boolean admits(String site, NodeKind kind, double quality) {
    return kind == NodeKind.PLANT;
  }

  @Override
  public double score(Candidate site) {
    return site.distanceKm();
  }

  /** Finds {@code centralized} for {@link java.util.ServiceLoader}; it takes no parameters. */
  public static final class Factory implements AllocationRuleFactory {
    @Override
    public String name() {
      return "centralized";
    }

    @Override
    public String description() {
      return "plants only, the nearest first; microfactories make nothing to order.";
    }

    @Override
    public AllocationRule create(RuleParams params) {
      params.requireNoOthers();
      return new CentralizedAllocation();
    }
  }
}
