package org.dmsim.scenarios.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.EngineKind;
import org.junit.jupiter.api.Test;

/** Totals over replications, cases and threads, the header line and the limit's refusal. */
class RunEstimateTest {
  private static ManufacturingSpec tiny() throws Exception {
    return ScenarioLoader.load(Path.of("library", "tiny-factory.yaml")).network();
  }

  @Test
  void of_totalsEveryReplicationCaseAndVariant() throws Exception {
    ManufacturingSpec spec = tiny();
    RunEstimate one = RunEstimate.of(List.of(spec), 1, 1, 0, EngineKind.SEQUENTIAL, false, 1);
    RunEstimate many = RunEstimate.of(List.of(spec, spec), 3, 5, 0, EngineKind.SEQUENTIAL, false, 1);

    assertThat(many.runs()).isEqualTo(30);
    assertThat(many.totalEvents()).isCloseTo(30 * one.totalEvents(), org.assertj.core.data.Percentage.withPercentage(1e-6));
    assertThat(many.seconds()).isCloseTo(30 * one.seconds(), org.assertj.core.data.Percentage.withPercentage(1e-6));
    assertThat(many.heapBytes()).isGreaterThan(one.heapBytes());
  }

  @Test
  void of_moreThreads_lessWallTime_andActorsSlowerThanSequential() throws Exception {
    ManufacturingSpec spec = tiny();
    RunEstimate oneThread = RunEstimate.of(List.of(spec), 1, 8, 0, EngineKind.SEQUENTIAL, false, 1);
    RunEstimate twoThreads = RunEstimate.of(List.of(spec), 1, 8, 0, EngineKind.SEQUENTIAL, false, 2);
    RunEstimate actors = RunEstimate.of(List.of(spec), 1, 8, 0, EngineKind.ACTORS, false, 1);

    assertThat(twoThreads.seconds()).isLessThan(oneThread.seconds()).isGreaterThan(oneThread.seconds() / 2);
    assertThat(actors.seconds()).isGreaterThan(oneThread.seconds());
  }

  @Test
  void summary_namesEventsTimeThreadsAndHeapWithUnits() throws Exception {
    RunEstimate e = RunEstimate.of(List.of(tiny()), 1, 30, 0, EngineKind.ACTORS, false, 2);

    assertThat(e.summary()).matches("≈ \\d+ k events, [0-9.]+ s per replication; 30 runs on 2 threads ≈ [0-9.]+ s, "
        + "heap ≈ \\d+ MB");
  }

  @Test
  void refusal_overTheTimeLimit_namesEstimateLimitDriversAndForce() throws Exception {
    RunEstimate e = RunEstimate.of(List.of(tiny().withHorizon(3650 * SimTime.DAY_MS)), 1, 30, 0, EngineKind.ACTORS,
        false, 1);

    String message = new WorkLimit(60, Double.MAX_VALUE, false).refusal(e).orElseThrow();

    assertThat(message).contains("M events", "of wall time (limit 60 s, --max-hours)", "horizon 3650d",
        "ordersPerDay 75 in all", "30 replications", "--force");
    assertThat(new WorkLimit(60, Double.MAX_VALUE, true).refusal(e)).isEmpty();
    assertThat(new WorkLimit(1e9, Double.MAX_VALUE, false).refusal(e)).isEmpty();
  }

  @Test
  void refusal_overTheHeap_namesTheJvmLimit() throws Exception {
    RunEstimate e = RunEstimate.of(List.of(tiny()), 1, 3, 0, EngineKind.SEQUENTIAL, false, 1);

    String message = new WorkLimit(1e9, 1e6, false).refusal(e).orElseThrow();

    assertThat(message).contains("of heap (limit: the JVM's 1 MB, -Xmx)", "--force");
  }

  @Test
  void disruptionsPerYear_addsTheGenerators() throws Exception {
    assertThat(RunEstimate.disruptionsPerYear(List.of())).isZero();
  }
}
