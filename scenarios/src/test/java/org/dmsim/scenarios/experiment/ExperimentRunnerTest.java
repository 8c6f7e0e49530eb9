package org.dmsim.scenarios.experiment;

import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.ExperimentStats;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.stats.Interval;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.sim.engine.EngineKind;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Common random numbers and the experiment's bookkeeping, on 60-day runs of the bundled networks. */
class ExperimentRunnerTest {
  private static final long DAY = SimTime.DAY_MS;
  private static ManufacturingSpec distributed;
  private static ManufacturingSpec centralized;

  @BeforeAll
  static void load() throws Exception {
    distributed = ScenarioLoader.load(Path.of("library", "eu-spare-parts-distributed.yaml")).network()
        .withHorizon(60 * DAY);
    centralized = ScenarioLoader.load(Path.of("library", "eu-spare-parts-centralized.yaml")).network()
        .withHorizon(60 * DAY);
  }

  private static Experiment experiment(ManufacturingSpec a, ManufacturingSpec b) {
    // A different outage in each replication, drawn from the seed and replication only.
    Experiment.DisruptionSource outage = (seed, rep) -> List.of(
        new Disruption.NodeOutage("dc-roissy", (35 + rep) * DAY, (42 + rep) * DAY),
        new Disruption.DemandSurge("*", "*", 1.5, (40 + rep) * DAY, (45 + rep) * DAY));
    return new Experiment("crn", "test", List.of(new Experiment.Variant("a", a), new Experiment.Variant("b", b)),
        List.of(new Experiment.Case("baseline", Experiment.DisruptionSource.fixed(List.of())),
            new Experiment.Case("outage", outage)), 5, 3, 7 * DAY);
  }

  @Test
  void identicalVariants_haveExactlyZeroPairedDifferences() {
    List<ExperimentRun> runs = ExperimentRunner.run(experiment(distributed, distributed), EngineKind.SEQUENTIAL, 2,
        false, ProgressListener.none());
    assertThat(runs).hasSize(2 * 2 * 3);
    ExperimentStats stats = new ExperimentStats(runs, 0.95);
    for (String caseName : List.of("baseline", "outage")) {
      for (String kpi : runs.get(0).kpis().keySet()) {
        Interval d = stats.difference(caseName, kpi, "a", "b");
        if (d != null) {
          assertThat(d.mean()).as(caseName + " " + kpi).isZero();
          assertThat(d.halfWidth()).as(caseName + " " + kpi).isZero();
        }
      }
    }
  }

  @Test
  void runs_shareOneCompiledNetworkPerDesign_yetGiveTheResultOfCompilingEachCaseOnItsOwn() {
    Experiment e = experiment(distributed, centralized);
    List<ExperimentRun> runs = ExperimentRunner.run(e, EngineKind.SEQUENTIAL, 2, false, ProgressListener.none());

    try (SequentialEngine engine = new SequentialEngine()) {
      for (ExperimentRun r : runs) {
        ManufacturingSpec design = r.variant().equals("a") ? distributed : centralized;
        SimulationPlan alone = design.withDisruptions(r.disruptions()).plan().withWarmup(7 * DAY);
        assertThat(r.result().digest()).as(r.caseName() + " " + r.variant() + " " + r.replication())
            .isEqualTo(engine.run(alone, e.seed(), r.replication()).digest());
      }
    }
  }

  @Test
  void indicatorNames_areTheKpisOfEveryRunInOrder() {
    List<ExperimentRun> runs = ExperimentRunner.run(experiment(centralized, distributed), EngineKind.SEQUENTIAL, 1,
        false, ProgressListener.none());

    assertThat(runs).allSatisfy(r -> assertThat(r.kpis().keySet()).containsExactlyElementsOf(
        ExperimentRunner.indicatorNames()));
  }

  @Test
  void everyVariantOfAReplicationMeetsTheSameDisruptionsAndDemand() {
    List<ExperimentRun> runs = ExperimentRunner.run(experiment(centralized, distributed), EngineKind.SEQUENTIAL, 2,
        false, ProgressListener.none());
    for (int rep = 0; rep < 3; rep++) {
      int r = rep;
      List<ExperimentRun> outage = runs.stream().filter(x -> x.caseName().equals("outage") && x.replication() == r)
          .toList();
      assertThat(outage).hasSize(2);
      assertThat(outage.get(0).disruptions()).isEqualTo(outage.get(1).disruptions());
      assertThat(outage.get(0).kpis().get("orders")).as("same demand").isEqualTo(outage.get(1).kpis().get("orders"));
      assertThat(outage.get(0).kpis().get("disruptions_measured")).isPositive();
    }
    assertThat(runs.get(0).kpis().get("loss_unit_days")).as("the baseline has nothing to measure").isNaN();
  }

