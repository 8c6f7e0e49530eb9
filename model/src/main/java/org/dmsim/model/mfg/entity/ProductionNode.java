package org.dmsim.model.mfg.entity;

import java.util.Comparator;
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
import org.dmsim.model.mfg.spec.MachineType;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.model.random.RandomStream;

/**
 * A plant or microfactory. Customer orders (from the platform) and replenishment orders (from
 * distribution centres) become jobs ({@link JobRelease}); a job first takes its components from stock
 * ({@link ComponentPurchasing}, which also buys them from suppliers under the node's replenishment
 * rule), then goes through its routing, each step queued for a capable machine in the order of the
 * node's dispatch rule (built in: FIFO, EDD, SPT) and given to the lowest-numbered idle capable machine
 * that is up. A finished job is shipped ({@link FinishedGoods}): a customer job to its region, a
 * replenishment to its distribution centre. Work-in-process levels are kept by {@link WipLevels}. The
 * node reports its status to the platform at a fixed interval.
 */
public final class ProductionNode implements Entity {
  private final Network network;
  private final int site;
  private final NodeSpec spec;
  private final List<Product> products;
  private final EntityId platform;
  private final EntityId[] machineIds;
  private final MachineType[] machineTypes;
  private final boolean[] busy;
  private final boolean[] up;
  private final int[] halts;
  private final TreeSet<ProductionJob>[] queues;
  private final DispatchRule dispatching;
  private final QueueView queueView = new QueueView();
  private final WipLevels levels;
  private final ComponentPurchasing purchasing;
  private final JobRelease intake;
  private final FinishedGoods finished;
  private long enqueueSeq;
  /** The draws of the steps' rework; null when no routing reworks. */
  private RandomStream rework;

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
    this.busy = new boolean[machineTypes.length];
    this.up = new boolean[machineTypes.length];
    this.halts = new int[machineTypes.length];
    java.util.Arrays.fill(up, true);
    Comparator<ProductionJob> order = Comparator.<ProductionJob>comparingLong(j -> j.key).thenComparingLong(j -> j.id);
    this.queues = new TreeSet[ProcessType.values().length];
    for (int p = 0; p < queues.length; p++) {
      queues[p] = new TreeSet<>(order);
    }
    this.levels = new WipLevels(products);
    this.purchasing = new ComponentPurchasing(network, site, suppliers.toArray(new EntityId[0]), spec.componentStock());
    this.intake = new JobRelease(network, purchasing, levels, this::enqueue);
    this.finished = new FinishedGoods(network, site, sites, regions, levels);
  }

  /** The job entering a queue, as the dispatch rule sees it; reused. */
  private final class QueueView implements DispatchRule.Job {
    private ProductionJob job;
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

  @Override
  public void onStart(SimContext ctx) {
    if (products.stream().anyMatch(p -> p.routing().stream().anyMatch(s -> s.rework().any()))) {
      // only when a routing reworks: a stream that is never created leaves every other draw as it was
      rework = ctx.random("rework");
    }
    finished.start(ctx);
    levels.start(ctx);
    DisruptionPlan plan = network.disruptions();
    SiteOutages.schedule(plan, site, ctx);
    purchasing.scheduleSwitches(ctx);
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
      intake.release(intake.customerJob(o), ctx);
    } else if (message instanceof MfgMessage.JobFinished done) {
      stepDone(done, ctx);
    } else if (message instanceof MfgMessage.Replenish r) {
      ProductionJob job = intake.replenishmentJob(r, ctx.now());
      ctx.record(new Observation.Count(Metrics.REPLENISHMENT_RECEIVED_UNITS, r.units()));
      levels.changeReplenishment(r.units(), ctx);
      intake.release(job, ctx);
    } else if (message instanceof MfgMessage.MachineState state) {
      up[state.machine()] = state.up();
      if (state.up() && !busy[state.machine()] && halts[state.machine()] == 0) {
        pullWork(state.machine(), ctx);
      }
    } else if (message instanceof MfgMessage.NodeDown down) {
      for (int m = 0; m < machineTypes.length; m++) {
        halt(m, down.down() ? 1 : -1, ctx);
      }
    } else if (message instanceof MfgMessage.SourceSwitch sourceSwitch) {
      purchasing.switchSource(sourceSwitch, ctx);
    } else if (message instanceof MfgMessage.CapacityLost lost) {
      for (int m = machineTypes.length - lost.machines(); m < machineTypes.length; m++) {
        halt(m, lost.lost() ? 1 : -1, ctx);
      }
    } else if (message instanceof MfgMessage.ComponentsArrived arrived) {
      purchasing.arrived(arrived.component(), arrived.units());
      intake.releaseAwaitingMaterial(ctx);
    } else if (message instanceof MfgMessage.ReportDue) {
      report(ctx);
    } else if (message instanceof MfgMessage.Cancel cancel) {
      cancel(cancel, ctx);
    } else if (message instanceof MfgMessage.ConsolidationDue due) {
      finished.onTimer(due, ctx);
    } else {
      throw new IllegalArgumentException("a production node does not handle " + message);
    }
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
        new MfgMessage.Status(site, intake.waitingJobs(), working, new int[0]));
    ctx.schedule(network.spec().platform().statusIntervalMs(), MfgMessage.ReportDue.INSTANCE);
  }

  // --- machines ---

  private void enqueue(ProductionJob job, SimContext ctx) {
    Step step = products.get(job.product).routing().get(job.step);
    enqueueSeq++;
    queueView.job = job;
    queueView.stepMeanMs = step.timeMs().mean();
    queueView.nowMs = ctx.now();
    job.key = dispatching.priority(queueView);
    job.state = ProductionJob.QUEUED;
    job.queuedAtMs = ctx.now();
    levels.changeUnits(job, ProductionJob.QUEUED, job.units, ctx);
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

  private void start(int machine, ProductionJob job, SimContext ctx) {
    intake.started(job);
    levels.changeUnits(job, ProductionJob.QUEUED, -job.units, ctx);
    job.state = ProductionJob.AT_MACHINE;
    levels.changeUnits(job, ProductionJob.AT_MACHINE, job.units, ctx);
    busy[machine] = true;
    ctx.send(machineIds[machine], 0, new MfgMessage.StartJob(job.id, job.product, job.variant, job.step, job.units,
        ctx.now() - job.queuedAtMs));
  }

  private void pullWork(int machine, SimContext ctx) {
    ProductionJob best = null;
    TreeSet<ProductionJob> from = null;
    for (ProcessType p : machineTypes[machine].capabilities()) {
      TreeSet<ProductionJob> q = queues[p.ordinal()];
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
    ProductionJob job = intake.job(done.job());
    busy[done.machine()] = false;
    Step step = products.get(job.product).routing().get(job.step);
    double cost = spec.unitCost(step.process()) * (job.units + done.scrapped());
    ctx.record(Observation.sample(Metrics.PRODUCTION_COST_EUR, cost));
    if (done.scrapped() > 0) {
      ctx.record(new Observation.Count(Metrics.SCRAPPED_UNITS, done.scrapped()));
    }
    levels.changeUnits(job, ProductionJob.AT_MACHINE, -job.units, ctx);
    if (step.rework().any() && rework.nextDouble() < step.rework().probability()) {
      ctx.record(new Observation.Count(Metrics.REWORKED_UNITS, job.units));
      job.step = step.rework().toStep();
    } else {
      job.step++;
    }
    if (job.step < products.get(job.product).routing().size()) {
      enqueue(job, ctx);
    } else {
      complete(job, ctx);
    }
    if (up[done.machine()] && !busy[done.machine()] && halts[done.machine()] == 0) {
      pullWork(done.machine(), ctx);
    }
  }

  private void complete(ProductionJob job, SimContext ctx) {
    intake.finished(job);
    levels.addValue(job, -1, ctx);
    ctx.record(new Observation.Count(Metrics.MADE_UNITS, job.units));
    ctx.record(Observation.byDay(Metrics.MADE_UNITS_BY_DAY, Region.day(ctx.now()), job.units));
    finished.ship(job, ctx);
  }

  // --- cancellation ---

  private void cancel(MfgMessage.Cancel cancel, SimContext ctx) {
    ProductionJob job = intake.cancellable(CustomerOrder.key(cancel.region(), cancel.seq()));
    if (job == null) {
      return;
    }
    if (job.state == ProductionJob.QUEUED) {
      queues[products.get(job.product).routing().get(0).process().ordinal()].remove(job);
      levels.changeUnits(job, ProductionJob.QUEUED, -job.units, ctx);
    }
    intake.withdraw(job, ctx);
    ctx.record(new Observation.Count(Metrics.CANCELLED_UNITS, job.units));
    ctx.send(cancel.region(), network.spec().platform().orderLatencyMs(),
        new MfgMessage.OrderLost(cancel.seq(), job.units));
    intake.releaseAwaitingMaterial(ctx);
  }
}
