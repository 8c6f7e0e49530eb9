package org.dmsim.scenarios.experiment;

import org.dmsim.model.result.ExperimentRun;
import java.util.List;
import org.dmsim.sim.engine.SimulationFailure;

/** A run of an experiment failed; carries every run that finished, so that nothing finished is lost. */
public final class ExperimentFailed extends SimulationFailure {
  private final transient List<ExperimentRun> completed;
  private final int planned;

  ExperimentFailed(ReplicationsFailed cause, List<ExperimentRun> completed) {
    super("run " + cause.failedReplication() + " of the experiment failed: " + cause.getMessage(), cause);
    this.completed = List.copyOf(completed);
    this.planned = cause.byJob().size();
  }

  /** How many runs (case × variant × replication) were planned. */
  public int planned() {
    return planned;
  }

  /** The runs that finished. */
  public List<ExperimentRun> completed() {
    return completed;
  }
}
