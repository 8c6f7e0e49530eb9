package org.dmsim.model.mfg.entity;

import java.util.List;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.event.Message;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.spec.SupplierSpec;
import org.dmsim.model.random.RandomStream;
import org.dmsim.model.time.SimTime;

/**
 * A component supplier: takes orders in arrival order at its daily capacity, dispatches each after
 * a sampled lead time, and sends it to the ordering node as a shipment along the lane. While it has
 * failed (a disruption) it has no capacity: orders wait.
 *
 * <p>Metrics: {@code component-units-dispatched}, the tally {@code supplier-wait-ms} (order to dispatch).
 */
public final class Supplier implements Entity {
  /** Units dispatched (counter). */
  public static final String DISPATCHED_UNITS = "component-units-dispatched";
  /** Order receipt to dispatch, ms (tally). */
  public static final String WAIT_MS = "supplier-wait-ms";

  private final Network network;
  private final int index;
  private final SupplierSpec spec;
  private final List<EntityId> sites;
  private RandomStream leadTimes;
  private long freeAtMs;

  /** Supplier number {@code index} of {@code network}; {@code sites} are the site ids in spec order. */
  public Supplier(Network network, int index, List<EntityId> sites) {
    this.network = network;
    this.index = index;
    this.spec = network.spec().suppliers().get(index);
    this.sites = sites;
  }

  @Override
  public void onStart(SimContext ctx) {
    leadTimes = ctx.random("lead-time");
  }

  @Override
  public void onMessage(Message message, SimContext ctx) {
    if (message instanceof MfgMessage.BuyComponents buy) {
      long start = Math.max(ctx.now(), freeAtMs);
      long busyMs = SimTime.roundedDelayMs(buy.units() / spec.capacityPerDay() * SimTime.DAY_MS);
      freeAtMs = network.disruptions().supplierOutage(index).finish(start, busyMs);
      long dispatch = freeAtMs + SimTime.roundedDelayMs(spec.leadTimeMs().sample(leadTimes));
      ctx.record(Observation.sample(WAIT_MS, dispatch - ctx.now()));
      ctx.schedule(dispatch - ctx.now(), new MfgMessage.DispatchComponents(buy.node(), buy.component(), buy.units()));
    } else if (message instanceof MfgMessage.DispatchComponents d) {
      ctx.record(new Observation.Count(DISPATCHED_UNITS, d.units()));
      int site = sites.indexOf(d.node());
      Shipment.dispatch(ctx, network, d.node(), List.of(new MfgMessage.ComponentsArrived(d.component(), d.units())), 0, 0, 0,
          network.supplierToSite(index, site));
    } else {
      throw new IllegalArgumentException("a supplier does not handle " + message);
    }
  }
}
