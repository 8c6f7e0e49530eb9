package org.dmsim.scenarios.experiment;

import java.util.ArrayList;
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
 * Runs replications {@code 0..n-1} of a plan. The sequential engine runs up to {@code threads}
 * replications at once, one per thread; the actor engine runs them one after another, each using
 * all {@code threads} of its dispatcher. Results come back in replication order either way.
 */
public final class Replications {
  private Replications() {}

  /**
   * Runs the replications.
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
    int done = 0;
    if (kind == EngineKind.ACTORS || threads == 1 || replications == 1) {
      List<RunResult> results = new ArrayList<>(replications);
      try (Engine engine = Engines.create(kind, threads, fuseChildren)) {
        for (int rep = 0; rep < replications; rep++) {
          try {
            results.add(engine.run(plan, seed, rep));
          } catch (RuntimeException e) {
            throw new ReplicationsFailed(rep, results, e);
          }
          progress.replicationDone(++done, replications);
        }
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, replications), r -> {
      Thread t = new Thread(r, "dmsim-replication");
      t.setDaemon(true);
      return t;
    });
    Object lock = new Object();
    int[] finished = new int[1];
    try (Engine engine = Engines.create(kind, threads, fuseChildren)) {
      List<Future<RunResult>> futures = new ArrayList<>(replications);
      for (int rep = 0; rep < replications; rep++) {
        int r = rep;
        futures.add(pool.submit(() -> {
          RunResult result = engine.run(plan, seed, r);
          // count and report in one step, so that the bar never hears 4/4 before 3/4
          synchronized (lock) {
            progress.replicationDone(++finished[0], replications);
          }
          return result;
        }));
      }
      List<RunResult> results = new ArrayList<>(replications);
      int failed = -1;
      Throwable cause = null;
      for (int rep = 0; rep < replications; rep++) {
        try {
          results.add(futures.get(rep).get());
        } catch (ExecutionException e) {
          if (failed < 0) {
            failed = rep;
            cause = e.getCause();
          }
        }
      }
      if (failed >= 0) {
        throw new ReplicationsFailed(failed, results, cause);
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SimulationFailure("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
