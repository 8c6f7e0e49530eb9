package org.dmsim.model.mfg.policy;

/**
 * Makes {@link DemandGenerator}s by name: the service that {@link java.util.ServiceLoader} finds (list
 * an implementation in {@code META-INF/services/org.dmsim.model.mfg.policy.DemandGeneratorFactory}). A
 * scenario names the generator per demand line ({@code generator}; default {@code poisson}).
 */
public interface DemandGeneratorFactory extends RuleFactory<DemandGenerator> {}
