package org.dmsim.scenarios.api;

import java.util.List;
import java.util.Map;
import org.dmsim.model.result.RunResult;

/**
 * The results of a scenario's replications: each run's raw result (per-entity statistics) and
 * indicators ({@code docs/model.md}, "Indicators"), in replication order, and the digest over all,
 * as {@code dmsim run} prints it.
 *
 * @param runs   each replication's result
 * @param kpis   each replication's indicators by name, in print order
 * @param digest SHA-256 over the runs' digests
 */
public record SimulationResults(List<RunResult> runs, List<Map<String, Double>> kpis, String digest) {
  public SimulationResults {
    runs = List.copyOf(runs);
    kpis = kpis.stream().map(Map::copyOf).toList();
  }

  /** The mean of indicator {@code name} over the replications (NaN where a run has none). */
  public double mean(String name) {
    return kpis.stream().mapToDouble(k -> k.getOrDefault(name, Double.NaN)).average().orElse(Double.NaN);
  }
}
