package org.dmsim.model.network;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.EntitySpec;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.event.Message;

/**
 * A factory node: one FIFO queue of orders in front of its machines (an M/M/c station when
 * processing is exponential). An order goes to the idle machine with the lowest index; a finished
 * order leaves in a shipment of its own, spawned here and sent to the order's region.
 *
 * <p>Metrics: {@code orders-received}, the tally {@code station-time-ms} (receipt to finish: wait
 * plus processing), and the level {@code queue-length-orders}.
 */
public final class Factory implements Entity {
  private final TreeSet<EntityId> idleMachines;
  private final Map<EntityId, Long> transitMsByRegion;
  private final ArrayDeque<NetworkMessage.StartJob> waiting = new ArrayDeque<>();

  /**
   * A factory with {@code machines}, shipping to each region with the given transit time.
   *
   * @param transitMsByRegion transit time of a shipment to each region, ms
   */
  public Factory(List<EntityId> machines, Map<EntityId, Long> transitMsByRegion) {
    this.idleMachines = new TreeSet<>(machines);
    this.transitMsByRegion = new TreeMap<>(transitMsByRegion);
  }

  @Override
  public void onStart(SimContext ctx) {
    ctx.record(Observation.level(Kpi.QUEUE_LENGTH, 0));
  }

  @Override
  public void onMessage(Message message, SimContext ctx) {
    if (message instanceof NetworkMessage.OrderPlaced placed) {
      ctx.record(Observation.count(Kpi.ORDERS_RECEIVED));
      waiting.addLast(new NetworkMessage.StartJob(placed.order(), ctx.now()));
      dispatch(ctx);
    } else if (message instanceof NetworkMessage.JobFinished done) {
      ctx.record(Observation.sample(Kpi.STATION_TIME_MS, ctx.now() - done.receivedMs()));
      idleMachines.add(done.machine());
      ship(done.order(), ctx);
      dispatch(ctx);
    } else {
      throw new IllegalArgumentException("a factory does not handle " + message);
    }
  }

  private void dispatch(SimContext ctx) {
    while (!waiting.isEmpty() && !idleMachines.isEmpty()) {
      ctx.send(idleMachines.pollFirst(), 0, waiting.pollFirst());
    }
    ctx.record(Observation.level(Kpi.QUEUE_LENGTH, waiting.size()));
  }

  private void ship(Order order, SimContext ctx) {
    Long transitMs = transitMsByRegion.get(order.region());
    if (transitMs == null) {
      throw new IllegalStateException("no lane from " + ctx.self() + " to " + order.region());
    }
    ctx.spawn(new EntitySpec("ship", new Shipment(order, transitMs)));
  }
}
