package org.dmsim.scenarios.live;

/**
 * What a site looks like on the live map at a snapshot's time. {@link #DOWN} wins over {@link #OVERLOADED}.
 */
public enum SiteState {
  /** Running and not overloaded. */
  WORKING,
  /**
   * A producing site whose queue (units waiting for a machine, the {@code queued-units} level) is above
   * the session's {@linkplain LiveSession#OVERLOAD_QUEUED_UNITS threshold}.
   */
  OVERLOADED,
  /** Out: a node outage or a regional disaster covers it at that time. */
  DOWN
}
