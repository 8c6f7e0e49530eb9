package org.dmsim.model.mfg.entity;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.event.Message;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.disruption.DisruptionPlan;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.policy.AllocationRule;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.PlatformSpec;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.time.SimTime;

/**
 * The order platform (the digital thread): allocates every order to a site by the scenario's
 * allocation rule (a fresh instance per run), on what it knows — the sites' last status reports,
 * which are as old as the information delay, plus the jobs it has itself assigned since. A
 * make-to-order product goes to the capable producing site the rule chooses (by default the first
 * in its ranking that is up and not full), a make-to-stock product to the nearest distribution
 * centre with stock; an order no site can take waits here until a
 * report shows room. It also routes customers' cancellations to whoever holds the order. While it
 * is down (a disruption) it allocates nothing and orders wait; while its feeds are stale it ignores
 * status reports and decides on what it knew when they went stale (plus its own assignments).
 */
public final class Platform implements Entity {
  private static final int ANY_SITE = -1;
  private final Network network;
  private final PlatformSpec spec;
  private final EntityId[] siteIds;
  private final RegionOrdinals regionOrdinals;
  private final int[] waiting;
  private final int[] machinesUp;
  private final int[] machines;
  private final int[][] stock;
  private final LinkedHashMap<Long, CustomerOrder> pending = new LinkedHashMap<>();
  private final LinkedHashMap<Long, long[]> allocated = new LinkedHashMap<>();
  private final boolean anyPatience;
  private final long keepAllocationMs;
  private long pendingUnits;
  private boolean down;
  private boolean stale;
  private final AllocationRule allocation;
  private final RankedSites rankedSites = new RankedSites();

  /** The platform of {@code network}; {@code sites} and {@code regions} are the entity ids in spec order. */
  public Platform(Network network, List<EntityId> sites, List<EntityId> regions) {
    this.network = network;
    this.spec = network.spec().platform();
    this.allocation = network.newAllocationRule();
    this.siteIds = sites.toArray(new EntityId[0]);
    this.regionOrdinals = new RegionOrdinals(regions);
    int n = sites.size();
    waiting = new int[n];
    machinesUp = new int[n];
    machines = new int[n];
    stock = new int[n][];
    for (int s = 0; s < n; s++) {
      machines[s] = network.machineCount(s);
      machinesUp[s] = machines[s];
      NodeSpec site = network.spec().nodes().get(s);
      stock[s] = new int[network.spec().products().size()];
      for (var rule : site.stock()) {
        stock[s][network.productIndex(rule.product())] = (int) Math.min(Integer.MAX_VALUE, rule.initial());
      }
    }
    long maxPatience = 0;
    for (RegionSpec r : network.spec().regions()) {
      for (DemandSpec d : r.demand()) {
        if (d.patienceMs() != SimTime.NEVER) {
          maxPatience = Math.max(maxPatience, d.patienceMs());
        }
      }
    }
    anyPatience = maxPatience > 0;
    keepAllocationMs = maxPatience + 2 * spec.orderLatencyMs();
  }

  @Override
  public void onStart(SimContext ctx) {
    ctx.record(Observation.level(Metrics.PENDING_UNITS, 0));
    DisruptionPlan plan = network.disruptions();
    long[] starts = plan.platformDown().starts();
    long[] ends = plan.platformDown().ends();
    for (int i = 0; i < starts.length; i++) {
      ctx.schedule(starts[i], new MfgMessage.PlatformDown(true));
      ctx.schedule(ends[i], new MfgMessage.PlatformDown(false));
    }
    starts = plan.platformStale().starts();
    ends = plan.platformStale().ends();
    for (int i = 0; i < starts.length; i++) {
      ctx.schedule(starts[i], new MfgMessage.PlatformStale(true));
      ctx.schedule(ends[i], new MfgMessage.PlatformStale(false));
    }
  }

  @Override
  public void onMessage(Message message, SimContext ctx) {
    if (message instanceof MfgMessage.OrderPlaced placed) {
      CustomerOrder order = placed.order();
      ctx.record(new Observation.Count(Metrics.PLATFORM_RECEIVED_UNITS, order.units()));
      if (down || !tryAllocate(order, ctx)) {
        pending.put(order.key(), order);
        changePending(order.units(), ctx);
      }
    } else if (message instanceof MfgMessage.PlatformDown d) {
      down = d.down();
      if (!down) {
        retryPending(ANY_SITE, ctx);
      }
    } else if (message instanceof MfgMessage.PlatformStale st) {
      stale = st.stale();
    } else if (message instanceof MfgMessage.Status status) {
      if (stale) {
        return;
      }
      int s = status.node();
      waiting[s] = status.waitingJobs();
      machinesUp[s] = status.machinesUp();
      int[] reported = status.stock();
      if (reported.length > 0) {
        stock[s] = reported;
      }
      if (!down && available(s)) {
        retryPending(s, ctx);
      }
    } else if (message instanceof MfgMessage.CancelRequest cancel) {
      cancel(cancel, ctx);
    } else {
      throw new IllegalArgumentException("the platform does not handle " + message);
    }
  }

