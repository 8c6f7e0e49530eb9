package org.dmsim.scenarios.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.experiment.ExperimentRunner;
import org.dmsim.scenarios.experiment.ProgressListener;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.EngineKind;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentRunDescriptionTest {
  private static final Path EU_DEMO = Path.of("library", "eu-demo.yaml");
  private static final Path SUITE = Path.of("src", "test", "resources", "experiment", "suite.yaml");

  @Test
  void compile_everyRunOfEuDemo_fromItsJson_runsToTheDigestOfTheExperimentsRun() throws Exception {
    // One replication of 45 days: the cases' disruptions all start on day 40.
    Experiment e = shortened(ScenarioLoader.loadExperiment(EU_DEMO), 1, 45 * SimTime.DAY_MS);
    List<ExperimentRunDescription> all = assertSameRuns(e);
    int largest = all.stream().mapToInt(d -> d.toJson().getBytes(StandardCharsets.UTF_8).length).max().orElseThrow();
    // 39,542 bytes when measured (the distributed design and its market): well inside Artery's 256 KiB frame.
    assertThat(largest).as("bytes of the largest description").isBetween(30_000, 64 * 1024);
  }

  @Test
  void compile_everyRunOfASuiteWithGenerators_fromItsJson_runsToTheDigestOfTheExperimentsRun() throws Exception {
    Experiment suite = ScenarioLoader.loadExperiment(SUITE);
    Experiment e = shortened(suite, 3, suite.variants().get(0).spec().horizonMs());
    List<ExperimentRunDescription> all = assertSameRuns(e);
    String random = String.join("", all.stream().filter(d -> d.caseName().equals("random"))
        .map(ExperimentRunDescription::disruptions).toList());
    assertThat(random).as("the generators drew disruptions").contains("type: supplier-failure")
        .contains("type: regional-disaster");
    assertThat(all.stream().filter(d -> d.caseName().equals("random")).map(ExperimentRunDescription::disruptions)
        .distinct().count()).as("each replication draws its own").isEqualTo(3);
  }

  /**
   * Runs {@code e} with ExperimentRunner, and every run again from its description after a JSON round
   * trip, on the sequential engine: same labels, disruptions and digest, run by run.
   */
  private static List<ExperimentRunDescription> assertSameRuns(Experiment e) throws Exception {
    List<ExperimentRun> runs = ExperimentRunner.run(e, EngineKind.SEQUENTIAL, 1, false, ProgressListener.none());
    List<ExperimentRunDescription> described = ExperimentRunDescription.everyRun(e);
    assertThat(described).hasSameSizeAs(runs);
    for (int i = 0; i < runs.size(); i++) {
      ExperimentRun run = runs.get(i);
      ExperimentRunDescription d = ExperimentRunDescription.fromJson(described.get(i).toJson());
      assertThat(d).isEqualTo(described.get(i));
      assertThat(List.of(d.experiment(), d.caseName(), d.variant(), d.run().replication()))
          .isEqualTo(List.of(e.name(), run.caseName(), run.variant(), run.replication()));
      CompiledRun compiled = RunCompiler.compile(d);
      assertThat(compiled.spec().disruptions()).as("run %d", i).isEqualTo(run.disruptions());
      String digest = new SequentialEngine().run(compiled.plan(), d.run().seed(), d.run().replication()).digest();
      assertThat(digest).as("%s/%s/%d", run.caseName(), run.variant(), run.replication())
          .isEqualTo(run.result().digest());
    }
    return described;
  }

  /** {@code e} with {@code replications} and every variant cut to {@code horizonMs}. */
  private static Experiment shortened(Experiment e, int replications, long horizonMs) {
    List<Experiment.Variant> variants = e.variants().stream().map(v -> new Experiment.Variant(v.name(),
        v.spec().withHorizon(horizonMs), v.source(), v.parts(), v.set())).toList();
    return new Experiment(e.name(), e.source(), variants, e.cases(), e.seed(), replications, e.warmupMs(),
        e.description());
  }

  @Test
  void of_oneRun_isThatRunOfEveryRun_andCarriesTheVariantsOverrides() throws Exception {
    Experiment e = ScenarioLoader.loadExperiment(Path.of("src", "test", "resources", "experiment", "quick.yaml"),
        List.of(org.dmsim.scenarios.yaml.FieldOverride.commandLine(1, "platform.allocation=least-loaded")));
    List<ExperimentRunDescription> all = ExperimentRunDescription.everyRun(e);
    // case 1 (largest-outage), variant 1 (distributed), replication 1: the last of 2 × 2 × 2 runs.
    ExperimentRunDescription d = ExperimentRunDescription.of(e, 1, 1, 1);
    assertThat(d).isEqualTo(all.get(all.size() - 1));
    assertThat(d.run().overrides()).containsExactly("platform.allocation=least-loaded");
    assertThat(d.run().scenario()).isEqualTo("distributed.yaml");
    assertThat(d.run().documents()).extracting(RunDescription.SourceText::path)
        .containsExactly("distributed.yaml", "market.yaml");
    assertThat(d.horizonMs()).as("the experiment's horizon: 60d").isEqualTo(60 * SimTime.DAY_MS);
    assertThat(d.run().warmupMs()).isEqualTo(14 * SimTime.DAY_MS);
    assertThat(d.run().seed()).isEqualTo(2026);
    assertThat(d.disruptions()).isEqualTo("""
        - type: node-outage
          node: "@largest"
          at: 30d
          for: 1w
        """);
    assertThat(all.get(0).disruptions()).as("the baseline").isEqualTo("[]\n");
  }

  @Test
  void fromJson_tamperedDescription_isRefused() throws Exception {
    Experiment e = ScenarioLoader.loadExperiment(Path.of("src", "test", "resources", "experiment", "quick.yaml"));
    String json = ExperimentRunDescription.of(e, 1, 0, 0).toJson();
    assertThat(json).contains("at: 30d");
    assertThatThrownBy(() -> ExperimentRunDescription.fromJson(json.replace("at: 30d", "at: 31d")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an experiment run description")
        .hasMessageContaining("does not match the description");
    assertThatThrownBy(() -> ExperimentRunDescription.fromJson(json.replace("\"seed\":2026", "\"seed\":2027")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match the description");
    assertThatThrownBy(() -> ExperimentRunDescription.fromJson(json.replace("kind: market", "kind:  market")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match the documents");
    assertThatThrownBy(() -> ExperimentRunDescription.fromJson(json.replace("\"horizonMs\"", "\"horizon\"")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an experiment run description");
  }

  @Test
  void compile_disruptionNamingNoNodeOfTheNetwork_reportsWhereInTheDisruptions() throws Exception {
    Experiment e = ScenarioLoader.loadExperiment(Path.of("src", "test", "resources", "experiment", "quick.yaml"));
    ExperimentRunDescription d = ExperimentRunDescription.of(e, 1, 0, 0);
    ExperimentRunDescription wrong = new ExperimentRunDescription(d.experiment(), d.caseName(), d.variant(), d.run(),
        d.horizonMs(), d.disruptions().replace("\"@largest\"", "\"plant-nowhere\""),
        ExperimentRunDescription.hashOf(d.experiment(), d.caseName(), d.variant(), d.run(), d.horizonMs(),
            d.disruptions().replace("\"@largest\"", "\"plant-nowhere\"")));
    assertThatThrownBy(() -> RunCompiler.compile(wrong))
        .isInstanceOf(org.dmsim.scenarios.yaml.ScenarioException.class)
        .hasMessageContaining("disruptions:2:3: [0].node")
        .hasMessageContaining("\"plant-nowhere\"");
  }

  @Test
  void everyRun_variantBuiltInCode_isRefusedClearly() throws Exception {
    Experiment read = ScenarioLoader.loadExperiment(Path.of("src", "test", "resources", "experiment", "quick.yaml"));
    Experiment inCode = new Experiment("in-code", "(in code)",
        List.of(new Experiment.Variant("design", read.variants().get(0).spec())), read.cases(), 1, 1, 0);
    assertThatThrownBy(() -> ExperimentRunDescription.everyRun(inCode)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("variant design of in-code comes from (in code), not from a scenario file here: only a variant "
            + "read from a file can be described");
  }

  @Test
  void everyRun_variantFileChangedSinceTheExperimentWasRead_isRefused(@TempDir Path dir) throws Exception {
    Path folder = Path.of("src", "test", "resources", "experiment");
    for (String f : List.of("quick.yaml", "central.yaml", "distributed.yaml", "market.yaml")) {
      Files.copy(folder.resolve(f), dir.resolve(f));
    }
    Experiment e = ScenarioLoader.loadExperiment(dir.resolve("quick.yaml"));
    Path central = dir.resolve("central.yaml");
    String text = Files.readString(central, StandardCharsets.UTF_8);
    Files.writeString(central, text.replaceFirst("count: (\\d+)", "count: 1$1"), StandardCharsets.UTF_8);
    assertThat(Files.readString(central, StandardCharsets.UTF_8)).isNotEqualTo(text);
    assertThatThrownBy(() -> ExperimentRunDescription.everyRun(e)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("variant centralized of quick-suite")
        .hasMessageContaining("no longer gives the network the experiment read from it");
  }
}
