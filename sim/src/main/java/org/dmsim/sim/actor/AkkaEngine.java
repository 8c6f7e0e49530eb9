package org.dmsim.sim.actor;

import akka.actor.typed.ActorSystem;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.result.RunResult;
import org.dmsim.sim.engine.Engine;
import org.dmsim.sim.engine.SimulationFailure;

/**
 * The engine in which every node, machine and shipment is an Akka actor. One actor system serves
 * many runs (each run gets its own coordinator, groups, nodes and children); close the engine to
 * stop it. {@link #run} blocks the calling thread — never an engine thread — until the run is done.
 *
 * <p>The wait is never unbounded: a run fails (and its actors are stopped) when an entity throws,
 * when one of its actors is lost, when the actor system stops, or when no time window completes for
 * {@link AkkaEngineSettings#stallTimeout()} — the progress watchdog, whose message names the window
 * and the groups and nodes that have not reported it (docs/engine.md, "When a run fails").
 */
public final class AkkaEngine implements Engine {
  /** The longest the waiting thread sleeps between two looks at a run's progress. */
  private static final long MAX_LOOK_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final AkkaEngineSettings settings;
  private final ActorSystem<EngineGuardian.Command> system;
  private final AtomicLong runs = new AtomicLong();
  /** Outcomes of runs being waited for, failed at once if the actor system stops under them. */
  private final Set<CompletableFuture<RunCoordinator.Outcome>> waiting = ConcurrentHashMap.newKeySet();
  private volatile long lastRunWindows;

  /** An engine with its own actor system configured by {@code settings}. */
  public AkkaEngine(AkkaEngineSettings settings) {
    this.settings = settings;
    this.system = ActorSystem.create(EngineGuardian.create(settings), "dmsim", EngineConfig.of(settings));
    system.getWhenTerminated().thenRun(() -> {
      for (CompletableFuture<RunCoordinator.Outcome> outcome : waiting) {
        outcome.completeExceptionally(new SimulationFailure(
            "the actor system stopped before the run ended (the engine was closed, or Akka met a fatal error:"
                + " see the log)"));
      }
    });
  }

  @Override
  public RunResult run(SimulationPlan plan, long seed, int replication) {
    RunProgress progress = new RunProgress(plan, settings.groupsFor(plan.nodes().size()));
    CompletableFuture<RunCoordinator.Outcome> outcome = new CompletableFuture<>();
    long run = runs.incrementAndGet();
    waiting.add(outcome);
    try {
      // Checked after joining the waiting set, so that a system stopping now fails this outcome either here
      // or in the termination hook.
      if (system.getWhenTerminated().toCompletableFuture().isDone()) {
        throw new SimulationFailure("the actor engine is closed: its actor system has stopped");
      }
      system.tell(new EngineGuardian.StartRun(run, plan, seed, replication, progress, outcome));
      RunCoordinator.Outcome o = await(run, outcome, progress);
      lastRunWindows = o.windows();
      return o.result();
    } finally {
      waiting.remove(outcome);
    }
  }

  /**
   * Waits for {@code outcome} while the run makes progress. The wait is cut into looks at most a second
   * apart (a tenth of the limit when that is shorter), and the run is declared stuck after enough looks
   * in a row without progress to cover the whole limit: each timed wait lasts at least its slice, so the
   * run has then been quiet for at least the limit. Counting slices rather than reading a clock keeps the
   * wall clock out of the engine (STYLE.md).
   */
  private RunCoordinator.Outcome await(long run, CompletableFuture<RunCoordinator.Outcome> outcome,
      RunProgress progress) {
    Duration limit = settings.stallTimeout();
    try {
      if (limit.isZero()) {
        return outcome.get();
      }
      long sliceNanos = Math.max(1, Math.min(MAX_LOOK_NANOS, limit.toNanos() / 10));
      long quietLooksAllowed = (limit.toNanos() + sliceNanos - 1) / sliceNanos;
      long seen = progress.steps();
      long quietLooks = 0;
      while (true) {
        try {
          return outcome.get(sliceNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException stillRunning) {
          long now = progress.steps();
          if (now != seen) {
            seen = now;
            quietLooks = 0;
          } else if (++quietLooks >= quietLooksAllowed && !outcome.isDone()) {
            String diagnosis = progress.diagnose(limit);
            system.tell(new EngineGuardian.AbortRun(run, diagnosis));
            throw new SimulationFailure(diagnosis);
          }
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      VirtualMachineError fatal = progress.fatalError();
      if (fatal != null) {
        // The run has failed and its actors have stopped: now hand the VM's error to the caller as it is.
        if (cause instanceof SimulationFailure f && fatal.getSuppressed().length == 0) {
          fatal.addSuppressed(f);
        }
        throw fatal;
      }
      if (cause instanceof SimulationFailure f) {
        throw new SimulationFailure(f.getMessage(), f);
      }
      throw new SimulationFailure("the actor engine failed: " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      system.tell(new EngineGuardian.AbortRun(run, "the waiting thread was interrupted"));
      throw new SimulationFailure("interrupted while waiting for the run", e);
    }
  }

  /** The number of time windows the last completed run took. */
  public long lastRunWindows() {
    return lastRunWindows;
  }

  /** The settings this engine runs with. */
  public AkkaEngineSettings settings() {
    return settings;
  }

  @Override
  public String describe() {
    return "actors (threads " + settings.threads() + ", groups " + settings.groups() + ", throughput "
        + settings.throughput() + (settings.serializeMessages() ? ", serialize-messages on" : "") + ")";
  }

  /**
   * Stops the actor system and waits for it. The wait is bounded by the stall timeout (at least 10 s):
   * an entity stuck for ever in its own code holds its thread, and no actor system can stop that — the
   * run it belonged to has already failed with the watchdog's diagnosis.
   */
  @Override
  public void close() {
    system.terminate();
    long limitMs = Math.max(10_000, settings.stallTimeout().toMillis());
    try {
      system.getWhenTerminated().toCompletableFuture().get(limitMs, TimeUnit.MILLISECONDS);
    } catch (TimeoutException stuck) {
      // Nothing more can be done: see above.
    } catch (ExecutionException e) {
      throw new IllegalStateException("the actor system failed to stop", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
