package org.dmsim.scenarios.experiment;

import java.util.List;
import org.dmsim.model.result.RunResult;
import org.dmsim.sim.engine.SimulationFailure;

/**
 * A replication failed. Carries the replications that did finish, in replication order, so that a
 * long experiment that fails keeps what it had finished.
 */
public final class ReplicationsFailed extends SimulationFailure {
  private final int failedReplication;
  private final transient List<RunResult> completed;
  private final transient List<RunResult> byJob;

  /**
   * Job {@code failedReplication} failed with {@code cause}; {@code results} holds, at each job's index,
   * its result if it finished and {@code null} otherwise.
   */
  public ReplicationsFailed(int failedReplication, List<RunResult> results, Throwable cause) {
    super("replication " + failedReplication + " failed: " + reason(cause), cause);
    this.failedReplication = failedReplication;
    List<RunResult> done = new java.util.ArrayList<>();
    for (RunResult r : results) {
      if (r != null) {
        done.add(r);
      }
    }
    this.completed = List.copyOf(done);
    this.byJob = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(results));
  }

  /** Every job's result at its index, {@code null} where it did not finish. */
  public List<RunResult> byJob() {
    return byJob;
  }

  private static String reason(Throwable cause) {
    return cause instanceof SimulationFailure ? cause.getMessage() : String.valueOf(cause);
  }

  /** The index of the (first) failed replication. */
  public int failedReplication() {
    return failedReplication;
  }

  /** The replications that finished, in replication order. */
  public List<RunResult> completed() {
    return completed;
  }
}
