package org.dmsim.model.mfg.entity;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.TreeSet;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.event.Message;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.disruption.DisruptionPlan;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.policy.DispatchRule;
import org.dmsim.model.mfg.spec.ComponentStock;
import org.dmsim.model.mfg.spec.MachineType;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.Step;

/**
 * A plant or microfactory. Customer orders (from the platform) and replenishment orders (from
 * distribution centres) become jobs; a job first takes its components from stock (waiting, first
 * come first served, when they are short), then goes through its routing, each step queued for a
 * capable machine in the order of the node's dispatch rule (built in: FIFO, EDD, SPT) and given to the lowest-numbered
 * idle capable machine that is up. A finished customer job is shipped to its region, a finished
 * replenishment to its distribution centre. Components are reordered from the nearest supplier
 * under the node's (s, S) policy. The node reports its status to the platform at a fixed interval.
 */
public final class ProductionNode implements Entity {
  private static final int MATERIAL = 0;
  private static final int QUEUED = 1;
  private static final int AT_MACHINE = 2;

  private final Network network;
  private final int site;
  private final NodeSpec spec;
  private final List<Product> products;
  private final EntityId platform;
  private final EntityId[] machineIds;
  private final MachineType[] machineTypes;
  private final EntityId[] suppliers;
  private final List<EntityId> sites;
  private final RegionOrdinals regionOrdinals;
  private final Shipping shipping;
  private final boolean[] busy;
  private final boolean[] up;
  private final int[] halts;
  private final TreeSet<Job>[] queues;
  private final ArrayDeque<Job> awaitingMaterial = new ArrayDeque<>();
  private final HashMap<Long, Job> jobs = new HashMap<>();
  private final HashMap<Long, Job> customerJobs = new HashMap<>();
  private final long[] componentOnHand;
  private final long[] componentOnOrder;
  private final long[] componentNeeded;
  private final long reorderPoint;
  private final long orderUpTo;
  private long nextJobId;
  private long enqueueSeq;
  private int waitingJobs;
  private final long[] levelUnits = new long[3];
  private long replenishmentUnits;
  private double wipValue;
  private final DispatchRule dispatching;
  private final QueueView queueView = new QueueView();

  /** Site {@code site} of {@code network} with its machines' ids (in machine order) and the other parties' ids. */
  @SuppressWarnings("unchecked")
  public ProductionNode(Network network, int site, EntityId platform, List<EntityId> machineIds, List<EntityId> sites,
      List<EntityId> regions, List<EntityId> suppliers) {
    this.network = network;
    this.site = site;
    this.spec = network.spec().nodes().get(site);
    this.dispatching = network.newDispatchRule(site);
    this.products = network.spec().products();
    this.platform = platform;
    this.machineIds = machineIds.toArray(new EntityId[0]);
    this.machineTypes = network.machinesOf(site);
    this.suppliers = suppliers.toArray(new EntityId[0]);
    this.sites = sites;
    this.regionOrdinals = new RegionOrdinals(regions);
    this.shipping = new Shipping(network, site, regions);
    this.busy = new boolean[machineTypes.length];
    this.up = new boolean[machineTypes.length];
    this.halts = new int[machineTypes.length];
    java.util.Arrays.fill(up, true);
    Comparator<Job> order = Comparator.<Job>comparingLong(j -> j.key).thenComparingLong(j -> j.id);
    this.queues = new TreeSet[ProcessType.values().length];
    for (int p = 0; p < queues.length; p++) {
      queues[p] = new TreeSet<>(order);
    }
    int components = network.components().size();
    ComponentStock policy = spec.componentStock().orElse(null);
    this.reorderPoint = policy == null ? 0 : policy.reorderPoint();
    this.orderUpTo = policy == null ? 0 : policy.orderUpTo();
    this.componentOnHand = new long[components];
    this.componentOnOrder = new long[components];
    this.componentNeeded = new long[components];
    java.util.Arrays.fill(componentOnHand, orderUpTo);
  }

  /** A job: one customer order or one replenishment lot on its way through the routing. */
  /** The job entering a queue, as the dispatch rule sees it; reused. */
  private final class QueueView implements DispatchRule.Job {
    private Job job;
    private double stepMeanMs;
    private long nowMs;

    @Override
    public String product() {
      return products.get(job.product).id();
    }

    @Override
    public int units() {
      return job.units;
    }

    @Override
    public long dueMs() {
      return job.dueMs;
    }

    @Override
    public double stepMeanMs() {
      return stepMeanMs;
    }

