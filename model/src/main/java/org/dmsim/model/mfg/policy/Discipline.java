package org.dmsim.model.mfg.policy;

import org.dmsim.model.mfg.spec.Names;

/**
 * The built-in dispatch rules, for code and tests that name one without a scenario file; each is the
 * {@link org.dmsim.model.mfg.policy.DispatchRule} of the same name ({@link #rule()}). Scenarios may
 * also name rules that are not here: plug-ins.
 */
public enum Discipline {
  /** First come, first served. */
  FIFO,
  /** Earliest due date first. */
  EDD,
  /** Shortest expected processing time first. */
  SPT;

  /** The rule of this name, without parameters. */
  public org.dmsim.model.mfg.policy.RuleRef rule() {
    return org.dmsim.model.mfg.policy.RuleRef.of(Names.of(this));
  }
}
