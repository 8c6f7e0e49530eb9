package org.dmsim.scenarios.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmsim.model.entity.ModelSpec;
import org.dmsim.model.mfg.ManufacturingSpec;
import org.dmsim.model.mfg.run.ManufacturingKpis;
import org.dmsim.model.network.NetworkKpis;
import org.dmsim.model.result.ExperimentSummary;
import org.dmsim.model.result.RunResult;

/** Turns the runs of a scenario into an {@link ExperimentSummary}. */
public final class Summaries {
  /** The indicator names, with units, in the order they are printed and written. */
  public static final List<String> KPI_NAMES = List.of("orders", "delivered", "on_time_fill_rate",
      "mean_lead_time_h", "machine_utilization");

  private Summaries() {}

  /** The summary of {@code runs} (in replication order) of a format-1 network. */
  public static ExperimentSummary of(String scenario, String source, long seed, String engine, List<RunResult> runs) {
    return of(null, scenario, source, seed, engine, runs);
  }

  /**
   * The summary of {@code runs} (in replication order) of {@code model}: the format-1 indicators, or
   * for a manufacturing network those of {@link ManufacturingKpis}.
   */
  public static ExperimentSummary of(ModelSpec model, String scenario, String source, long seed, String engine,
      List<RunResult> runs) {
    List<ExperimentSummary.Replication> rows = new ArrayList<>();
    for (RunResult r : runs) {
      rows.add(new ExperimentSummary.Replication(r.replication(), r.eventsHandled(), r.digest(), kpis(model, r)));
    }
    return new ExperimentSummary(scenario, source, seed, engine, rows, RunResult.digestOf(runs));
  }

  /** The indicators of one run of {@code model}, by name. */
  public static Map<String, Double> kpis(ModelSpec model, RunResult run) {
    if (model instanceof ManufacturingSpec m) {
      return ManufacturingKpis.of(run, m, 0).values();
    }
    return kpis(run);
  }

  /** The network indicators of one run, by name. */
  public static Map<String, Double> kpis(RunResult run) {
    NetworkKpis k = NetworkKpis.of(run);
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("orders", (double) k.orders());
    m.put("delivered", (double) k.delivered());
    m.put("on_time_fill_rate", k.onTimeFillRate());
    m.put("mean_lead_time_h", k.meanLeadTimeHours());
    m.put("machine_utilization", k.machineUtilization());
    return m;
  }
}
