package org.dmsim.model.mfg;

/** The order in which a production node's machines take waiting jobs. */
public enum Discipline {
  /** First come, first served. */
  FIFO,
  /** Earliest due date first. */
  EDD,
  /** Shortest expected processing time first. */
  SPT
}
