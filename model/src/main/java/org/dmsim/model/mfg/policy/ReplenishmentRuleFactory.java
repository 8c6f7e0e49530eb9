package org.dmsim.model.mfg.policy;

/**
 * Makes {@link ReplenishmentRule}s by name: the service that {@link java.util.ServiceLoader} finds
 * (list an implementation in {@code META-INF/services/org.dmsim.model.mfg.policy.ReplenishmentRuleFactory}).
 * A scenario names the rule per stocked product of a distribution centre ({@code stock[].policy}).
 */
public interface ReplenishmentRuleFactory extends RuleFactory<ReplenishmentRule> {}
