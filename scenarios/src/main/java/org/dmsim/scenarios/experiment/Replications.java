package org.dmsim.scenarios.experiment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.result.RunResult;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.scenarios.run.CompiledRun;
import org.dmsim.scenarios.run.RunCompiler;
import org.dmsim.scenarios.run.RunDescription;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.sim.engine.Engine;
import org.dmsim.sim.engine.EngineKind;
import org.dmsim.sim.engine.Engines;
import org.dmsim.sim.engine.SimulationFailure;

/**
 * Runs simulation jobs — replications of one plan, or the variants × cases × replications of an
 * experiment. Up to {@code threads} jobs run at once, each worker with an engine of its own: on the
 * actor engine an actor system with {@code threads / workers} threads, so a single job gets all of
 * them and many jobs get one each (independent replications scale better than the windows of one
 * run). Results come back in job order, identical whatever the thread count.
 */
public final class Replications {
  private Replications() {}

  /** One run: {@code plan} with {@code seed} and replication index {@code replication}. */
  public record Job(SimulationPlan plan, long seed, int replication) {}

  /**
   * Runs replications {@code 0..n-1} of {@code plan}.
   *
   * @throws ReplicationsFailed naming the first replication (by index) that failed and carrying every
   *     replication that finished
   */
  public static List<RunResult> run(SimulationPlan plan, EngineKind kind, int threads, long seed, int replications,
      ProgressListener progress) {
    return run(plan, kind, threads, false, seed, replications, progress);
  }

  /**
   * Runs the replications; with {@code fuseChildren} the actor engine hosts child entities inside
   * their node (same results, see {@code AkkaEngineSettings.fuseChildren}).
   *
   * @throws ReplicationsFailed naming the first replication (by index) that failed and carrying every
   *     replication that finished
   */
  public static List<RunResult> run(SimulationPlan plan, EngineKind kind, int threads, boolean fuseChildren,
      long seed, int replications, ProgressListener progress) {
    List<Job> jobs = new ArrayList<>(replications);
    for (int rep = 0; rep < replications; rep++) {
      jobs.add(new Job(plan, seed, rep));
    }
    return runAll(jobs, kind, threads, fuseChildren, progress);
  }

  /**
   * The runs of a scenario: one plan for every replication, or, for a scenario with disruption
   * generators, each replication with its own disruption schedule.
   */
  public static List<Job> jobs(org.dmsim.scenarios.yaml.Scenario scenario, long seed, int replications) {
    List<Job> jobs = new java.util.ArrayList<>();
    boolean perReplication = !scenario.disruptionGenerators().isEmpty();
    SimulationPlan shared = perReplication ? null : scenario.network().plan();
    for (int rep = 0; rep < replications; rep++) {
      jobs.add(new Job(perReplication ? scenario.manufacturingFor(seed, rep).plan() : shared, seed, rep));
    }
    return jobs;
  }

