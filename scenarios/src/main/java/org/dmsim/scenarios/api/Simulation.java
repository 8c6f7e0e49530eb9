package org.dmsim.scenarios.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmsim.model.mfg.kpi.ManufacturingKpis;
import org.dmsim.model.result.RunResult;
import org.dmsim.scenarios.experiment.ProgressListener;
import org.dmsim.scenarios.experiment.Replications;
import org.dmsim.scenarios.run.RunDescription;

/** Runs {@link Scenarios}: the replications of {@code dmsim run}, as a method call. */
public final class Simulation {
  private Simulation() {}

  /**
   * Runs the scenario's replications under {@code options}, each compiled from its {@link RunDescription};
   * the same scenario, overrides, seed and replications give the same results on any engine and thread
   * count.
   *
   * @throws org.dmsim.scenarios.experiment.ReplicationsFailed when a run fails, keeping the finished ones
   */
  public static SimulationResults run(Scenarios scenario, SimulationOptions options) {
    List<RunDescription> descriptions = new ArrayList<>();
    for (int rep = 0; rep < options.replications(); rep++) {
      descriptions.add(scenario.description(options.seed(), rep));
    }
    List<RunResult> runs = Replications.runAll(Replications.jobs(descriptions), options.engine(), options.threads(),
        false, options.stallTimeout(), ProgressListener.none());
    List<Map<String, Double>> kpis = new ArrayList<>();
    for (RunResult r : runs) {
      kpis.add(ManufacturingKpis.of(r, scenario.network(), 0).values());
    }
    return new SimulationResults(runs, kpis, RunResult.digestOf(runs));
  }
}
