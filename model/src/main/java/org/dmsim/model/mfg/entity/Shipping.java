package org.dmsim.model.mfg.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.event.Message;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.spec.Batching;

/**
 * The outbound dock of a site: sends finished customer orders to their regions, one shipment per
 * order or consolidated per region until a weight or a waiting time is reached. Each shipment is a
 * new {@link Shipment} entity of the site.
 */
final class Shipping {
  private final Network network;
  private final int site;
  private final List<EntityId> regions;
  private final Batching batching;
  private final ArrayDeque<CustomerOrder>[] held;
  private final double[] heldKg;
  private final long[] timerEpoch;
  private long heldUnits;

  @SuppressWarnings("unchecked")
  Shipping(Network network, int site, List<EntityId> regions) {
    this.network = network;
    this.site = site;
    this.regions = regions;
    this.batching = network.spec().transport().batching();
    this.held = new ArrayDeque[regions.size()];
    this.heldKg = new double[regions.size()];
    this.timerEpoch = new long[regions.size()];
  }

  void start(SimContext ctx) {
    if (batching.consolidate()) {
      ctx.record(Observation.level(Metrics.AWAITING_SHIPMENT_UNITS, 0));
    }
  }

  /** Ships {@code order} (destined to the region with ordinal {@code region}) now or adds it to a consolidation. */
  void ship(CustomerOrder order, int region, SimContext ctx) {
    double kg = order.units() * network.spec().products().get(order.product()).weightKg();
    if (!batching.consolidate()) {
      dispatch(region, List.of(new MfgMessage.Delivered(order)), kg, order.units(), ctx);
      return;
    }
    if (held[region] == null) {
      held[region] = new ArrayDeque<>();
    }
    if (held[region].isEmpty()) {
      ctx.schedule(batching.maxWaitMs(), new MfgMessage.ConsolidationDue(region, timerEpoch[region]));
    }
    held[region].addLast(order);
    heldKg[region] += kg;
    changeHeld(order.units(), ctx);
    if (heldKg[region] >= batching.maxWeightKg()) {
      release(region, ctx);
    }
  }

  /** Handles a consolidation timer. */
  void onTimer(MfgMessage.ConsolidationDue due, SimContext ctx) {
    if (due.epoch() == timerEpoch[due.destination()] && held[due.destination()] != null
        && !held[due.destination()].isEmpty()) {
      release(due.destination(), ctx);
    }
  }

  private void release(int region, SimContext ctx) {
    List<Message> payload = new ArrayList<>();
    int units = 0;
    for (CustomerOrder o : held[region]) {
      payload.add(new MfgMessage.Delivered(o));
      units += o.units();
    }
    held[region].clear();
    double kg = heldKg[region];
    heldKg[region] = 0;
    timerEpoch[region]++;
    changeHeld(-units, ctx);
    dispatch(region, payload, kg, units, ctx);
  }

  private void dispatch(int region, List<Message> payload, double kg, int units, SimContext ctx) {
    Shipment.dispatch(ctx, network, regions.get(region), payload, kg, units, 0, network.siteToRegion(site, region));
  }

  private void changeHeld(long delta, SimContext ctx) {
    heldUnits += delta;
    ctx.record(Observation.level(Metrics.AWAITING_SHIPMENT_UNITS, heldUnits));
  }
}
