package org.dmsim.model.network;

import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.event.Message;

/**
 * One shipment carrying one order from its factory to the order's region. On start it announces
 * the delivery to the region at the arrival time (that announcement crosses nodes, so the transit
 * must be at least the lookahead), and it ends itself when it arrives.
 *
 * <p>Metrics: {@code shipments-delivered}.
 */
public final class Shipment implements Entity {
  private final Order order;
  private final long transitMs;

  /** A shipment of {@code order} taking {@code transitMs}. */
  public Shipment(Order order, long transitMs) {
    this.order = order;
    this.transitMs = transitMs;
  }

  @Override
  public void onStart(SimContext ctx) {
    ctx.send(order.region(), transitMs, new NetworkMessage.Delivered(order));
    ctx.schedule(transitMs, NetworkMessage.ShipmentArrived.INSTANCE);
  }

  @Override
  public void onMessage(Message message, SimContext ctx) {
    if (message instanceof NetworkMessage.ShipmentArrived) {
      ctx.record(Observation.count(Kpi.SHIPMENTS_DELIVERED));
      ctx.stop();
    } else {
      throw new IllegalArgumentException("a shipment does not handle " + message);
    }
  }
}
