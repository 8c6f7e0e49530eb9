package org.dmsim.scenarios.experiment;

import java.util.List;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.sim.engine.SimulationFailure;

/** An experiment was stopped by a {@link Cancellation}; carries the runs that finished and how many were planned. */
public final class ExperimentInterrupted extends SimulationFailure {
  private final transient List<ExperimentRun> completed;
  private final int planned;

  ExperimentInterrupted(ReplicationsInterrupted cause, List<ExperimentRun> completed) {
    super(cause.getMessage(), cause);
    this.completed = List.copyOf(completed);
    this.planned = cause.planned();
  }

  /** The runs that finished, in case, variant, replication order. */
  public List<ExperimentRun> completed() {
    return completed;
  }

  /** How many runs (case × variant × replication) were planned. */
  public int planned() {
    return planned;
  }
}
