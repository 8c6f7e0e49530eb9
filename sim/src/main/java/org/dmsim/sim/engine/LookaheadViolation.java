package org.dmsim.sim.engine;

/** A send between nodes with less delay than the network lookahead, or an event arriving inside a closed window. */
public final class LookaheadViolation extends SimulationFailure {
  /** A violation described by {@code message}. */
  public LookaheadViolation(String message) {
    super(message);
  }
}