  /**
   * The centralized design ships every region from its DCs: closing dc-roissy for a week (with a demand
   * surge on top) must show in the fill of the units due meanwhile, below what the same design reaches
   * in the baseline case over the whole run.
   */
  @Test
  void fillDuringDisruption_ofTheOutage_isBelowTheBaselineFillRate() {
    List<ExperimentRun> runs = ExperimentRunner.run(experiment(centralized, distributed), EngineKind.SEQUENTIAL, 2,
        false, ProgressListener.none());
    ExperimentStats stats = new ExperimentStats(runs, 0.95);

    double during = stats.interval("outage", "a", "fill_during_disruption").mean();
    double baseline = stats.interval("baseline", "a", "on_time_fill_rate").mean();
    assertThat(during).isLessThan(baseline);
    assertThat(stats.interval("outage", "a", "fill_after_disruption").mean()).isBetween(0.0, 1.0);
    assertThat(stats.values("baseline", "a", "fill_during_disruption")).as("no disruption: undefined")
        .containsOnly(Double.NaN);
  }

  @Test
  void theWarmupIsLeftOutOfEveryIndicator() {
    List<ExperimentRun> runs = ExperimentRunner.run(experiment(distributed, distributed), EngineKind.SEQUENTIAL, 1,
        false, ProgressListener.none());
    ExperimentRun first = runs.get(0);
    double[] ordered = first.daily().get("throughput_units");
    for (int d = 0; d < 7; d++) {
      assertThat(ordered[d]).as("day " + d + " is in the warm-up").isZero();
    }
    assertThat(ordered[8]).isPositive();
  }

  @Test
  void run_withALog_recordsEveryRunAndRunsOnlyThoseItLacks() {
    Experiment e = experiment(centralized, distributed);
    java.util.Map<String, org.dmsim.model.result.RunResult> kept = new java.util.concurrent.ConcurrentSkipListMap<>();
    RunLog recording = new RunLog() {
      @Override
      public java.util.Optional<org.dmsim.model.result.RunResult> finished(String c, String v, int rep) {
        return java.util.Optional.empty();
      }

      @Override
      public void record(String c, String v, int rep, org.dmsim.model.result.RunResult r) {
        kept.put(RunRecord.key(c, v, rep), r);
      }
    };
    List<ExperimentRun> whole = ExperimentRunner.run(e, EngineKind.SEQUENTIAL, 2, false,
        org.dmsim.sim.actor.AkkaEngineSettings.DEFAULT_STALL_TIMEOUT, ProgressListener.none(), Cancellation.never(), recording);
    assertThat(kept).hasSize(whole.size());
    whole.forEach(r -> assertThat(kept.get(RunRecord.key(r.caseName(), r.variant(), r.replication())))
        .isEqualTo(r.result()));

    kept.keySet().removeIf(k -> k.startsWith("outage"));
    RunLog baselineOnly = new RunLog() {
      @Override
      public java.util.Optional<org.dmsim.model.result.RunResult> finished(String c, String v, int rep) {
        return java.util.Optional.ofNullable(kept.get(RunRecord.key(c, v, rep)));
      }

      @Override
      public void record(String c, String v, int rep, org.dmsim.model.result.RunResult r) {
        assertThat(c).as("only runs the log lacks are run").isEqualTo("outage");
      }
    };
    int[] total = new int[1];
    List<ExperimentRun> resumed = ExperimentRunner.run(e, EngineKind.SEQUENTIAL, 1, false, org.dmsim.sim.actor.AkkaEngineSettings.DEFAULT_STALL_TIMEOUT,
        (done, of) -> total[0] = of, Cancellation.never(), baselineOnly);

    assertThat(total[0]).isEqualTo(2 * 3);
    assertThat(resumed).hasSameSizeAs(whole);
    for (int i = 0; i < whole.size(); i++) {
      assertThat(resumed.get(i).result()).isEqualTo(whole.get(i).result());
      assertThat(resumed.get(i).kpis()).isEqualTo(whole.get(i).kpis());
    }
  }
}
