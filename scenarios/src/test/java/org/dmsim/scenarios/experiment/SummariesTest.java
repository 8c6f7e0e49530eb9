package org.dmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.network.NetworkKpis;
import org.dmsim.model.network.NetworkSpec;
import org.dmsim.model.result.ExperimentSummary;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.EngineKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SummariesTest {
  private static List<RunResult> runs;

  @BeforeAll
  static void runTinyFactoryForAWeek() throws ScenarioException {
    NetworkSpec tiny = ScenarioLoader.load(Path.of("library/tiny-factory.yaml")).slice();
    NetworkSpec week = new NetworkSpec(tiny.name(), 7 * SimTime.DAY_MS, tiny.factory(), tiny.regions());
    runs = Replications.run(week.plan(), EngineKind.SEQUENTIAL, 1, 5, 3, ProgressListener.none());
  }

  private static ExperimentSummary summary() {
    return Summaries.of("tiny-factory", "library/tiny-factory.yaml", 5, "sequential", runs);
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
  void of_runs_kpiNamesInPublishedOrder() {
    ExperimentSummary s = summary();

    assertThat(s.replications()).allSatisfy(r -> assertThat(r.kpis().keySet())
        .containsExactlyElementsOf(Summaries.KPI_NAMES));
    assertThat(s.means().keySet()).containsExactlyElementsOf(Summaries.KPI_NAMES);
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
  void kpis_run_matchNetworkKpisOfThatRun() {
    RunResult run = runs.get(1);
    NetworkKpis k = NetworkKpis.of(run);

    assertThat(Summaries.kpis(run)).containsExactly(
        entry("orders", (double) k.orders()),
        entry("delivered", (double) k.delivered()),
        entry("on_time_fill_rate", k.onTimeFillRate()),
        entry("mean_lead_time_h", k.meanLeadTimeHours()),
        entry("machine_utilization", k.machineUtilization()));
  }

  @Test
  void kpis_aWeekOfTinyFactory_arePlausible() {
    for (RunResult run : runs) {
      var kpis = Summaries.kpis(run);

      assertThat(kpis.get("orders")).isPositive();
      assertThat(kpis.get("delivered")).isPositive().isLessThanOrEqualTo(kpis.get("orders"));
      assertThat(kpis.get("on_time_fill_rate")).isBetween(0.0, 1.0);
      assertThat(kpis.get("mean_lead_time_h")).isPositive();
      assertThat(kpis.get("machine_utilization")).isBetween(0.0, 1.0);
    }
  }

  @Test
  void of_noRuns_emptyRowsAndDigestOfNothing() {
    ExperimentSummary s = Summaries.of("x", "x.yaml", 1, "actors", List.of());

    assertThat(s.replications()).isEmpty();
    assertThat(s.digest()).isEqualTo(RunResult.digestOf(List.of()));
  }
}
