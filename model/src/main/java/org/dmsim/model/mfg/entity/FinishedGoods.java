package org.dmsim.model.mfg.entity;

import java.util.List;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.kpi.Metrics;

/**
 * Where a production node's finished jobs go: a customer order to its region through the node's
 * {@link Shipping} (which may consolidate), a replenishment lot straight to its distribution centre
 * as one {@link Shipment}.
 */
final class FinishedGoods {
  private final Network network;
  private final int site;
  private final RefilledCentres refilled;
  private final RegionOrdinals regionOrdinals;
  private final Shipping shipping;
  private final WipLevels levels;

  FinishedGoods(Network network, int site, List<EntityId> sites, List<EntityId> regions, WipLevels levels) {
    this.network = network;
    this.site = site;
    this.refilled = new RefilledCentres(network, site, sites);
    this.regionOrdinals = new RegionOrdinals(regions);
    this.shipping = new Shipping(network, site, regions);
    this.levels = levels;
  }

  void start(SimContext ctx) {
    shipping.start(ctx);
  }

  /** A consolidation's waiting time is up. */
  void onTimer(MfgMessage.ConsolidationDue due, SimContext ctx) {
    shipping.onTimer(due, ctx);
  }

  /** Sends finished {@code job} on its way. */
  void ship(ProductionJob job, SimContext ctx) {
    if (job.order != null) {
      shipping.ship(job.order, regionOrdinals.of(job.order.region()), ctx);
    } else {
      levels.changeReplenishment(-job.units, ctx);
      ctx.record(new Observation.Count(Metrics.REPLENISHED_UNITS, job.units));
      Shipment.restock(ctx, network, site, refilled.siteOf(job.stockFor), job.stockFor, job.product, job.units);
    }
  }
}
