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

  /** Replication {@code failedReplication} failed with {@code cause}; {@code completed} had finished. */
  public ReplicationsFailed(int failedReplication, List<RunResult> completed, Throwable cause) {
    super("replication " + failedReplication + " failed: " + reason(cause), cause);
    this.failedReplication = failedReplication;
    this.completed = List.copyOf(completed);
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
