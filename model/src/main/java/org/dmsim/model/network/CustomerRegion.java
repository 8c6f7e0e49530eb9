package org.dmsim.model.network;

import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.event.Message;
import org.dmsim.model.random.RandomStream;

/**
 * A demand region: places orders as a Poisson process (exponential gaps from its {@code orders}
 * stream), sends each to its factory with the order latency, and records what comes back.
 *
 * <p>Metrics: {@code orders}, {@code orders-due-in-run} (due by the end of the run),
 * {@code delivered}, {@code delivered-on-time-due-in-run}, and the tally {@code lead-time-ms}.
 */
public final class CustomerRegion implements Entity {
  private final EntityId factory;
  private final double meanGapMs;
  private final long orderLatencyMs;
  private final long promisedLeadTimeMs;
  private RandomStream orders;
  private long placed;

  /**
   * A region ordering from {@code factory}.
   *
   * @param meanGapMs          mean time between orders, ms (1 / rate)
   * @param orderLatencyMs     delay from placing an order to the factory receiving it, ms
   * @param promisedLeadTimeMs due date offset from placing, ms
   */
  public CustomerRegion(EntityId factory, double meanGapMs, long orderLatencyMs, long promisedLeadTimeMs) {
    this.factory = factory;
    this.meanGapMs = meanGapMs;
    this.orderLatencyMs = orderLatencyMs;
    this.promisedLeadTimeMs = promisedLeadTimeMs;
  }

  @Override
  public void onStart(SimContext ctx) {
    orders = ctx.random("orders");
    scheduleNext(ctx);
  }

  @Override
  public void onMessage(Message message, SimContext ctx) {
    if (message instanceof NetworkMessage.PlaceNextOrder) {
      placeOrder(ctx);
      scheduleNext(ctx);
    } else if (message instanceof NetworkMessage.Delivered d) {
      receive(d.order(), ctx);
    } else {
      throw new IllegalArgumentException("a customer region does not handle " + message);
    }
  }

  private void scheduleNext(SimContext ctx) {
    ctx.schedule(Math.round(orders.nextExponential(meanGapMs)), NetworkMessage.PlaceNextOrder.INSTANCE);
  }

  private void placeOrder(SimContext ctx) {
    Order order = new Order(ctx.self(), ++placed, ctx.now(), ctx.now() + promisedLeadTimeMs);
    ctx.send(factory, orderLatencyMs, new NetworkMessage.OrderPlaced(order));
    ctx.record(Observation.count(Kpi.ORDERS));
    if (order.dueMs() <= ctx.endMs()) {
      ctx.record(Observation.count(Kpi.ORDERS_DUE));
    }
  }

  private void receive(Order order, SimContext ctx) {
    ctx.record(Observation.count(Kpi.DELIVERED));
    ctx.record(Observation.sample(Kpi.LEAD_TIME_MS, ctx.now() - order.placedMs()));
    if (ctx.now() <= order.dueMs() && order.dueMs() <= ctx.endMs()) {
      ctx.record(Observation.count(Kpi.DELIVERED_ON_TIME_DUE));
    }
  }
}
