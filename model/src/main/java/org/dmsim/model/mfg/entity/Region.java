package org.dmsim.model.mfg.entity;

import java.util.HashMap;
import java.util.List;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.event.Message;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.disruption.DisruptionPlan;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.policy.DemandGenerator;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.random.RandomStream;
import org.dmsim.model.time.SimTime;

/**
 * A customer region: one order stream per demand line, drawn by the line's {@link DemandGenerator}
 * (built in: Poisson, with seasonality, trend and demand surges by thinning) from the region's streams;
 * orders sent to the platform, deliveries received, and, when an order outlives the customer's
 * patience, a cancellation request; the order is lost only when its holder confirms the
 * cancellation (an order already in production is delivered late instead).
 */
public final class Region implements Entity {
  private final Network network;
  private final RegionSpec spec;
  private final EntityId platform;
  private final int[] productOf;
  private final double[] maxSurge;
  private final DemandGenerator[] generators;
  private final LineView[] views;
  private final RandomStream[] variants;
  private final List<DisruptionPlan.Factor>[] surges;
  private final HashMap<Long, CustomerOrder> open = new HashMap<>();
  private long placed;
  private long openUnits;
  private long openOrders;

  /** Region {@code spec} of {@code network}, ordering through {@code platform}. */
  @SuppressWarnings("unchecked")
  public Region(Network network, RegionSpec spec, EntityId platform) {
    this.network = network;
    this.spec = spec;
    this.platform = platform;
    List<DemandSpec> lines = spec.demand();
    productOf = new int[lines.size()];
    maxSurge = new double[lines.size()];
    generators = new DemandGenerator[lines.size()];
    views = new LineView[lines.size()];
    variants = new RandomStream[lines.size()];
    surges = new List[lines.size()];
    int ordinal = network.spec().regions().indexOf(spec);
    for (int i = 0; i < lines.size(); i++) {
      productOf[i] = network.productIndex(lines.get(i).product());
      surges[i] = network.disruptions().surge(ordinal, i);
      double maxFactor = 1;
      for (DisruptionPlan.Factor f : surges[i]) {
        maxFactor *= Math.max(1, f.value());
      }
      maxSurge[i] = maxFactor;
      generators[i] = PolicyCatalog.installed().demand(lines.get(i).generator());
    }
  }

  @Override
  public void onStart(SimContext ctx) {
    for (int i = 0; i < productOf.length; i++) {
      String product = spec.demand().get(i).product();
      views[i] = new LineView(i, ctx.random("orders-" + product), ctx.random("size-" + product));
      variants[i] = ctx.random("variant-" + product);
      views[i].nowMs = ctx.now();
      generators[i].start(views[i]);
      scheduleNext(i, ctx);
    }
    ctx.record(new Observation.Daily(Metrics.BACKLOG_UNITS, 0));
    ctx.record(Observation.level(Metrics.OPEN_ORDERS, 0));
  }

  @Override
  public void onMessage(Message message, SimContext ctx) {
    if (message instanceof MfgMessage.NextOrder next) {
      int line = next.line();
      DemandSpec d = spec.demand().get(line);
      views[line].nowMs = ctx.now();
      if (generators[line].places(views[line])) {
        place(line, d, ctx);
      }
      scheduleNext(line, ctx);
    } else if (message instanceof MfgMessage.Delivered delivered) {
      receive(delivered.order(), ctx);
    } else if (message instanceof MfgMessage.PatienceUp up) {
      if (open.containsKey(up.seq())) {
        ctx.send(platform, network.spec().platform().orderLatencyMs(), new MfgMessage.CancelRequest(ctx.self(), up.seq()));
      }
    } else if (message instanceof MfgMessage.OrderLost lost) {
      CustomerOrder order = open.remove(lost.seq());
      if (order == null) {
        throw new IllegalStateException(ctx.self() + ": lost order " + lost.seq() + " is not open");
      }
      ctx.record(Observation.count(Metrics.LOST_ORDERS));
      ctx.record(new Observation.Count(Metrics.LOST_UNITS, order.units()));
      ctx.record(Observation.byDay(Metrics.LOST_UNITS_BY_DAY, day(ctx.now()), order.units()));
      ctx.record(Observation.sample(Metrics.TIME_IN_SYSTEM_MS, ctx.now() - order.placedMs()));
      changeBacklog(-order.units(), ctx);
    } else {
      throw new IllegalArgumentException("a region does not handle " + message);
    }
  }

  private double surgeFactor(int line, long now) {
    double f = 1;
    for (DisruptionPlan.Factor x : surges[line]) {
      if (x.fromMs() <= now && now < x.toMs()) {
        f *= x.value();
      }
    }
    return f;
  }

  private void scheduleNext(int line, SimContext ctx) {
    views[line].nowMs = ctx.now();
    long gap = generators[line].nextArrivalMs(views[line]);
    if (gap < 0) {
      throw new IllegalStateException(ctx.self() + ": demand generator " + spec.demand().get(line).generator().name()
          + " gave a negative delay to the next order, " + gap + " ms");
    }
    ctx.schedule(gap, new MfgMessage.NextOrder(line));
  }

  /** One demand line as its generator sees it. */
  private final class LineView implements DemandGenerator.Line {
    private final int line;
    private final RandomStream arrivals;
    private final RandomStream sizes;
    private long nowMs;

