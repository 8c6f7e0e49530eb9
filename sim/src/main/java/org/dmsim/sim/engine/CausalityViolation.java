package org.dmsim.sim.engine;

/** An entity was handed an event earlier than the last event it handled, or the same event twice. */
public final class CausalityViolation extends SimulationFailure {
  /** A violation described by {@code message}, which names both events. */
  public CausalityViolation(String message) {
    super(message);
  }
}
