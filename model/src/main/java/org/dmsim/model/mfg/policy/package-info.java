/**
 * Policies as plug-ins: the interfaces a rule implements (allocation by the order platform, dispatching
 * at a production node's machines, replenishment at a stock point, demand generation in a customer
 * region), the
 * factories {@link java.util.ServiceLoader} finds by name, the {@link org.dmsim.model.mfg.policy.PolicyCatalog}
 * that holds them, and the built-in rules, implemented exactly as a user's would be. The rule: a rule
 * sees only read-only views, gets a fresh instance for every run, and draws randomness only from the
 * stream of the entity that uses it.
 */
package org.dmsim.model.mfg.policy;
