package org.dmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.ExperimentStats;
import org.dmsim.model.stats.Interval;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.EngineKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled experiments for the pattern's uses (commodity, custom medical devices, eyewear with a
 * hybrid design) load with their designs and cases, and the commodity one gives what its story
 * predicts: the central plant is cheaper per delivered unit, with a paired 95 % interval that excludes
 * zero, and the small plants buy no resilience (warehouse stock carries both designs through a plant
 * outage). Three replications of 100 days (the file's first 100), sequential engine.
 */
class PatternUsesLibraryTest {
  private static final List<String> CASES = List.of("baseline", "plant-outage", "regional-flood", "pandemic",
      "demand-surge", "platform-cyber");

  @ParameterizedTest
  @CsvSource({"commodity-suite, centralized distributed", "medical-suite, centralized distributed",
      "eyewear-suite, centralized distributed hybrid"})
  void load_patternExperiment_hasItsDesignsAndTheSixCases(String file, String designs) throws Exception {
    Experiment e = ScenarioLoader.loadExperiment(Path.of("library", file + ".yaml"));

    assertThat(e.variants()).extracting(Experiment.Variant::name).containsExactly(designs.split(" "));
    assertThat(e.cases()).extracting(Experiment.Case::name).containsExactlyElementsOf(CASES);
    assertThat(e.variants()).extracting(v -> v.spec().horizonMs()).containsOnly(180 * SimTime.DAY_MS);
    assertThat(e.variants()).extracting(v -> v.spec().products()).as("one market for every design")
        .allMatch(p -> p.equals(e.variants().get(0).spec().products()));
  }

  @Test
  void commodity_centralPlant_isCheaperPerUnit_andTheSmallPlantsBuyNoResilience() throws Exception {
    Experiment full = ScenarioLoader.loadExperiment(Path.of("library", "commodity-suite.yaml"));
    Set<String> kept = Set.of("baseline", "plant-outage");
    // 100 days instead of 180: the outage (days 60-81) and its aftermath fit, in half the time.
    List<Experiment.Variant> shorter = full.variants().stream().map(v -> new Experiment.Variant(v.name(),
        v.spec().withHorizon(100 * SimTime.DAY_MS), v.source(), v.parts(), v.set())).toList();
    Experiment e = new Experiment(full.name(), full.source(), shorter,
        full.cases().stream().filter(c -> kept.contains(c.name())).toList(), full.seed(), 3, full.warmupMs());

    List<ExperimentRun> runs = ExperimentRunner.run(e, EngineKind.SEQUENTIAL, 2, false, ProgressListener.none());
    ExperimentStats stats = new ExperimentStats(runs, 0.95);

    for (String c : kept) {
      Interval extra = stats.difference(c, "cost_per_delivered_unit_eur", "distributed", "centralized");
      assertThat(extra.lower()).as("%s: distributed − centralized cost per unit, lower bound", c).isPositive();
    }
    Interval fill = stats.difference("plant-outage", "on_time_fill_rate", "distributed", "centralized");
    assertThat(fill.upper()).as("on-time fill gained by the small plants in a plant outage").isLessThan(0.01);
    assertThat(stats.interval("plant-outage", "centralized", "on_time_fill_rate").mean()).isGreaterThan(0.99);
  }
}
