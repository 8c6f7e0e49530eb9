package org.dmsim.scenarios.live;

/** An intervention a {@link LiveSession} refuses, with a message that says which field is wrong and what it expects. */
public final class InterventionRefused extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  InterventionRefused(String message) {
    super(message);
  }
}
