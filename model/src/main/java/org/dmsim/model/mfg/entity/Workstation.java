package org.dmsim.model.mfg.entity;

import java.util.List;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.event.Message;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.spec.FailureBasis;
import org.dmsim.model.mfg.spec.Failures;
import org.dmsim.model.mfg.spec.MachineType;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.ShiftCalendar;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.model.random.RandomStream;
import org.dmsim.model.time.SimTime;

/**
 * One machine of a production node. It takes one job step at a time from its node: a set-up when
 * the product or variant changes, then each unit's processing time (sampled, divided by the
 * machine's speed); a unit that comes out scrap is counted and made again. Work advances only in
 * the node's shifts. The machine breaks down after a sampled time between failures, counted on
 * operating or calendar time; a job in hand resumes where it stopped once repaired. Its node may
 * halt it (an outage, lost capacity); a halted machine keeps its job and resumes it when restarted.
 *
 * <p>Metrics: {@code busy} (0/1 while it holds a job and is up), {@code down} (0/1), {@code jobs},
 * {@code setups}, {@code breakdowns}, {@code work-ms} (processing done, counted in working time),
 * {@code queue-wait-ms} (one sample per job step taken: how long it waited in the node's queue),
 * {@code waited-jobs} (job steps taken that waited more than 0 ms) and {@code processed-units} (units
 * of the job steps finished).
 */
public final class Workstation implements Entity {
  /** Processing done, ms (counter). */
  public static final String WORK_MS = "work-ms";

  private final List<Product> products;
  private final MachineType type;
  private final ShiftCalendar shifts;
  private final EntityId node;
  private final int index;
  private final Failures failures;
  private RandomStream processing;
  private RandomStream scrap;
  private RandomStream failureTimes;
  private RandomStream repairTimes;
  private boolean up = true;
  private boolean halted;
  private boolean hasJob;
  private long job;
  private int jobUnits;
  private int scrappedInJob;
  private long remainingMs;
  private long segmentStartMs;
  private long epoch;
  private long ttfLeftMs;
  private int lastProduct = -1;
  private int lastVariant = -1;
  /** Jobs taken since the last set-up (or since the start). */
  private int jobsSinceSetup;

  /** Machine number {@code index} (from 0) of {@code node}. */
  public Workstation(List<Product> products, MachineType type, ShiftCalendar shifts, EntityId node, int index) {
    this.products = products;
    this.type = type;
    this.shifts = shifts;
    this.node = node;
    this.index = index;
    this.failures = type.failures().orElse(null);
  }

  @Override
  public void onStart(SimContext ctx) {
    processing = ctx.random("processing");
    ctx.record(new Observation.Daily(Metrics.BUSY, 0));
    if (type.scrapProbability() > 0) {
      scrap = ctx.random("scrap");
    }
    if (failures != null) {
      failureTimes = ctx.random("failure");
      repairTimes = ctx.random("repair");
      ctx.record(Observation.level(Metrics.DOWN, 0));
      drawTimeToFailure(ctx);
    }
  }

  @Override
  public void onMessage(Message message, SimContext ctx) {
    if (message instanceof MfgMessage.StartJob start) {
      take(start, ctx);
    } else if (message instanceof MfgMessage.WorkDone done) {
      if (done.epoch() == epoch) {
        finish(ctx);
      }
    } else if (message instanceof MfgMessage.Breakdown down) {
      if (down.epoch() < 0 || down.epoch() == epoch) {
        breakDown(ctx);
      }
    } else if (message instanceof MfgMessage.Repaired) {
      repaired(ctx);
    } else if (message instanceof MfgMessage.Halt halt) {
      halt(halt.on(), ctx);
    } else {
      throw new IllegalArgumentException("a machine does not handle " + message);
    }
  }

