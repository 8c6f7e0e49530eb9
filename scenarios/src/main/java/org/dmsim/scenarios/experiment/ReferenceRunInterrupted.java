package org.dmsim.scenarios.experiment;

import org.dmsim.sim.engine.SimulationFailure;

/**
 * A reference run (the undisrupted run that measures each lane's normal flow before a criticality sweep,
 * {@link LaneFlow}) was stopped by a {@link Cancellation}: nothing was ranked, nothing is kept.
 */
public final class ReferenceRunInterrupted extends SimulationFailure {
  ReferenceRunInterrupted(String reason) {
    super(reason + " during the reference run, before any element was knocked out");
  }
}