    LineView(int line, RandomStream arrivals, RandomStream sizes) {
      this.line = line;
      this.arrivals = arrivals;
      this.sizes = sizes;
    }

    @Override
    public DemandSpec demand() {
      return spec.demand().get(line);
    }

    @Override
    public long nowMs() {
      return nowMs;
    }

    @Override
    public long horizonMs() {
      return network.spec().horizonMs();
    }

    @Override
    public RandomStream arrivals() {
      return arrivals;
    }

    @Override
    public RandomStream sizes() {
      return sizes;
    }

    @Override
    public boolean surged() {
      return !surges[line].isEmpty();
    }

    @Override
    public double surgeFactor(long tMs) {
      return Region.this.surgeFactor(line, tMs);
    }

    @Override
    public double maxSurgeFactor() {
      return maxSurge[line];
    }
  }

  /** Places the order the line's generator asks for now: one, or as many orders of one unit as it has units. */
  private void place(int line, DemandSpec d, SimContext ctx) {
    int units = (int) Math.max(1, Math.min(Integer.MAX_VALUE / 2, generators[line].quantity(views[line])));
    if (!generators[line].unitOrders()) {
      place(line, d, units, ctx);
      return;
    }
    for (int i = 0; i < units; i++) {
      place(line, d, 1, ctx);
    }
  }

  private void place(int line, DemandSpec d, int units, SimContext ctx) {
    int product = productOf[line];
    int variantCount = network.spec().products().get(product).variants();
    int variant = variantCount == 1 ? 0 : variants[line].nextInt(variantCount);
    CustomerOrder order = new CustomerOrder(ctx.self(), ++placed, product, variant, units, ctx.now(),
        ctx.now() + d.promisedLeadTimeMs());
    open.put(order.seq(), order);
    ctx.send(platform, network.spec().platform().orderLatencyMs(), new MfgMessage.OrderPlaced(order));
    ctx.record(Observation.count(Metrics.ORDERS));
    ctx.record(new Observation.Count(Metrics.ORDERED_UNITS, units));
    ctx.record(Observation.byDay(Metrics.ORDERED_UNITS_BY_DAY, day(ctx.now()), units));
    if (order.dueMs() < ctx.endMs()) {
      ctx.record(Observation.count(Metrics.DUE_ORDERS));
      ctx.record(new Observation.Count(Metrics.DUE_UNITS, units));
      ctx.record(Observation.byDay(Metrics.DUE_UNITS_BY_DAY, day(order.dueMs()), units));
      ctx.record(Observation.byDay(Metrics.DUE_ORDERS_BY_DAY, day(order.dueMs()), 1));
    }
    if (d.patienceMs() != SimTime.NEVER && ctx.now() + d.patienceMs() < ctx.endMs()) {
      ctx.schedule(d.patienceMs(), new MfgMessage.PatienceUp(order.seq()));
    }
    changeBacklog(units, ctx);
  }

  private void receive(CustomerOrder order, SimContext ctx) {
    if (open.remove(order.seq()) == null) {
      throw new IllegalStateException(ctx.self() + ": delivered order " + order.seq() + " is not open");
    }
    long now = ctx.now();
    long leadMs = now - order.placedMs();
    ctx.record(Observation.count(Metrics.DELIVERED_ORDERS));
    ctx.record(new Observation.Count(Metrics.DELIVERED_UNITS, order.units()));
    ctx.record(Observation.byDay(Metrics.DELIVERED_UNITS_BY_DAY, day(now), order.units()));
    ctx.record(Observation.sample(Metrics.LEAD_TIME_MS, leadMs));
    ctx.record(Observation.sample(Metrics.TIME_IN_SYSTEM_MS, leadMs));
    ctx.record(new Observation.Binned(Metrics.LEAD_TIME_15MIN,
        (int) Math.min(Observation.Binned.MAX_BIN, leadMs / Metrics.LEAD_TIME_CELL_MS), 1));
    if (now <= order.dueMs()) {
      if (order.dueMs() < ctx.endMs()) {
        ctx.record(Observation.count(Metrics.ON_TIME_ORDERS));
        ctx.record(new Observation.Count(Metrics.ON_TIME_UNITS, order.units()));
        ctx.record(Observation.byDay(Metrics.ON_TIME_UNITS_BY_DUE_DAY, day(order.dueMs()), order.units()));
        ctx.record(Observation.byDay(Metrics.ON_TIME_ORDERS_BY_DUE_DAY, day(order.dueMs()), 1));
      }
    } else {
      ctx.record(Observation.sample(Metrics.LATE_UNIT_DAYS, order.units() * (double) (now - order.dueMs()) / SimTime.DAY_MS));
    }
    changeBacklog(-order.units(), ctx);
  }

  private void changeBacklog(int delta, SimContext ctx) {
    openUnits += delta;
    openOrders += Integer.signum(delta);
    ctx.record(new Observation.Daily(Metrics.BACKLOG_UNITS, openUnits));
    ctx.record(Observation.level(Metrics.OPEN_ORDERS, openOrders));
  }

  static int day(long ms) {
    return (int) Math.min(Observation.Binned.MAX_BIN, ms / SimTime.DAY_MS);
  }
}
