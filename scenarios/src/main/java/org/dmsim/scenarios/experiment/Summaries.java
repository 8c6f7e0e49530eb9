package org.dmsim.scenarios.experiment;

import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.kpi.ManufacturingKpis;
import org.dmsim.model.result.ExperimentSummary;
import org.dmsim.model.result.RunResult;

/** Turns the runs of a scenario into an {@link ExperimentSummary}. */
public final class Summaries {
  private Summaries() {}

  /**
   * The summary of {@code runs} (in replication order) of {@code network}: each replication's
   * indicators of {@link ManufacturingKpis}, and the digest over all runs.
   */
  public static ExperimentSummary of(ManufacturingSpec network, String scenario, String source, long seed,
      String engine, List<RunResult> runs) {
    List<ExperimentSummary.Replication> rows = new ArrayList<>();
    for (RunResult r : runs) {
      rows.add(new ExperimentSummary.Replication(r.replication(), r.eventsHandled(), r.digest(),
          ManufacturingKpis.of(r, network, 0).values()));
    }
    return new ExperimentSummary(scenario, source, seed, engine, rows, RunResult.digestOf(runs));
  }
}
