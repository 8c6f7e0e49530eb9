package org.dmsim.model.mfg.policy;

import org.dmsim.model.mfg.spec.Names;

/**
 * The built-in allocation rules, for code and tests that name one without a scenario file; each is
 * the {@link org.dmsim.model.mfg.policy.AllocationRule} of the same name ({@link #rule()}). Scenarios
 * may also name rules that are not here: plug-ins.
 */
public enum AllocationPolicy {
  /** Plants only (the central network): the nearest plant; microfactories are not used for make-to-order. */
  CENTRALIZED,
  /** The nearest capable node. */
  NEAREST,
  /** The node with the fewest reported waiting jobs per working machine; ties go to the nearest. */
  LEAST_LOADED,
  /** The node with the lowest production plus transport cost for the order; ties go to the nearest. */
  CHEAPEST_LANDED;

  /** The rule of this name, without parameters. */
  public org.dmsim.model.mfg.policy.RuleRef rule() {
    return org.dmsim.model.mfg.policy.RuleRef.of(Names.of(this));
  }
}
