package org.dmsim.model.mfg.policy;

/**
 * Makes {@link AllocationRule}s by name: the service that {@link java.util.ServiceLoader} finds (list
 * an implementation in {@code META-INF/services/org.dmsim.model.mfg.policy.AllocationRuleFactory}). A
 * scenario names the rule as {@code platform: {allocation: NAME}} or
 * {@code allocation: {rule: NAME, params: {…}}}.
 */
public interface AllocationRuleFactory {
  /** The name scenarios use: lower-case letters, digits and '-'; unique among installed rules. */
  String name();

  /** One line for {@code --help} and the docs. */
  String description();

  /**
   * A fresh rule. Read every parameter through {@code params} and call
   * {@link RuleParams#requireNoOthers()} at the end.
   *
   * @throws RuleParameterException when a parameter is missing, unknown or out of range
   */
  AllocationRule create(RuleParams params);
}
