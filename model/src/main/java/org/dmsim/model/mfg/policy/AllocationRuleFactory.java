package org.dmsim.model.mfg.policy;

/**
 * Makes {@link AllocationRule}s by name: the service that {@link java.util.ServiceLoader} finds (list
 * an implementation in {@code META-INF/services/org.dmsim.model.mfg.policy.AllocationRuleFactory}). A
 * scenario names the rule under its platform ({@code allocation}).
 */
public interface AllocationRuleFactory extends RuleFactory<AllocationRule> {}
