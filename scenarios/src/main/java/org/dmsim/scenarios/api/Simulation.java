package org.dmsim.scenarios.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmsim.model.mfg.kpi.ManufacturingKpis;
import org.dmsim.model.result.RunResult;
import org.dmsim.scenarios.estimate.RunEstimate;
import org.dmsim.scenarios.estimate.WorkLimit;
import org.dmsim.scenarios.experiment.ProgressListener;
import org.dmsim.scenarios.experiment.Replications;
import org.dmsim.scenarios.run.RunDescription;

/** Runs {@link Scenarios}: the replications of {@code dmsim run}, as a method call. */
public final class Simulation {
  private Simulation() {}

  /**
   * The work estimate of running the scenario under {@code options}: events, wall time and heap, as
   * {@code dmsim run} prints it; {@link WorkLimit#refusal} says whether the CLI would refuse it.
   */
  public static RunEstimate estimate(Scenarios scenario, SimulationOptions options) {
    return RunEstimate.of(java.util.List.of(scenario.network()), 1, options.replications(),
        RunEstimate.disruptionsPerYear(scenario.scenario().disruptionGenerators()), options.engine(), false,
        options.threads());
  }

  /**
   * Runs the scenario's replications under {@code options}, each compiled from its {@link RunDescription};
   * the same scenario, overrides, seed and replications give the same results on any engine and thread
   * count.
   *
   * @throws org.dmsim.scenarios.experiment.ReplicationsFailed when a run fails, keeping the finished ones
   */
  public static SimulationResults run(Scenarios scenario, SimulationOptions options) {
    return runInternal(scenario, options);
  }

  /**
   * Runs the scenario's replications under {@code options}, first refusing them when their
   * {@link #estimate} is above {@code limit} ({@link WorkLimit#force} runs them anyway).
   *
   * @throws IllegalStateException naming the estimate and the limit, before any work
   * @throws org.dmsim.scenarios.experiment.ReplicationsFailed when a run fails, keeping the finished ones
   */
  public static SimulationResults run(Scenarios scenario, SimulationOptions options, WorkLimit limit) {
    limit.refusal(estimate(scenario, options)).ifPresent(refused -> {
      throw new IllegalStateException(refused);
    });
    return runInternal(scenario, options);
  }

  private static SimulationResults runInternal(Scenarios scenario, SimulationOptions options) {
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