    @Override
    public int step() {
      return job.step;
    }

    @Override
    public boolean replenishment() {
      return job.order == null;
    }

    @Override
    public long arrival() {
      return enqueueSeq;
    }

    @Override
    public long nowMs() {
      return nowMs;
    }
  }

  private static final class Job {
    long id;
    CustomerOrder order;
    EntityId stockFor;
    int product;
    int variant;
    int units;
    long dueMs;
    int step;
    int state;
    long key;
  }

  @Override
  public void onStart(SimContext ctx) {
    shipping.start(ctx);
    ctx.record(Observation.level(Metrics.AWAITING_MATERIAL_UNITS, 0));
    ctx.record(Observation.level(Metrics.QUEUED_UNITS, 0));
    ctx.record(Observation.level(Metrics.IN_PROCESS_UNITS, 0));
    ctx.record(Observation.level(Metrics.WIP_VALUE_EUR, 0));
    DisruptionPlan plan = network.disruptions();
    long[] starts = plan.siteOutage(site).starts();
    long[] ends = plan.siteOutage(site).ends();
    for (int i = 0; i < starts.length; i++) {
      ctx.schedule(starts[i], new MfgMessage.NodeDown(true));
      ctx.schedule(ends[i], new MfgMessage.NodeDown(false));
    }
    for (DisruptionPlan.Factor loss : plan.capacityLoss(site)) {
      int machines = (int) Math.ceil(loss.value() * machineTypes.length - 1e-9);
      ctx.schedule(loss.fromMs(), new MfgMessage.CapacityLost(machines, true));
      ctx.schedule(loss.toMs(), new MfgMessage.CapacityLost(machines, false));
    }
    report(ctx);
  }

  @Override
  public void onMessage(Message message, SimContext ctx) {
    if (message instanceof MfgMessage.Assign assign) {
      CustomerOrder o = assign.order();
      ctx.record(new Observation.Count(Metrics.RECEIVED_UNITS, o.units()));
      Job job = newJob(o.product(), o.variant(), o.units(), o.dueMs());
      job.order = o;
      customerJobs.put(o.key(), job);
      release(job, ctx);
    } else if (message instanceof MfgMessage.JobFinished done) {
      stepDone(done, ctx);
    } else if (message instanceof MfgMessage.Replenish r) {
      Job job = newJob(r.product(), 0, r.units(), ctx.now());
      job.stockFor = r.dc();
      ctx.record(new Observation.Count(Metrics.REPLENISHMENT_RECEIVED_UNITS, r.units()));
      changeReplenishment(r.units(), ctx);
      release(job, ctx);
    } else if (message instanceof MfgMessage.MachineState state) {
      up[state.machine()] = state.up();
      if (state.up() && !busy[state.machine()] && halts[state.machine()] == 0) {
        pullWork(state.machine(), ctx);
      }
    } else if (message instanceof MfgMessage.NodeDown down) {
      for (int m = 0; m < machineTypes.length; m++) {
        halt(m, down.down() ? 1 : -1, ctx);
      }
    } else if (message instanceof MfgMessage.CapacityLost lost) {
      for (int m = machineTypes.length - lost.machines(); m < machineTypes.length; m++) {
        halt(m, lost.lost() ? 1 : -1, ctx);
      }
    } else if (message instanceof MfgMessage.ComponentsArrived arrived) {
      componentOnHand[arrived.component()] += arrived.units();
      componentOnOrder[arrived.component()] -= arrived.units();
      releaseAwaitingMaterial(ctx);
    } else if (message instanceof MfgMessage.ReportDue) {
      report(ctx);
    } else if (message instanceof MfgMessage.Cancel cancel) {
      cancel(cancel, ctx);
    } else if (message instanceof MfgMessage.ConsolidationDue due) {
      shipping.onTimer(due, ctx);
    } else {
      throw new IllegalArgumentException("a production node does not handle " + message);
    }
  }

  private Job newJob(int product, int variant, int units, long dueMs) {
    Job job = new Job();
    job.id = ++nextJobId;
    job.product = product;
    job.variant = variant;
    job.units = units;
    job.dueMs = dueMs;
    jobs.put(job.id, job);
    return job;
  }

  /** Adds {@code delta} to machine {@code m}'s halts, stopping it at the first and restarting it after the last. */
  private void halt(int m, int delta, SimContext ctx) {
    halts[m] += delta;
    if (delta > 0 && halts[m] == 1) {
      ctx.send(machineIds[m], 0, new MfgMessage.Halt(true));
    } else if (delta < 0 && halts[m] == 0) {
      ctx.send(machineIds[m], 0, new MfgMessage.Halt(false));
      if (up[m] && !busy[m]) {
        pullWork(m, ctx);
      }
    }
  }

