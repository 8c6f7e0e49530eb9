package org.dmsim.scenarios.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.result.RunResult;
import org.dmsim.sim.engine.Engine;
import org.dmsim.sim.engine.EngineKind;
import org.dmsim.sim.engine.Engines;
import org.dmsim.sim.engine.SimulationFailure;

/**
 * Runs simulation jobs — replications of one plan, or the variants × cases × replications of an
 * experiment. The sequential engine runs up to {@code threads} jobs at once, one per thread; the actor
 * engine runs them one after another, each using all {@code threads} of its dispatcher. Results come
 * back in job order either way.
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
   * Runs {@code jobs}; returns their results in job order.
   *
   * @throws ReplicationsFailed naming the first job (by index) that failed and carrying every job that
   *     finished ({@link ReplicationsFailed#byJob()} keeps them at their job's index)
   */
  public static List<RunResult> runAll(List<Job> jobs, EngineKind kind, int threads, boolean fuseChildren,
      ProgressListener progress) {
    int total = jobs.size();
    RunResult[] results = new RunResult[total];
    if (kind == EngineKind.ACTORS || threads == 1 || total == 1) {
      int done = 0;
      try (Engine engine = Engines.create(kind, threads, fuseChildren)) {
        for (int i = 0; i < total; i++) {
          Job job = jobs.get(i);
          try {
            results[i] = engine.run(job.plan(), job.seed(), job.replication());
          } catch (RuntimeException e) {
            throw new ReplicationsFailed(i, Arrays.asList(results), e);
          }
          progress.replicationDone(++done, total);
        }
      }
      return List.of(results);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, total), r -> {
      Thread t = new Thread(r, "dmsim-replication");
      t.setDaemon(true);
      return t;
    });
    Object lock = new Object();
    int[] finished = new int[1];
    try (Engine engine = Engines.create(kind, threads, fuseChildren)) {
      List<Future<RunResult>> futures = new ArrayList<>(total);
      for (Job job : jobs) {
        futures.add(pool.submit(() -> {
          RunResult result = engine.run(job.plan(), job.seed(), job.replication());
          // count and report in one step, so that the bar never hears 4/4 before 3/4
          synchronized (lock) {
            progress.replicationDone(++finished[0], total);
          }
          return result;
        }));
      }
      int failed = -1;
      Throwable cause = null;
      for (int i = 0; i < total; i++) {
        try {
          results[i] = futures.get(i).get();
        } catch (ExecutionException e) {
          if (failed < 0) {
            failed = i;
            cause = e.getCause();
          }
        }
      }
      if (failed >= 0) {
        throw new ReplicationsFailed(failed, Arrays.asList(results), cause);
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
