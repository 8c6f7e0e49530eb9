package org.dmsim.model.mfg.policy;

import org.dmsim.model.mfg.spec.NodeKind;

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
  public static final class Factory extends ParameterlessRuleFactory<AllocationRule> implements AllocationRuleFactory {
    /** The factory ServiceLoader makes. */
    public Factory() {
      super("centralized", "plants only, the nearest first; microfactories make nothing to order.", CentralizedAllocation::new);
    }
  }
}