  private void take(MfgMessage.StartJob start, SimContext ctx) {
    if (hasJob) {
      throw new IllegalStateException(ctx.self() + " got job " + start.job() + " while holding job " + job);
    }
    Step step = products.get(start.product()).routing().get(start.step());
    if (!type.can(step.process())) {
      throw new IllegalStateException(ctx.self() + " cannot do " + step.process());
    }
    double work = 0;
    boolean changed = start.product() != lastProduct || start.variant() != lastVariant;
    // a machine's first job needs no set-up
    if (lastProduct >= 0 && step.needsSetup(changed, jobsSinceSetup)) {
      work += step.setup().sample(processing);
      ctx.record(Observation.count(Metrics.SETUPS));
      jobsSinceSetup = 0;
    }
    if (changed) {
      lastProduct = start.product();
      lastVariant = start.variant();
    }
    jobsSinceSetup++;
    int scrapped = 0;
    double speed = type.speed();
    for (int u = 0; u < start.units(); u++) {
      work += step.timeMs().sample(processing) / speed;
      while (scrap != null && scrap.nextDouble() < type.scrapProbability()) {
        scrapped++;
        work += step.timeMs().sample(processing) / speed;
      }
    }
    hasJob = true;
    job = start.job();
    jobUnits = start.units();
    ctx.record(Observation.sample(Metrics.QUEUE_WAIT_MS, start.waitMs()));
    if (start.waitMs() > 0) {
      ctx.record(Observation.count(Metrics.WAITED_JOBS));
    }
    scrappedInJob = scrapped;
    remainingMs = SimTime.roundedDelayMs(work);
    if (up && !halted) {
      begin(ctx);
    }
  }

  private void halt(boolean on, SimContext ctx) {
    if (on == halted) {
      throw new IllegalStateException(ctx.self() + " told to " + (on ? "halt" : "restart") + " twice");
    }
    if (on) {
      if (up && hasJob) {
        pause(ctx);
      }
      halted = true;
    } else {
      halted = false;
      if (up && hasJob) {
        begin(ctx);
      }
    }
  }

  /** Stops the work in hand, keeping what is done; a pending WorkDone or operating Breakdown becomes stale. */
  private void pause(SimContext ctx) {
    epoch++;
    long worked = Math.min(remainingMs, shifts.workBetween(segmentStartMs, ctx.now()));
    remainingMs -= worked;
    ctx.record(new Observation.Count(WORK_MS, worked));
    if (failures != null && failures.basis() == FailureBasis.OPERATING) {
      ttfLeftMs = Math.max(0, ttfLeftMs - worked);
    }
    ctx.record(new Observation.Daily(Metrics.BUSY, 0));
  }

  private void begin(SimContext ctx) {
    long now = ctx.now();
    segmentStartMs = now;
    ctx.record(new Observation.Daily(Metrics.BUSY, 1));
    if (failures != null && failures.basis() == FailureBasis.OPERATING && ttfLeftMs < remainingMs) {
      ctx.schedule(shifts.finish(now, ttfLeftMs) - now, new MfgMessage.Breakdown(epoch));
    } else {
      ctx.schedule(shifts.finish(now, remainingMs) - now, new MfgMessage.WorkDone(epoch));
    }
  }

  private void finish(SimContext ctx) {
    epoch++;
    if (failures != null && failures.basis() == FailureBasis.OPERATING) {
      ttfLeftMs -= remainingMs;
    }
    ctx.record(new Observation.Count(WORK_MS, remainingMs));
    remainingMs = 0;
    hasJob = false;
    ctx.record(Observation.count(Metrics.JOBS));
    ctx.record(new Observation.Count(Metrics.PROCESSED_UNITS, jobUnits));
    ctx.record(new Observation.Daily(Metrics.BUSY, 0));
    ctx.send(node, 0, new MfgMessage.JobFinished(job, index, scrappedInJob));
  }

  private void breakDown(SimContext ctx) {
    if (!up) {
      throw new IllegalStateException(ctx.self() + " broke down while down");
    }
    if (hasJob && !halted) {
      pause(ctx);
    } else {
      epoch++;
    }
    up = false;
    ctx.record(Observation.count(Metrics.BREAKDOWNS));
    ctx.record(Observation.level(Metrics.DOWN, 1));
    ctx.send(node, 0, new MfgMessage.MachineState(index, false));
    ctx.schedule(Math.round(failures.repairMs().sample(repairTimes)), MfgMessage.Repaired.INSTANCE);
  }

  private void repaired(SimContext ctx) {
    up = true;
    ctx.record(Observation.level(Metrics.DOWN, 0));
    ctx.send(node, 0, new MfgMessage.MachineState(index, true));
    drawTimeToFailure(ctx);
    if (hasJob && !halted) {
      begin(ctx);
    }
  }

  private void drawTimeToFailure(SimContext ctx) {
    long ttf = Math.max(1, Math.round(failures.timeBetweenMs().sample(failureTimes)));
    if (failures.basis() == FailureBasis.CALENDAR) {
      ctx.schedule(ttf, new MfgMessage.Breakdown(-1));
    } else {
      ttfLeftMs = ttf;
    }
  }
}
