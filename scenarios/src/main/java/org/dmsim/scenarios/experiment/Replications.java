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
   * @throws SimulationFailure from the first replication (by index) that failed
   */
  public static List<RunResult> run(SimulationPlan plan, EngineKind kind, int threads, long seed, int replications,
      ProgressListener progress) {
    Tally done = new Tally(progress, replications);
    if (kind == EngineKind.ACTORS || threads == 1 || replications == 1) {
      List<RunResult> results = new ArrayList<>(replications);
      try (Engine engine = Engines.create(kind, threads)) {
        for (int rep = 0; rep < replications; rep++) {
          results.add(engine.run(plan, seed, rep));
          done.replicationDone();
        }
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, replications), r -> {
      Thread t = new Thread(r, "dmsim-replication");
      t.setDaemon(true);
      return t;
    });
    try (Engine engine = Engines.create(kind, threads)) {
      List<Future<RunResult>> futures = new ArrayList<>(replications);
      for (int rep = 0; rep < replications; rep++) {
        int r = rep;
        futures.add(pool.submit(() -> {
          RunResult result = engine.run(plan, seed, r);
          done.replicationDone();
          return result;
        }));
      }
      List<RunResult> results = new ArrayList<>(replications);
      for (Future<RunResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SimulationFailure f) {
        throw f;
      }
      throw new SimulationFailure("a replication failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SimulationFailure("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Counts finished replications and tells the listener under one lock. Counting and telling must
   * be one step: with an atomic counter alone, a worker could count 3 of 4 and be overtaken by the
   * one that counts 4 of 4, so the listener heard "4/4" before "3/4", and the console bar, cleared at
   * 4/4, was drawn again and left on screen above the results.
   */
  private static final class Tally {
    private final ProgressListener listener;
    private final int total;
    private int done;

    Tally(ProgressListener listener, int total) {
      this.listener = listener;
      this.total = total;
    }

    synchronized void replicationDone() {
      listener.replicationDone(++done, total);
    }
  }
}
