package org.dmsim.model.entity;

import org.dmsim.model.event.Message;

/**
 * The logic of one simulated thing — a factory node, a machine, a shipment, a customer region — with
 * private state that changes only in reaction to messages. An engine calls it one event at a time,
 * in key order, and never from two threads at once.
 */
public interface Entity {
  /** Called once, first, at the time the entity comes to life (time 0 for entities in the plan). */
  void onStart(SimContext ctx);

  /** Called for every message addressed to this entity, in event-key order. */
  void onMessage(Message message, SimContext ctx);
}
