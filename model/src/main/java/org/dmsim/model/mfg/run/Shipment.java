package org.dmsim.model.mfg.run;

import java.util.List;
import org.dmsim.model.dist.LogNormal;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.event.Message;
import org.dmsim.model.geo.Lane;

/**
 * One shipment along a lane: on start it samples its transit time — the lane's fastest time plus
 * the rest of its mean scaled by a lognormal factor of mean 1 and the lane's coefficient of
 * variation — sends its payload to the destination at the arrival time, and records its cost and
 * CO2e; it ends itself on arrival.
 *
 * <p>Metrics: {@code shipments}, {@code in-transit-units}, {@code in-transit-stock-units} (levels
 * while on the way), and tallies of {@code transport-cost-eur}, {@code transport-co2e-kg},
 * {@code shipment-weight-kg} and {@code transit-ms}.
 */
public final class Shipment implements Entity {
  private final EntityId destination;
  private final List<Message> payload;
  private final double weightKg;
  private final int customerUnits;
  private final int stockUnits;
  private final Lane lane;

  /**
   * A shipment of {@code weightKg} to {@code destination} along {@code lane}, delivering {@code payload}
   * on arrival; it carries {@code customerUnits} units of customer orders and {@code stockUnits} of
   * stock replenishment.
   */
  public Shipment(EntityId destination, List<Message> payload, double weightKg, int customerUnits, int stockUnits,
      Lane lane) {
    this.destination = destination;
    this.payload = List.copyOf(payload);
    this.weightKg = weightKg;
    this.customerUnits = customerUnits;
    this.stockUnits = stockUnits;
    this.lane = lane;
  }

  @Override
  public void onStart(SimContext ctx) {
    long transit = sampleTransitMs(lane, ctx);
    for (Message m : payload) {
      ctx.send(destination, transit, m);
    }
    ctx.schedule(transit, MfgMessage.Arrived.INSTANCE);
    double tonnes = weightKg / 1000.0;
    ctx.record(Observation.count(Metrics.SHIPMENTS));
    ctx.record(Observation.sample(Metrics.TRANSPORT_COST_EUR, lane.costFor(tonnes)));
    ctx.record(Observation.sample(Metrics.TRANSPORT_CO2_KG, lane.co2KgFor(tonnes)));
    ctx.record(Observation.sample(Metrics.SHIPMENT_WEIGHT_KG, weightKg));
    ctx.record(Observation.sample(Metrics.TRANSIT_MS, transit));
    ctx.record(Observation.level(Metrics.IN_TRANSIT_UNITS, customerUnits));
    ctx.record(Observation.level(Metrics.IN_TRANSIT_STOCK_UNITS, stockUnits));
  }

  /** A transit time of {@code lane}, from the entity's {@code transit} stream. */
  static long sampleTransitMs(Lane lane, SimContext ctx) {
    long min = Network.minTransitMs(lane);
    if (lane.transitCv() == 0 || lane.transitMs() == min) {
      return lane.transitMs();
    }
    double factor = new LogNormal(1.0, lane.transitCv()).sample(ctx.random("transit"));
    return min + Math.round((lane.transitMs() - min) * factor);
  }

  @Override
  public void onMessage(Message message, SimContext ctx) {
    if (message instanceof MfgMessage.Arrived) {
      ctx.record(Observation.level(Metrics.IN_TRANSIT_UNITS, 0));
      ctx.record(Observation.level(Metrics.IN_TRANSIT_STOCK_UNITS, 0));
      ctx.stop();
    } else {
      throw new IllegalArgumentException("a shipment does not handle " + message);
    }
  }
}
