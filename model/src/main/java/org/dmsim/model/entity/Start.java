package org.dmsim.model.entity;

import org.dmsim.model.event.Message;

/**
 * The first event of every entity, which engines turn into {@link Entity#onStart}. It sorts before
 * any other event at the same time.
 */
public record Start() implements Message {
  /** The one instance. */
  public static final Start INSTANCE = new Start();

  @Override
  public int priority() {
    return Message.FIRST;
  }
}
