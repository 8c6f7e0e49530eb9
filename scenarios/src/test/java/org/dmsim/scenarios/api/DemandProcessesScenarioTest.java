package org.dmsim.scenarios.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.RunResult;
import org.junit.jupiter.api.Test;

/**
 * The four built-in demand generators in one scenario ({@code demand-processes.yaml}): the same
 * digest on both engines, and the replayed region orders exactly what its CSV file records.
 */
class DemandProcessesScenarioTest {
  private static final Path SCENARIO = Path.of("src", "test", "resources", "scenario", "demand-processes.yaml");

  @Test
  void run_bothEngines_sameDigest_andTheReplayOrdersTheRecordedUnits() throws Exception {
    RunResult run = BothEngines.run(Scenarios.load(SCENARIO));
    // demand-processes.csv up to day 28 (the horizon): 203 units in 32 orders (zeros place none).
    assertThat(counter(run, "region-replay", Metrics.ORDERED_UNITS)).isEqualTo(203);
    assertThat(counter(run, "region-replay", Metrics.ORDERS)).isEqualTo(32);
    // One order a week at days 0, 7, 14 and 21.
    assertThat(counter(run, "region-weekly", Metrics.ORDERS)).isEqualTo(4);
    // Renewal at 20 a day over 28 days: 560 expected, standard deviation about 0.5 x sqrt(560) = 12.
    assertThat(counter(run, "region-renewal", Metrics.ORDERS)).isBetween(500L, 620L);
  }

  private static long counter(RunResult run, String entity, String metric) {
    EntityResult e = run.entities().stream().filter(x -> x.entity().equals(entity)).findFirst().orElseThrow();
    return e.metric(metric).orElseThrow().count();
  }
}