  private void report(SimContext ctx) {
    int working = 0;
    for (int m = 0; m < machineTypes.length; m++) {
      if (up[m] && halts[m] == 0) {
        working++;
      }
    }
    ctx.send(platform, network.spec().platform().infoDelayMs(),
        new MfgMessage.Status(site, waitingJobs, working, new int[0]));
    ctx.schedule(network.spec().platform().statusIntervalMs(), MfgMessage.ReportDue.INSTANCE);
  }

  // --- materials ---

  private void release(Job job, SimContext ctx) {
    waitingJobs++;
    addValue(job, 1, ctx);
    int lines = network.bomSize(job.product);
    if (lines == 0) {
      enqueue(job, ctx);
      return;
    }
    for (int i = 0; i < lines; i++) {
      componentNeeded[network.bomComponent(job.product, i)] += (long) network.bomQuantity(job.product, i) * job.units;
    }
    job.state = MATERIAL;
    changeUnits(job, MATERIAL, job.units, ctx);
    awaitingMaterial.addLast(job);
    releaseAwaitingMaterial(ctx);
  }

  private void releaseAwaitingMaterial(SimContext ctx) {
    while (!awaitingMaterial.isEmpty() && hasMaterial(awaitingMaterial.peekFirst())) {
      Job job = awaitingMaterial.pollFirst();
      for (int i = 0; i < network.bomSize(job.product); i++) {
        int component = network.bomComponent(job.product, i);
        long need = (long) network.bomQuantity(job.product, i) * job.units;
        componentOnHand[component] -= need;
        componentNeeded[component] -= need;
      }
      changeUnits(job, MATERIAL, -job.units, ctx);
      enqueue(job, ctx);
    }
    reorderComponents(ctx);
  }

  private boolean hasMaterial(Job job) {
    for (int i = 0; i < network.bomSize(job.product); i++) {
      if (componentOnHand[network.bomComponent(job.product, i)] < (long) network.bomQuantity(job.product, i) * job.units) {
        return false;
      }
    }
    return true;
  }

  private void reorderComponents(SimContext ctx) {
    for (int c = 0; c < componentOnHand.length; c++) {
      long position = componentOnHand[c] + componentOnOrder[c] - componentNeeded[c];
      if (position <= reorderPoint && orderUpTo - position > 0 && (componentNeeded[c] > 0 || orderUpTo > 0)) {
        long qty = orderUpTo - position;
        componentOnOrder[c] += qty;
        int supplier = network.supplierFor(site, c);
        ctx.send(suppliers[supplier], network.spec().platform().orderLatencyMs(),
            new MfgMessage.BuyComponents(ctx.self(), c, (int) Math.min(Integer.MAX_VALUE, qty)));
        ctx.record(Observation.count(Metrics.COMPONENT_ORDERS));
      }
    }
  }

  // --- machines ---

  private void enqueue(Job job, SimContext ctx) {
    Step step = products.get(job.product).routing().get(job.step);
    enqueueSeq++;
    queueView.job = job;
    queueView.stepMeanMs = step.timeMs().mean();
    queueView.nowMs = ctx.now();
    job.key = dispatching.priority(queueView);
    job.state = QUEUED;
    changeUnits(job, QUEUED, job.units, ctx);
    int machine = idleMachineFor(step.process());
    if (machine >= 0) {
      start(machine, job, ctx);
    } else {
      queues[step.process().ordinal()].add(job);
    }
  }

  private int idleMachineFor(ProcessType process) {
    for (int m = 0; m < machineTypes.length; m++) {
      if (!busy[m] && up[m] && halts[m] == 0 && machineTypes[m].can(process)) {
        return m;
      }
    }
    return -1;
  }

  private void start(int machine, Job job, SimContext ctx) {
    if (job.step == 0) {
      waitingJobs--;
    }
    changeUnits(job, QUEUED, -job.units, ctx);
    job.state = AT_MACHINE;
    changeUnits(job, AT_MACHINE, job.units, ctx);
    busy[machine] = true;
    ctx.send(machineIds[machine], 0, new MfgMessage.StartJob(job.id, job.product, job.variant, job.step, job.units));
  }

