package org.dmsim.model.mfg.entity;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.function.BiConsumer;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.mfg.compile.Network;

/**
 * A production node's order intake: turns customer orders and replenishment orders into jobs and
 * releases each to the machine queues once its components are taken from stock — jobs short of
 * material wait first come, first served. Keeps the node's open jobs by id and customer jobs by
 * order key (looked up only, never iterated, so hash order cannot reach results).
 */
final class JobRelease {
  private final Network network;
  private final ComponentPurchasing purchasing;
  private final WipLevels levels;
  private final BiConsumer<ProductionJob, SimContext> toQueue;
  private final ArrayDeque<ProductionJob> awaitingMaterial = new ArrayDeque<>();
  private final HashMap<Long, ProductionJob> jobs = new HashMap<>();
  private final HashMap<Long, ProductionJob> customerJobs = new HashMap<>();
  private long nextJobId;
  private int waitingJobs;

  /** Releases jobs into {@code toQueue} (the node's first routing step). */
  JobRelease(Network network, ComponentPurchasing purchasing, WipLevels levels,
      BiConsumer<ProductionJob, SimContext> toQueue) {
    this.network = network;
    this.purchasing = purchasing;
    this.levels = levels;
    this.toQueue = toQueue;
  }

  /** A new job for customer order {@code o}. */
  ProductionJob customerJob(CustomerOrder o) {
    ProductionJob job = newJob(o.product(), o.variant(), o.units(), o.dueMs());
    job.order = o;
    customerJobs.put(o.key(), job);
    return job;
  }

  /** A new job for a replenishment lot, due when ordered. */
  ProductionJob replenishmentJob(MfgMessage.Replenish r, long nowMs) {
    ProductionJob job = newJob(r.product(), 0, r.units(), nowMs);
    job.stockFor = r.dc();
    return job;
  }

  private ProductionJob newJob(int product, int variant, int units, long dueMs) {
    ProductionJob job = new ProductionJob();
    job.id = ++nextJobId;
    job.product = product;
    job.variant = variant;
    job.units = units;
    job.dueMs = dueMs;
    jobs.put(job.id, job);
    return job;
  }

  /** The open job {@code id}. */
  ProductionJob job(long id) {
    return jobs.get(id);
  }

  /** Jobs released and not yet started on a machine, as the node reports them. */
  int waitingJobs() {
    return waitingJobs;
  }

  /** Releases {@code job}: straight to its queue when it needs no components, else once they are on hand. */
  void release(ProductionJob job, SimContext ctx) {
    waitingJobs++;
    levels.addValue(job, 1, ctx);
    if (network.bomSize(job.product) == 0) {
      toQueue.accept(job, ctx);
      return;
    }
    purchasing.need(job.product, job.units);
    job.state = ProductionJob.MATERIAL;
    levels.changeUnits(job, ProductionJob.MATERIAL, job.units, ctx);
    awaitingMaterial.addLast(job);
    releaseAwaitingMaterial(ctx);
  }

  /** Releases the waiting jobs, first come first served, while their components are on hand; then reorders. */
  void releaseAwaitingMaterial(SimContext ctx) {
    while (!awaitingMaterial.isEmpty() && purchasing.onHandFor(awaitingMaterial.peekFirst().product,
        awaitingMaterial.peekFirst().units)) {
      ProductionJob job = awaitingMaterial.pollFirst();
      purchasing.take(job.product, job.units);
      levels.changeUnits(job, ProductionJob.MATERIAL, -job.units, ctx);
      toQueue.accept(job, ctx);
    }
    purchasing.reorder(ctx);
  }

  /** {@code job} starts on a machine. */
  void started(ProductionJob job) {
    if (job.step == 0 && !job.begun) {
      waitingJobs--;
    }
    job.begun = true;
  }

  /** {@code job} went through its whole routing. */
  void finished(ProductionJob job) {
    jobs.remove(job.id);
    if (job.order != null) {
      customerJobs.remove(job.order.key());
    }
  }

  /** The customer job of order {@code key} if it can still be cancelled: it has not started its routing. */
  ProductionJob cancellable(long key) {
    ProductionJob job = customerJobs.get(key);
    return job == null || job.step > 0 || job.begun || job.state == ProductionJob.AT_MACHINE ? null : job;
  }

  /** Withdraws a cancelled job; one waiting in a machine queue must already be out of it. */
  void withdraw(ProductionJob job, SimContext ctx) {
    if (job.state == ProductionJob.MATERIAL) {
      awaitingMaterial.remove(job);
      purchasing.unneed(job.product, job.units);
      levels.changeUnits(job, ProductionJob.MATERIAL, -job.units, ctx);
    }
    waitingJobs--;
    jobs.remove(job.id);
    customerJobs.remove(job.order.key());
    levels.addValue(job, -1, ctx);
  }
}
