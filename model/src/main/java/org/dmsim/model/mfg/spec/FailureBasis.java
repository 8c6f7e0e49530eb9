package org.dmsim.model.mfg.spec;

/** What a machine's time between failures counts. */
public enum FailureBasis {
  /** Only time spent processing wears the machine: an idle machine does not fail. */
  OPERATING,
  /** Every hour counts, busy or idle, working shift or not. */
  CALENDAR
}
