package org.dmsim.model.phold;

import org.dmsim.model.event.Message;

/** Messages between PHOLD processes. */
public sealed interface PholdMessage extends Message permits PholdMessage.Hop {
  /** The one PHOLD event: a token that hops to a random process. */
  record Hop() implements PholdMessage {
    /** The shared instance; the payload carries no state. */
    public static final Hop INSTANCE = new Hop();
  }
}
