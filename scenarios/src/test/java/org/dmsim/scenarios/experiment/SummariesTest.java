package org.dmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.kpi.ManufacturingKpis;
import org.dmsim.model.result.ExperimentSummary;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.EngineKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SummariesTest {
  private static ManufacturingSpec week;
  private static List<RunResult> runs;

  @BeforeAll
  static void runTinyFactoryForAWeek() throws ScenarioException {
    week = ScenarioLoader.load(Path.of("library/tiny-factory.yaml")).network().withHorizon(7 * SimTime.DAY_MS);
    runs = Replications.run(week.plan(), EngineKind.SEQUENTIAL, 1, 5, 3, ProgressListener.none());
  }

  private static ExperimentSummary summary() {
    return Summaries.of(week, "tiny-factory", "library/tiny-factory.yaml", 5, "sequential", runs);
  }

  @Test
  void of_runs_oneRowPerReplicationInOrder() {
    ExperimentSummary s = summary();

    assertThat(s.replications()).extracting(ExperimentSummary.Replication::replication).containsExactly(0, 1, 2);
    assertThat(s.replications()).extracting(ExperimentSummary.Replication::digest)
        .containsExactlyElementsOf(runs.stream().map(RunResult::digest).toList());
    assertThat(s.replications()).extracting(ExperimentSummary.Replication::eventsHandled)
        .containsExactlyElementsOf(runs.stream().map(RunResult::eventsHandled).toList());
  }

  @Test
  void of_runs_eachRowHoldsTheManufacturingIndicatorsOfItsRun() {
    ExperimentSummary s = summary();

    for (int rep = 0; rep < runs.size(); rep++) {
      Map<String, Double> expected = ManufacturingKpis.of(runs.get(rep), week, 0).values();
      assertThat(s.replications().get(rep).kpis()).containsExactlyEntriesOf(expected);
    }
    assertThat(s.means().keySet()).containsExactlyElementsOf(s.replications().get(0).kpis().keySet());
  }

  @Test
  void of_runs_digestIsDigestOfRunsAndMetadataPassesThrough() {
    ExperimentSummary s = summary();

    assertThat(s.digest()).isEqualTo(RunResult.digestOf(runs)).matches("[0-9a-f]{64}");
    assertThat(s.scenario()).isEqualTo("tiny-factory");
    assertThat(s.source()).isEqualTo("library/tiny-factory.yaml");
    assertThat(s.seed()).isEqualTo(5);
    assertThat(s.engine()).isEqualTo("sequential");
  }

  @Test
  void of_aWeekOfTinyFactory_indicatorsArePlausible() {
    for (ExperimentSummary.Replication r : summary().replications()) {
      Map<String, Double> kpis = r.kpis();

      assertThat(kpis.get("orders")).isPositive();
      assertThat(kpis.get("delivered_units")).isPositive().isLessThanOrEqualTo(kpis.get("ordered_units"));
      assertThat(kpis.get("on_time_fill_rate")).isBetween(0.0, 1.0);
      assertThat(kpis.get("lead_time_mean_h")).isPositive();
      assertThat(kpis.get("machine_utilization")).isBetween(0.0, 1.0);
    }
  }

  @Test
  void of_noRuns_emptyRowsAndDigestOfNothing() {
    ExperimentSummary s = Summaries.of(week, "x", "x.yaml", 1, "actors", List.of());

    assertThat(s.replications()).isEmpty();
    assertThat(s.digest()).isEqualTo(RunResult.digestOf(List.of()));
  }
}
