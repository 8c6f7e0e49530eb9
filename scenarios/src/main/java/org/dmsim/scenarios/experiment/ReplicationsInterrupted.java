package org.dmsim.scenarios.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dmsim.model.result.RunResult;
import org.dmsim.sim.engine.SimulationFailure;

/**
 * A batch of runs was stopped by a {@link Cancellation} before every job had finished. Carries the jobs
 * that did finish, so that the caller can write them and say how many of how many were kept.
 */
public final class ReplicationsInterrupted extends SimulationFailure {
  private final transient List<RunResult> byJob;
  private final int finished;

  /** {@code results} holds, at each job's index, its result if it finished and {@code null} otherwise. */
  public ReplicationsInterrupted(String reason, List<RunResult> results) {
    super(reason + ": " + count(results) + " of " + results.size() + " runs finished");
    this.byJob = Collections.unmodifiableList(new ArrayList<>(results));
    this.finished = count(results);
  }

  private static int count(List<RunResult> results) {
    int n = 0;
    for (RunResult r : results) {
      n += r != null ? 1 : 0;
    }
    return n;
  }

  /** Every job's result at its index, {@code null} where it did not finish. */
  public List<RunResult> byJob() {
    return byJob;
  }

  /** The runs that finished, in job order. */
  public List<RunResult> completed() {
    List<RunResult> done = new ArrayList<>();
    for (RunResult r : byJob) {
      if (r != null) {
        done.add(r);
      }
    }
    return List.copyOf(done);
  }

  /** How many runs finished. */
  public int finished() {
    return finished;
  }

  /** How many runs were planned. */
  public int planned() {
    return byJob.size();
  }
}
