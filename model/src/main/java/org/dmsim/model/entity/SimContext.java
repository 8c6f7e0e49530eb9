package org.dmsim.model.entity;

import org.dmsim.model.event.Message;
import org.dmsim.model.random.RandomStream;

/**
 * What an entity may do while it handles an event (DESIGN.md section 4). Every effect is timestamped
 * from {@link #now()}; engines route, order and check them. Valid only during the call it was
 * passed to.
 */
public interface SimContext {
  /** The current time, in ms of simulated time. */
  long now();

  /** The end of the run, in ms of simulated time: events at or after it are not handled. */
  long endMs();

  /** This entity's id. */
  EntityId self();

  /**
   * Sends {@code message} to {@code to}, to be handled at {@code now() + delayMs}. A send to an entity
   * of another node must have a delay of at least the network lookahead, or the run fails.
   */
  void send(EntityId to, long delayMs, Message message);

  /** Schedules {@code message} to this entity itself at {@code now() + delayMs}. */
  void schedule(long delayMs, Message message);

  /**
   * Spawns a new entity in this entity's node, started at the current time right after this event;
   * returns its id so that messages can be sent to it at once.
   */
  EntityId spawn(EntitySpec spec);

  /** Ends this entity after the current event (e.g. a delivered shipment); it receives nothing more. */
  void stop();

  /** This entity's own random stream for {@code purpose}, the same object on every call. */
  RandomStream random(String purpose);

  /** Records a statistic of this entity at the current time. */
  void record(Observation observation);
}
