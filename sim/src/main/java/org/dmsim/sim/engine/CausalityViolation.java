package org.dmsim.sim.engine;

/** An entity was handed an event that is not later, by key, than the last event it handled. */
public final class CausalityViolation extends SimulationFailure {
  /** A violation described by {@code message}, which names both events. */
  public CausalityViolation(String message) {
    super(message);
  }
}
