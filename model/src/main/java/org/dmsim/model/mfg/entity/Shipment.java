package org.dmsim.model.mfg.entity;

import java.util.List;
import org.dmsim.model.dist.LogNormal;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.EntitySpec;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.event.Message;
import org.dmsim.model.geo.Lane;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.disruption.DisruptionPlan;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.time.SimTime;

/**
 * One shipment along a lane. Its sender calls {@link #dispatch}: that samples the transit time
 * from the sender's {@code transit} stream — the lane's fastest time plus the rest of its mean scaled
 * by a lognormal factor of mean 1 and the lane's coefficient of variation — records the shipment's
 * cost, CO2e, weight and transit time with the sender, and spawns the shipment. The shipment sends
 * its payload to the destination at the arrival time, shows its units as in transit until then, and
 * ends itself on arrival. A lane slowed when the shipment leaves multiplies its transit time; while a
 * lane is closed the shipment is held, so a closure that begins while it is on its way delays it.
 *
 * <p>Metrics of the shipment: {@code in-transit-units} or {@code in-transit-stock-units} (levels
 * while on the way; summed over shipments). Of the sender: {@code shipments} and tallies of
 * {@code transport-cost-eur}, {@code transport-co2e-kg}, {@code shipment-weight-kg}, {@code transit-ms}.
 */
public final class Shipment implements Entity {
  private final EntityId destination;
  private final List<Message> payload;
  private final long transitMs;
  private final int customerUnits;
  private final int stockUnits;

  /**
   * A shipment to {@code destination} that arrives after {@code transitMs} and delivers {@code payload};
   * it carries {@code customerUnits} units of customer orders and {@code stockUnits} of stock replenishment.
   */
  public Shipment(EntityId destination, List<Message> payload, long transitMs, int customerUnits, int stockUnits) {
    this.destination = destination;
    this.payload = List.copyOf(payload);
    this.transitMs = transitMs;
    this.customerUnits = customerUnits;
    this.stockUnits = stockUnits;
  }

  /** Sends {@code payload} of {@code weightKg} along {@code lane} as a new shipment of the calling entity's node. */
  static void dispatch(SimContext ctx, Network network, EntityId destination, List<Message> payload, double weightKg,
      int customerUnits, int stockUnits, Lane lane) {
    dispatch(ctx, network, destination, payload, weightKg, customerUnits, stockUnits, lane, -1);
  }

  /**
   * Sends a lot of {@code units} of {@code product} from site {@code from} (the calling entity, the
   * centre's source or backup) to distribution centre {@code dc}: in the link's fixed shipping delay
   * when it has one, else in a transit time of the lane.
   */
  static void restock(SimContext ctx, Network network, int from, int dc, EntityId destination, int product,
      int units) {
    double kg = units * network.spec().products().get(product).weightKg();
    dispatch(ctx, network, destination, List.of(new MfgMessage.StockArrived(product, units)), kg, 0, units,
        network.laneToDc(from, dc), network.fixedShippingMs(from, dc));
  }

  private static void dispatch(SimContext ctx, Network network, EntityId destination, List<Message> payload,
      double weightKg, int customerUnits, int stockUnits, Lane lane, long fixedMs) {
    DisruptionPlan disruptions = network.disruptions();
    long now = ctx.now();
    long sampled = fixedMs >= 0 ? fixedMs : sampleTransitMs(lane, ctx);
    long moving = SimTime.roundedDelayMs(sampled * disruptions.laneSlowdown(lane, now));
    long transit = disruptions.laneClosed(lane).finish(now, moving) - now;
    double tonnes = weightKg / 1000.0;
    ctx.record(Observation.count(Metrics.SHIPMENTS));
    if (network.talliesLaneFlow()) {
      ctx.record(Observation.count(Metrics.laneShipments(lane.from(), lane.to())));
      ctx.record(new Observation.Count(Metrics.laneUnits(lane.from(), lane.to()), customerUnits + stockUnits));
    }
    ctx.record(Observation.sample(Metrics.TRANSPORT_COST_EUR, lane.costFor(tonnes)));
    ctx.record(Observation.sample(Metrics.TRANSPORT_CO2_KG, lane.co2KgFor(tonnes)));
    ctx.record(Observation.sample(Metrics.SHIPMENT_WEIGHT_KG, weightKg));
    ctx.record(Observation.sample(Metrics.TRANSIT_MS, transit));
    ctx.spawn(new EntitySpec("ship", new Shipment(destination, payload, transit, customerUnits, stockUnits)));
  }

  @Override
  public void onStart(SimContext ctx) {
    for (Message m : payload) {
      ctx.send(destination, transitMs, m);
    }
    ctx.schedule(transitMs, MfgMessage.Arrived.INSTANCE);
    if (customerUnits > 0) {
      ctx.record(Observation.level(Metrics.IN_TRANSIT_UNITS, customerUnits));
    }
    if (stockUnits > 0) {
      ctx.record(Observation.level(Metrics.IN_TRANSIT_STOCK_UNITS, stockUnits));
    }
  }

  /** A transit time of {@code lane}, from the calling entity's {@code transit} stream. */
  static long sampleTransitMs(Lane lane, SimContext ctx) {
    long min = Network.minTransitMs(lane);
    if (lane.transitCv() == 0 || lane.transitMs() == min) {
      return lane.transitMs();
    }
    double factor = new LogNormal(1.0, lane.transitCv()).sample(ctx.random("transit"));
    return min + SimTime.roundedDelayMs((lane.transitMs() - min) * factor);
  }

  @Override
  public void onMessage(Message message, SimContext ctx) {
    if (message instanceof MfgMessage.Arrived) {
      if (customerUnits > 0) {
        ctx.record(Observation.level(Metrics.IN_TRANSIT_UNITS, 0));
      }
      if (stockUnits > 0) {
        ctx.record(Observation.level(Metrics.IN_TRANSIT_STOCK_UNITS, 0));
      }
      ctx.stop();
    } else {
      throw new IllegalArgumentException("a shipment does not handle " + message);
    }
  }
}
