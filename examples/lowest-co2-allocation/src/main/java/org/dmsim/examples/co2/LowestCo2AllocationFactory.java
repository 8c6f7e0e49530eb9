package org.dmsim.examples.co2;

import org.dmsim.model.mfg.policy.AllocationRule;
import org.dmsim.model.mfg.policy.AllocationRuleFactory;
import org.dmsim.model.mfg.policy.RuleParams;

/**
 * Makes {@link LowestCo2Allocation}s for scenarios that write
 * {@code allocation: {rule: lowest-co2, params: {tolerance: 0.5}}}; listed in
 * {@code META-INF/services/org.dmsim.model.mfg.policy.AllocationRuleFactory}.
 */
public final class LowestCo2AllocationFactory implements AllocationRuleFactory {
  @Override
  public String name() {
    return "lowest-co2";
  }

  @Override
  public String description() {
    return "the least loaded of the available sites within (1 + tolerance) of the lowest transport CO2e per unit "
        + "(params: tolerance, 0 to 10, default 0)";
  }

  @Override
  public AllocationRule create(RuleParams params) {
    double tolerance = params.number("tolerance", 0, 0, 10);
    params.requireNoOthers();
    return new LowestCo2Allocation(tolerance);
  }
}