  /**
   * The runs of {@code descriptions}, each compiled from its description alone ({@link RunCompiler}).
   *
   * @throws IllegalArgumentException when a description's documents do not make a valid scenario, with
   *     its problems
   */
  public static List<Job> jobs(List<RunDescription> descriptions) {
    List<Job> jobs = new ArrayList<>(descriptions.size());
    for (RunDescription d : descriptions) {
      CompiledRun run;
      try {
        run = RunCompiler.compile(d);
      } catch (ScenarioException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      jobs.add(new Job(run.plan(), d.seed(), d.replication()));
    }
    return jobs;
  }

  /**
   * Runs {@code jobs}; returns their results in job order.
   *
   * @throws ReplicationsFailed naming the first job (by index) that failed and carrying every job that
   *     finished ({@link ReplicationsFailed#byJob()} keeps them at their job's index)
   */
  public static List<RunResult> runAll(List<Job> jobs, EngineKind kind, int threads, boolean fuseChildren,
      ProgressListener progress) {
    return runAll(jobs, kind, threads, fuseChildren, AkkaEngineSettings.DEFAULT_STALL_TIMEOUT, progress);
  }

  /**
   * Runs {@code jobs} as {@link #runAll(List, EngineKind, int, boolean, ProgressListener)}; the actor
   * engine fails a run in which no time window completes for {@code stallTimeout} of wall time.
   *
   * @throws ReplicationsFailed naming the first job (by index) that failed and carrying every job that
   *     finished ({@link ReplicationsFailed#byJob()} keeps them at their job's index)
   */
  public static List<RunResult> runAll(List<Job> jobs, EngineKind kind, int threads, boolean fuseChildren,
      Duration stallTimeout, ProgressListener progress) {
    return runAll(jobs, kind, threads, fuseChildren, stallTimeout, progress, Cancellation.never());
  }

  /**
   * Runs {@code jobs} as {@link #runAll(List, EngineKind, int, boolean, Duration, ProgressListener)}, until
   * {@code cancel} is requested: then no further job starts, the runs in progress are interrupted (the
   * actor engine aborts them; the sequential engine stops within a few thousand events), each engine is
   * closed (an actor system terminates), and the jobs that finished are handed back.
   *
   * @throws ReplicationsInterrupted when {@code cancel} was requested before every job finished, carrying
   *     the jobs that did (a run that fails because it was interrupted is not a failure)
   * @throws ReplicationsFailed naming the first job (by index) that failed and carrying every job that
   *     finished
   */
  public static List<RunResult> runAll(List<Job> jobs, EngineKind kind, int threads, boolean fuseChildren,
      Duration stallTimeout, ProgressListener progress, Cancellation cancel) {
    return runAll(jobs, kind, threads, fuseChildren, stallTimeout, progress, cancel, (job, result) -> { });
  }

  /** Hears of each job's result as soon as it finishes, on the thread that ran it. */
  @FunctionalInterface
  public interface ResultListener {
    /** Job {@code job} (its index) finished with {@code result}. */
    void finished(int job, RunResult result);
  }

  /**
   * Runs {@code jobs} as {@link #runAll(List, EngineKind, int, boolean, Duration, ProgressListener,
   * Cancellation)}, telling {@code listener} of each result as it comes (before the progress listener);
   * an exception from the listener fails the batch.
   */
  public static List<RunResult> runAll(List<Job> jobs, EngineKind kind, int threads, boolean fuseChildren,
      Duration stallTimeout, ProgressListener progress, Cancellation cancel, ResultListener listener) {
    int total = jobs.size();
    int workers = Math.min(threads, total);
    RunResult[] results = new RunResult[total];
    if (workers <= 1) {
      int done = 0;
      try (Engine engine = Engines.create(kind, threads, fuseChildren, stallTimeout)) {
        for (int i = 0; i < total; i++) {
          Job job = jobs.get(i);
          if (!cancel.enter()) {
            throw new ReplicationsInterrupted(cancel.reason(), Arrays.asList(results));
          }
          try {
            results[i] = engine.run(job.plan(), job.seed(), job.replication());
          } catch (RuntimeException e) {
            cancel.leave();
            if (cancel.requested()) {
              throw new ReplicationsInterrupted(cancel.reason(), Arrays.asList(results));
            }
            throw new ReplicationsFailed(i, Arrays.asList(results), e);
          }
          cancel.leave();
          listener.finished(i, results[i]);
          progress.replicationDone(++done, total);
        }
      }
      return List.of(results);
    }
    // Each worker owns an engine (on the actor engine: an actor system of its own, with its share of the
    // threads) and takes the next job in job order; every job is tried even after one has failed.
    int threadsEach = Math.max(1, threads / workers);
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "dmsim-replication");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger next = new AtomicInteger();
    Throwable[] failures = new Throwable[total];
    Object lock = new Object();
    int[] finished = new int[1];
    try {
      List<Future<?>> running = new ArrayList<>(workers);
      for (int w = 0; w < workers; w++) {
        running.add(pool.submit(() -> {
          if (cancel.requested()) {
            return null;
          }
          try (Engine engine = Engines.create(kind, threadsEach, fuseChildren, stallTimeout)) {
            for (int i = next.getAndIncrement(); i < total && cancel.enter(); i = next.getAndIncrement()) {
              Job job = jobs.get(i);
              try {
                results[i] = engine.run(job.plan(), job.seed(), job.replication());
              } catch (RuntimeException e) {
                cancel.leave();
                if (!cancel.requested()) {
                  failures[i] = e;
                }
                continue;
              }
              cancel.leave();
              listener.finished(i, results[i]);
              // count and report in one step, so that the bar never hears 4/4 before 3/4
              synchronized (lock) {
                progress.replicationDone(++finished[0], total);
              }
            }
          }
          return null;
        }));
      }
      Throwable broken = null;
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          broken = broken == null ? e.getCause() : broken;
        }
      }
      for (int i = 0; i < total; i++) {
        if (failures[i] != null) {
          throw new ReplicationsFailed(i, Arrays.asList(results), failures[i]);
        }
      }
      if (cancel.requested() && Arrays.asList(results).contains(null)) {
        throw new ReplicationsInterrupted(cancel.reason(), Arrays.asList(results));
      }
      for (int i = 0; i < total; i++) {
        if (results[i] == null) {
          throw new ReplicationsFailed(i, Arrays.asList(results), failures[i] != null ? failures[i] : broken);
        }
      }
      return List.of(results);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SimulationFailure("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
