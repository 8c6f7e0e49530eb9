package org.dmsim.model.network;

import org.dmsim.model.entity.EntityId;
import org.dmsim.model.event.Message;

/** The messages of the manufacturing network, in the order an order's life uses them. */
public sealed interface NetworkMessage extends Message {
  /** A region's reminder to itself to place its next order. */
  record PlaceNextOrder() implements NetworkMessage {
    /** The shared instance. */
    public static final PlaceNextOrder INSTANCE = new PlaceNextOrder();
  }

  /** A region's order reaches the factory (after the order latency). */
  record OrderPlaced(Order order) implements NetworkMessage {}

  /** The factory gives a machine an order to make; {@code receivedMs} is when the factory got it. */
  record StartJob(Order order, long receivedMs) implements NetworkMessage {}

  /** A machine's reminder to itself that the job in hand is done. */
  record JobDone() implements NetworkMessage {
    /** The shared instance. */
    public static final JobDone INSTANCE = new JobDone();
  }

  /** A machine tells its factory that an order is made and the machine is free. */
  record JobFinished(Order order, long receivedMs, EntityId machine) implements NetworkMessage {}

  /** A shipment delivers an order to its region. */
  record Delivered(Order order) implements NetworkMessage {}

  /** A shipment's reminder to itself that it has arrived and can end. */
  record ShipmentArrived() implements NetworkMessage {
    /** The shared instance. */
    public static final ShipmentArrived INSTANCE = new ShipmentArrived();
  }
}
