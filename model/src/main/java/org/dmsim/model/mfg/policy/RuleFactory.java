package org.dmsim.model.mfg.policy;

/**
 * What every kind of rule factory has: a name scenarios use, a line of description, and fresh rules
 * from parameters. Each kind has its own service interface for {@link java.util.ServiceLoader}
 * ({@link AllocationRuleFactory}, {@link DispatchRuleFactory},
 * {@link ReplenishmentRuleFactory}, {@link DemandGeneratorFactory}).
 *
 * @param <R> the kind of rule made
 */
public interface RuleFactory<R> {
  /** The name scenarios use: lower-case letters, digits and '-'; unique among installed rules of its kind. */
  String name();

  /** One line for {@code --help} and the docs. */
  String description();

  /**
   * A fresh rule. Read every parameter through {@code params} and call
   * {@link RuleParams#requireNoOthers()} at the end.
   *
   * @throws RuleParameterException when a parameter is missing, unknown or out of range
   */
  R create(RuleParams params);
}