  private void pullWork(int machine, SimContext ctx) {
    Job best = null;
    TreeSet<Job> from = null;
    for (ProcessType p : machineTypes[machine].capabilities()) {
      TreeSet<Job> q = queues[p.ordinal()];
      if (!q.isEmpty() && (best == null || q.comparator().compare(q.first(), best) < 0)) {
        best = q.first();
        from = q;
      }
    }
    if (best != null) {
      from.pollFirst();
      start(machine, best, ctx);
    }
  }

  private void stepDone(MfgMessage.JobFinished done, SimContext ctx) {
    Job job = jobs.get(done.job());
    busy[done.machine()] = false;
    Step step = products.get(job.product).routing().get(job.step);
    double cost = spec.unitCost(step.process()) * (job.units + done.scrapped());
    ctx.record(Observation.sample(Metrics.PRODUCTION_COST_EUR, cost));
    if (done.scrapped() > 0) {
      ctx.record(new Observation.Count(Metrics.SCRAPPED_UNITS, done.scrapped()));
    }
    changeUnits(job, AT_MACHINE, -job.units, ctx);
    job.step++;
    if (job.step < products.get(job.product).routing().size()) {
      enqueue(job, ctx);
    } else {
      complete(job, ctx);
    }
    if (up[done.machine()] && !busy[done.machine()] && halts[done.machine()] == 0) {
      pullWork(done.machine(), ctx);
    }
  }

  private void complete(Job job, SimContext ctx) {
    jobs.remove(job.id);
    addValue(job, -1, ctx);
    ctx.record(new Observation.Count(Metrics.MADE_UNITS, job.units));
    ctx.record(Observation.byDay(Metrics.MADE_UNITS_BY_DAY, Region.day(ctx.now()), job.units));
    if (job.order != null) {
      customerJobs.remove(job.order.key());
      shipping.ship(job.order, regionOrdinals.of(job.order.region()), ctx);
    } else {
      changeReplenishment(-job.units, ctx);
      ctx.record(new Observation.Count(Metrics.REPLENISHED_UNITS, job.units));
      int dc = sites.indexOf(job.stockFor);
      double kg = job.units * products.get(job.product).weightKg();
      Shipment.dispatch(ctx, network, job.stockFor, List.of(new MfgMessage.StockArrived(job.product, job.units)), kg, 0,
          job.units, network.sourceToDc(dc));
    }
  }

  // --- cancellation ---

  private void cancel(MfgMessage.Cancel cancel, SimContext ctx) {
    long key = CustomerOrder.key(cancel.region(), cancel.seq());
    Job job = customerJobs.get(key);
    if (job == null || job.step > 0 || job.state == AT_MACHINE) {
      return;
    }
    if (job.state == MATERIAL) {
      awaitingMaterial.remove(job);
      for (int i = 0; i < network.bomSize(job.product); i++) {
        componentNeeded[network.bomComponent(job.product, i)] -= (long) network.bomQuantity(job.product, i) * job.units;
      }
      changeUnits(job, MATERIAL, -job.units, ctx);
    } else {
      queues[products.get(job.product).routing().get(0).process().ordinal()].remove(job);
      changeUnits(job, QUEUED, -job.units, ctx);
    }
    waitingJobs--;
    jobs.remove(job.id);
    customerJobs.remove(key);
    addValue(job, -1, ctx);
    ctx.record(new Observation.Count(Metrics.CANCELLED_UNITS, job.units));
    ctx.send(cancel.region(), network.spec().platform().orderLatencyMs(),
        new MfgMessage.OrderLost(cancel.seq(), job.units));
    releaseAwaitingMaterial(ctx);
  }

  // --- levels ---

  private void changeUnits(Job job, int state, long delta, SimContext ctx) {
    if (job.order == null) {
      return;
    }
    levelUnits[state] += delta;
    String metric = state == MATERIAL ? Metrics.AWAITING_MATERIAL_UNITS
        : state == QUEUED ? Metrics.QUEUED_UNITS : Metrics.IN_PROCESS_UNITS;
    ctx.record(Observation.level(metric, levelUnits[state]));
  }

  private void changeReplenishment(long delta, SimContext ctx) {
    replenishmentUnits += delta;
    ctx.record(Observation.level(Metrics.REPLENISHMENT_WIP_UNITS, replenishmentUnits));
  }

  private void addValue(Job job, int sign, SimContext ctx) {
    wipValue += sign * job.units * products.get(job.product).valueEur();
    ctx.record(Observation.level(Metrics.WIP_VALUE_EUR, Math.abs(wipValue) < 1e-9 ? 0 : wipValue));
  }
}
