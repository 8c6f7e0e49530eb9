package org.dmsim.model.mfg.policy;

/**
 * Makes {@link DispatchRule}s by name: the service that {@link java.util.ServiceLoader} finds (list an
 * implementation in {@code META-INF/services/org.dmsim.model.mfg.policy.DispatchRuleFactory}). A
 * scenario names the rule per producing node ({@code discipline}).
 */
public interface DispatchRuleFactory extends RuleFactory<DispatchRule> {}
