package org.dmsim.sim.engine;

/**
 * A run that cannot go on: an entity saw time go backwards, a send undercut the network lookahead,
 * an event had no live target, or an entity's logic threw. The message names the events involved.
 */
public class SimulationFailure extends RuntimeException {
  /** A failure described by {@code message}. */
  public SimulationFailure(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public SimulationFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
