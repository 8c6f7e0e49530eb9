package org.dmsim.scenarios.sizing;

/** What the replications of one design say about the target. */
public enum StepDecision {
  /** The one-sided lower bound is at or above the target. */
  MEETS("meets"),
  /** The one-sided upper bound is below the target. */
  FAILS("fails"),
  /** Neither, with the cap of replications reached (or the search stopped). */
  UNDECIDED("undecided");

  private final String word;

  StepDecision(String word) {
    this.word = word;
  }

  /** How tables and files write it. */
  public String word() {
    return word;
  }
}