  /**
   * Retries the waiting orders, oldest first. With {@code site} = {@link #ANY_SITE} every order is
   * tried (the platform is back up: anything may have changed). Otherwise a report from {@code site}
   * has just shown it room: every order still waiting after a retry found no available site, and only
   * {@code site} has changed since, so an order can now only go there, and once it is full again the
   * scan stops. Same allocations as a full retry, at the cost of the orders scanned until then rather
   * than of every waiting order on every report (a long backlog made that quadratic).
   */
  private void retryPending(int site, SimContext ctx) {
    Iterator<CustomerOrder> it = pending.values().iterator();
    while (it.hasNext() && (site == ANY_SITE || available(site))) {
      CustomerOrder order = it.next();
      if (tryAllocate(order, ctx)) {
        it.remove();
        changePending(-order.units(), ctx);
      }
    }
  }

  /**
   * Whether some waiting order could be placed now, by what the platform knows. While the platform is
   * up this is never so after a message has been handled: the invariant {@link #retryPending} relies
   * on. For tests.
   */
  boolean anyWaitingOrderPlaceable() {
    for (CustomerOrder order : pending.values()) {
      int region = regionOrdinals.of(order.region());
      int ranked = network.rankingSize(region, order.product());
      if (network.spec().products().get(order.product()).stocked()) {
        if (ranked > 0) {
          return true;
        }
      } else {
        for (int k = 0; k < ranked; k++) {
          if (available(network.rankedSite(region, order.product(), k))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Units of the orders waiting here. For tests. */
  long waitingUnits() {
    return pendingUnits;
  }

  private boolean tryAllocate(CustomerOrder order, SimContext ctx) {
    int region = regionOrdinals.of(order.region());
    int ranked = network.rankingSize(region, order.product());
    Product product = network.spec().products().get(order.product());
    int chosen = -1;
    if (product.stocked()) {
      for (int k = 0; k < ranked; k++) {
        int s = network.rankedSite(region, order.product(), k);
        if (stock[s][order.product()] >= order.units()) {
          chosen = s;
          break;
        }
      }
      if (chosen < 0 && ranked > 0) {
        chosen = network.rankedSite(region, order.product(), 0);
      }
      if (chosen >= 0) {
        stock[chosen][order.product()] = Math.max(0, stock[chosen][order.product()] - order.units());
      }
    } else {
      rankedSites.region = region;
      rankedSites.product = order.product();
      int rank = allocation.choose(rankedSites);
      if (rank >= ranked) {
        throw new IllegalStateException("allocation rule " + spec.allocation().name() + " chose rank " + rank
            + " of " + ranked + " sites");
      }
      chosen = rank < 0 ? -1 : network.rankedSite(region, order.product(), rank);
    }
    if (chosen < 0) {
      return false;
    }
    if (ranked > 0 && chosen != network.rankedSite(region, order.product(), 0) && allocation.countsFallbacks()) {
      ctx.record(Observation.count(Metrics.FALLBACK_ORDERS));
    }
    if (!product.stocked()) {
      waiting[chosen]++;
    }
    ctx.send(siteIds[chosen], spec.orderLatencyMs(), new MfgMessage.Assign(order));
    ctx.record(new Observation.Count(Metrics.ASSIGNED_UNITS, order.units()));
    ctx.record(Observation.byDay(Metrics.ASSIGNED_UNITS_BY_DAY, Region.day(ctx.now()), order.units()));
    if (anyPatience) {
      allocated.put(order.key(), new long[] {chosen, ctx.now()});
      forgetOldAllocations(ctx.now());
    }
    return true;
  }

  private boolean available(int site) {
    return machinesUp[site] > 0 && load(site) < spec.maxQueuePerMachine();
  }

  private double load(int site) {
    return machinesUp[site] == 0 ? Double.POSITIVE_INFINITY : (double) waiting[site] / machinesUp[site];
  }

  private void forgetOldAllocations(long now) {
    Iterator<long[]> it = allocated.values().iterator();
    while (it.hasNext()) {
      if (it.next()[1] + keepAllocationMs < now) {
        it.remove();
      } else {
        return;
      }
    }
  }

  private void cancel(MfgMessage.CancelRequest cancel, SimContext ctx) {
    long key = CustomerOrder.key(cancel.region(), cancel.seq());
    CustomerOrder order = pending.remove(key);
    if (order != null) {
      changePending(-order.units(), ctx);
      ctx.record(new Observation.Count(Metrics.PLATFORM_LOST_UNITS, order.units()));
      ctx.send(cancel.region(), spec.orderLatencyMs(), new MfgMessage.OrderLost(order.seq(), order.units()));
      return;
    }
    long[] where = allocated.remove(key);
    if (where != null) {
      ctx.send(siteIds[(int) where[0]], spec.orderLatencyMs(), new MfgMessage.Cancel(cancel.region(), cancel.seq()));
    }
  }

  /** The ranked sites of the order being allocated, as the allocation rule sees them; reused. */
  private final class RankedSites implements AllocationRule.Sites {
    private int region;
    private int product;

    @Override
    public int count() {
      return network.rankingSize(region, product);
    }

    @Override
    public boolean available(int rank) {
      return Platform.this.available(network.rankedSite(region, product, rank));
    }

    @Override
    public double load(int rank) {
      return Platform.this.load(network.rankedSite(region, product, rank));
    }

    @Override
    public double score(int rank) {
      return network.rankingScore(region, product, rank);
    }
  }

  private void changePending(long delta, SimContext ctx) {
    pendingUnits += delta;
    ctx.record(Observation.level(Metrics.PENDING_UNITS, pendingUnits));
  }
}
