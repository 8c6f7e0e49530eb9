package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dmsim.model.time.SimTime.DAY_MS;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Exponential;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.disruption.DisruptionGenerator;
import org.dmsim.model.mfg.disruption.DisruptionSchedule;
import org.dmsim.model.mfg.disruption.DisruptionTemplate;
import org.dmsim.scenarios.experiment.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExperimentLoaderTest {
  private static final Path DIR = Path.of("src", "test", "resources", "experiment");
  private static final Path SUITE = DIR.resolve("suite.yaml");
  private static final Path CENTRAL = DIR.resolve("central.yaml");
  private static final Path DISTRIBUTED = DIR.resolve("distributed.yaml");
  private static final Path MARKET = DIR.resolve("market.yaml");
  private static final String SUITE_NAME = "suite.yaml";

  @TempDir
  Path tmp;

  // ---- a valid file ----------------------------------------------------------------------------

  @Test
  void loadExperiment_validFile_readsEveryField() throws ScenarioException {
    Experiment e = ScenarioLoader.loadExperiment(SUITE);

    assertThat(e.name()).isEqualTo("small-suite");
    assertThat(e.source()).isEqualTo(SUITE.toString());
    assertThat(e.description()).isEqualTo("Central plant or microfactories, under outages, a flood and random supplier "
        + "failures.");
    assertThat(e.seed()).isEqualTo(2026);
    assertThat(e.replications()).isEqualTo(30);
    assertThat(e.warmupMs()).isEqualTo(28 * DAY_MS);
    assertThat(e.variants()).extracting(Experiment.Variant::name).containsExactly("centralized", "distributed");
    assertThat(e.cases()).extracting(Experiment.Case::name)
        .containsExactly("baseline", "largest-outage", "warehouse", "random");
  }

  @Test
  void loadExperiment_variants_areTheirScenarioFilesNetworksWithTheirOwnSource() throws ScenarioException {
    Experiment e = ScenarioLoader.loadExperiment(SUITE);

    assertThat(e.variants()).containsExactly(
        new Experiment.Variant("centralized", ScenarioLoader.load(CENTRAL).network(), CENTRAL.toString(),
            List.of(MARKET.toString())),
        new Experiment.Variant("distributed", ScenarioLoader.load(DISTRIBUTED).network(), DISTRIBUTED.toString(),
            List.of(MARKET.toString())));
  }

  @Test
  void loadExperiment_cases_holdTheirFixedDisruptionsAndGenerators() throws ScenarioException {
    Experiment e = ScenarioLoader.loadExperiment(SUITE);

    long horizon = 365 * DAY_MS;
    assertThat(e.cases()).extracting(Experiment.Case::disruptions).containsExactly(
        new ExperimentReader.SampledDisruptions(List.of(), List.of(), horizon),
        new ExperimentReader.SampledDisruptions(
            List.of(new Disruption.NodeOutage(Disruption.LARGEST, 120 * DAY_MS, 141 * DAY_MS)), List.of(), horizon),
        new ExperimentReader.SampledDisruptions(List.of(
            new Disruption.StockDestroyed("dc-paris", 0.5, 100 * DAY_MS),
            new Disruption.LaneClosure("supplier-steel", "*", 0, 90 * DAY_MS, 100 * DAY_MS),
            new Disruption.DemandSurge("region-paris", "seal-kit", 2, 150 * DAY_MS, 180 * DAY_MS)), List.of(), horizon),
        new ExperimentReader.SampledDisruptions(List.of(), List.of(
            new DisruptionGenerator.Poisson(new DisruptionTemplate.SupplierFailures(List.of("supplier-steel")), 2,
                new Exponential(10.0 * DAY_MS)),
            new DisruptionGenerator.RegionalHazard(0.5, new Deterministic(14.0 * DAY_MS), 150,
                List.of(new DisruptionGenerator.Hazard("rhine", new GeoPoint(50.9, 6.9), 3)))), horizon));
  }

  @Test
  void forReplication_isTheCasesScheduleSampledOverTheHorizon() throws ScenarioException {
    Experiment.Case random = ScenarioLoader.loadExperiment(SUITE).cases().get(3);
    ExperimentReader.SampledDisruptions source = (ExperimentReader.SampledDisruptions) random.disruptions();

    boolean anyDrawn = false;
    for (int rep = 0; rep < 10; rep++) {
      List<Disruption> list = random.disruptions().forReplication(2026, rep);
      assertThat(list).isEqualTo(DisruptionSchedule.sample(List.of(), source.generators(), 365 * DAY_MS, 2026, rep))
          .isEqualTo(random.disruptions().forReplication(2026, rep));
      anyDrawn |= !list.isEmpty();
    }
    assertThat(anyDrawn).as("about 2.5 disruptions a year are drawn").isTrue();
    assertThat(ScenarioLoader.loadExperiment(SUITE).cases().get(0).disruptions().forReplication(2026, 0)).isEmpty();
  }

  @Test
  void loadExperiment_horizon_overridesEveryVariantsHorizonAndBoundsTheCases() throws Exception {
    Path suite = copy(SUITE_NAME, "warmup: 28d", "warmup: 28d\nhorizon: 180d");
    Experiment e = ScenarioLoader.loadExperiment(suite);

    assertThat(e.variants()).extracting(v -> v.spec().horizonMs()).containsExactly(180 * DAY_MS, 180 * DAY_MS);
    assertThat(e.variants().get(0).spec())
        .isEqualTo(ScenarioLoader.load(CENTRAL).network().withHorizon(180 * DAY_MS));
    assertThat(e.cases().get(3).disruptions()).extracting(d -> ((ExperimentReader.SampledDisruptions) d).horizonMs())
        .isEqualTo(180 * DAY_MS);
  }

  @Test
  void loadExperiment_horizon_letsVariantsOfDifferentHorizonsTogether() throws Exception {
    copy("distributed.yaml", "horizon: 365d", "horizon: 400d");
    Path suite = copy(SUITE_NAME, "warmup: 28d", "warmup: 28d\nhorizon: 365d");

    assertThat(ScenarioLoader.loadExperiment(suite).variants()).extracting(v -> v.spec().horizonMs())
        .containsExactly(365 * DAY_MS, 365 * DAY_MS);
  }

  @Test
  void loadExperiment_optionalFieldsLeftOut_takeTheScenarioDefaults() throws Exception {
    Path suite = copy(SUITE_NAME, "description: Central plant or microfactories, under outages, a flood and random "
        + "supplier failures.\nseed: 2026\nreplications: 30\nwarmup: 28d\n", "");
    Experiment e = ScenarioLoader.loadExperiment(suite);

    assertThat(e.seed()).isEqualTo(ScenarioReader.DEFAULT_SEED);
    assertThat(e.replications()).isEqualTo(ScenarioReader.DEFAULT_REPLICATIONS);
    assertThat(e.warmupMs()).isZero();
    assertThat(e.description()).isEmpty();
  }

  @Test
  void loadExperiment_oneFileForTwoVariants_givesTwoIdenticalNetworks() throws Exception {
    Path suite = copy(SUITE_NAME, "file: distributed.yaml", "file: central.yaml");
    Experiment e = ScenarioLoader.loadExperiment(suite);

    assertThat(e.variants().get(0).spec()).isEqualTo(e.variants().get(1).spec());
  }

  @Test
  void loadExperiment_pathUpAndDownWithVariantsAnywhere_isResolvedFromTheExperimentsDirectory() throws Exception {
    Path suite = upAndDown();

    assertThat(ScenarioLoader.loadExperiment(suite, List.of(), true).variants()).extracting(Experiment.Variant::source)
        .containsExactly(tmp.resolve("central.yaml").toString(), tmp.resolve("distributed.yaml").toString());
  }

  @Test
  void loadExperiment_pathOutOfTheExperimentsFolder_isRefusedAtTheVariant() throws Exception {
    Path suite = upAndDown();

    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.loadExperiment(suite), ScenarioException.class);

    assertThat(e.problems()).extracting(Problem::field).containsExactly("variants[0].file", "variants[1].file");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.found()).endsWith(
        "which is outside the experiment's folder (allow it with --variants-anywhere)"));
  }

  @Test
  void loadExperiment_absolutePathToASystemFile_isRefusedWithoutReadingIt() throws Exception {
    Path passwd = Path.of("/etc/passwd");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(passwd), "needs a readable /etc/passwd");
    String firstLine = Files.readAllLines(passwd).get(0);
    Path suite = copy(SUITE_NAME, "file: central.yaml", "file: /etc/passwd");

    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.loadExperiment(suite), ScenarioException.class);
    ScenarioException anywhere = catchThrowableOfType(() -> ScenarioLoader.loadExperiment(suite, List.of(), true),
        ScenarioException.class);

    assertThat(e.problems()).singleElement().extracting(Problem::field).isEqualTo("variants[0].file");
    assertThat(e.getMessage()).doesNotContain(firstLine.substring(0, Math.min(8, firstLine.length())));
    assertThat(anywhere.getMessage()).contains("a text of").doesNotContain(firstLine.substring(0, Math.min(8, firstLine.length())));
  }

  @Test
  void loadExperiment_variantNamingADevice_isRefusedWithoutReadingIt() throws Exception {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "needs /dev/zero");
    Path suite = copy(SUITE_NAME, "file: central.yaml", "file: /dev/zero");

    ScenarioException outside = catchThrowableOfType(() -> ScenarioLoader.loadExperiment(suite),
        ScenarioException.class);
    ScenarioException anywhere = catchThrowableOfType(() -> ScenarioLoader.loadExperiment(suite, List.of(), true),
        ScenarioException.class);

    assertThat(outside.problems()).singleElement().satisfies(p -> assertThat(p.found())
        .endsWith("which is outside the experiment's folder (allow it with --variants-anywhere)"));
    assertThat(anywhere.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("variants[0].file");
      assertThat(p.found()).startsWith("a device, pipe or other special file");
    });
  }

  /** An experiment in a sub-folder whose variants name files one folder up. */
  private Path upAndDown() throws IOException {
    Path sub = Files.createDirectories(tmp.resolve("experiments"));
    copy("central.yaml");
    Path suite = sub.resolve(SUITE_NAME);
    Files.writeString(suite, ScenarioFieldsTest.edit(Files.readString(SUITE), "file: central.yaml",
        "file: ../central.yaml", "file: distributed.yaml", "file: ./../distributed.yaml"));
    return suite;
  }

  // ---- telling experiments from scenarios ------------------------------------------------------

  @Test
  void isExperiment_kindExperiment_isTrueAndAnythingElseFalse() throws IOException {
    Path broken = Files.writeString(tmp.resolve("broken.yaml"), "kind: experiment\n  bad: [indent\n");
    Path notUtf8 = Files.write(tmp.resolve("latin1.yaml"), "kind: experiment\nname: caf\u00e9\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    Path quoted = Files.writeString(tmp.resolve("quoted.yaml"), "format: 2\nkind: \"experiment\"\n");

    assertThat(ScenarioLoader.isExperiment(SUITE)).isTrue();
    assertThat(ScenarioLoader.isExperiment(quoted)).isTrue();
    assertThat(ScenarioLoader.isExperiment(CENTRAL)).isFalse();
    assertThat(ScenarioLoader.isExperiment(DISTRIBUTED)).as("kind: scenario").isFalse();
    assertThat(ScenarioLoader.isExperiment(MARKET)).as("kind: market").isFalse();
    assertThat(ScenarioLoader.isExperiment(DIR.resolve("missing.yaml"))).isFalse();
    assertThat(ScenarioLoader.isExperiment(DIR)).as("a directory").isFalse();
    assertThat(ScenarioLoader.isExperiment(broken)).as("a syntax error").isFalse();
    assertThat(ScenarioLoader.isExperiment(notUtf8)).isFalse();
  }

  @Test
  void load_experimentFile_saysToRunIt() {
    assertThat(loadProblems(SUITE)).containsExactly(SUITE + ":4:1: kind: expected a scenario (kind: scenario, or no "
        + "kind field), found \"experiment\": this is an experiment file; run it with dmsim run");
  }

  @Test
  void load_scenarioOfAnotherKind_listsTheKinds() throws IOException {
    Path file = copy("central.yaml", "format: 2", "format: 2\nkind: scenaro");

    assertThat(loadProblems(file)).containsExactly(file + ":4:1: kind: expected one of: scenario, experiment, sizing, market, found "
        + "\"scenaro\"; did you mean 'scenario'?");
  }

  @Test
  void loadExperiment_missingFile_isOneProblemWithoutPosition() {
    Path missing = tmp.resolve("missing.yaml");
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.loadExperiment(missing), ScenarioException.class);

    assertThat(e.problems()).extracting(Problem::format)
        .containsExactly(missing + ":0:0: (file): expected a readable experiment file, found no such file");
  }

  @Test
  void loadExperiment_problemsInSeveralFiles_areGroupedByFileThisOneFirst() throws IOException {
    copy("central.yaml", "count: 4}]}", "count: -4}]}");
    copy("distributed.yaml", "count: 2}]}\n  - {id: mf-london", "count: 0}]}\n  - {id: mf-london");
    copy("market.yaml", "weightKg: 2.5", "weightKg: -2.5");
    Path suite = copy(SUITE_NAME, "share: 0.5", "share: 2", "replications: 30", "replications: 0");

    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.loadExperiment(suite), ScenarioException.class);

    // The market both variants name is reported once, after the first variant that names it.
    assertThat(e.problems()).extracting(Problem::source, Problem::line).map(t -> t.toList()).containsExactly(
        List.of(suite.toString(), 8), List.of(suite.toString(), 27),
        List.of(tmp.resolve("central.yaml").toString(), 13),
        List.of(tmp.resolve("market.yaml").toString(), 8),
        List.of(tmp.resolve("distributed.yaml").toString(), 15));
    assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems().stream().map(Problem::format).toList()));
  }

  // ---- problems --------------------------------------------------------------------------------

  /** One kind of mistake per case: the edits (to suite.yaml unless "@file" says otherwise), then every problem. */
  static Stream<Arguments> problems() {
    return Stream.of(
        // this file's own fields
        c("misspelt field", "replications: 30", "replication: 30",
            "suite.yaml:8:1: replication: expected one of: format, kind, name, description, seed, replications, "
                + "warmup, horizon, variants, cases, found unknown field \"replication\"; did you mean 'replications'?"),
        c("a scenario's field", "warmup: 28d", "warmup: 28d\nnodes: []",
            "suite.yaml:10:1: nodes: expected one of: format, kind, name, description, seed, replications, warmup, "
                + "horizon, variants, cases, found unknown field \"nodes\", a field of scenario files; an experiment "
                + "takes its networks from the files under variants"),
        c("disruptions at the top", "warmup: 28d", "warmup: 28d\ndisruptions: []",
            "suite.yaml:10:1: disruptions: expected one of: format, kind, name, description, seed, replications, "
                + "warmup, horizon, variants, cases, found unknown field \"disruptions\", a field of each case; list "
                + "the disruptions under cases"),
        c("format 1", "format: 2", "format: 1",
            "suite.yaml:3:1: format: expected 2, the format of experiment files, found \"1\""),
        c("misspelt kind", "kind: experiment", "kind: experimnt",
            "suite.yaml:4:1: kind: expected one of: scenario, experiment, sizing, market, found \"experimnt\"; did you mean "
                + "'experiment'?"),
        c("kind scenario", "kind: experiment", "kind: scenario",
            "suite.yaml:4:1: kind: expected kind: experiment, which makes this file an experiment, found "
                + "\"scenario\", a scenario file; load it as a scenario"),
        c("bad name", "name: small-suite", "name: Small Suite",
            "suite.yaml:5:1: name: expected an experiment name of lower-case letters, digits and '-', not starting "
                + "with '-' (e.g. eu-disruption-suite), found \"Small Suite\""),
        c("zero replications", "replications: 30", "replications: 0",
            "suite.yaml:8:1: replications: expected a number of replications, an integer from 1 to 10000, found "
                + "\"0\""),
        c("warm-up without a unit", "warmup: 28d", "warmup: 28",
            "suite.yaml:9:1: warmup: expected a duration: a number and a unit of ms, s, min, h, d or w (e.g. 90s, "
                + "15min, 4h, 3d), found \"28\" (a number without a unit)"),
        c("warm-up as long as the variants' horizon", "warmup: 28d", "warmup: 365d",
            "suite.yaml:9:1: warmup: expected a warm-up shorter than the horizon (365d, the variants' horizon), "
                + "found \"365d\""),
        c("warm-up beyond the experiment's horizon", "warmup: 28d", "warmup: 400d\nhorizon: 52w",
            "suite.yaml:9:1: warmup: expected a warm-up shorter than the horizon (52w), found \"400d\""),
        c("zero horizon", "warmup: 28d", "warmup: 0d\nhorizon: 0d",
            "suite.yaml:10:1: horizon: expected a duration greater than zero (e.g. 90s, 15min, 4h, 3d), found "
                + "\"0d\""),
        c("an anchor", "name: small-suite", "name: &n small-suite",
            "suite.yaml:5:7: name: expected a plain value (anchors '&', aliases '*' and tags '!' are not supported), "
                + "found the anchor &n"),
        c("a syntax error", "seed: 2026", "seed: [2026",
            "suite.yaml:8:13: (syntax): expected valid YAML, found a syntax error: expected ',' or ']', but got : "
                + "(while parsing a flow sequence, line 7)"),
        // variants
        c("no variants", "variants:\n  - name: centralized\n    file: central.yaml\n  - name: distributed\n    file: "
                + "distributed.yaml\n", "",
            "suite.yaml:3:1: variants: expected a non-empty list of variants: mappings with the fields name, file, set, "
                + "found nothing (the field is missing)"),
        c("empty variants", "variants:\n  - name: centralized\n    file: central.yaml\n  - name: distributed\n    file: "
                + "distributed.yaml\n", "variants: []\n",
            "suite.yaml:10:1: variants: expected a non-empty list of variants: mappings with the fields name, file, set, "
                + "found an empty list"),
        c("two variants of one name", "name: distributed", "name: centralized",
            "suite.yaml:13:5: variants[1].name: expected a variant name no other variant has, found \"centralized\" "
                + "again, first at line 11"),
        c("misspelt variant field", "file: central.yaml", "flie: central.yaml",
            "suite.yaml:11:5: variants[0].file: expected a scenario file's path, relative to this file's directory "
                + "(e.g. eu-spare-parts-centralized.yaml), found nothing (the field is missing)",
            "suite.yaml:12:5: variants[0].flie: expected one of: name, file, set, found unknown field \"flie\"; did you "
                + "mean 'file'?"),
        c("a scenario's field in a variant", "file: central.yaml", "file: central.yaml\n    horizon: 90d",
            "suite.yaml:13:5: variants[0].horizon: expected one of: name, file, set, found unknown field \"horizon\", a "
                + "field of scenario files; write it in the variant's file"),
        c("missing file", "file: central.yaml", "file: centre.yaml",
            "suite.yaml:12:5: variants[0].file: expected a readable scenario file, found no such file: centre.yaml"),
        c("a directory", "file: central.yaml", "file: .",
            "suite.yaml:12:5: variants[0].file: expected a readable scenario file, found a directory: (tmp)"),
        c("an experiment as a variant", "file: central.yaml", "file: suite.yaml",
            "suite.yaml:12:5: variants[0].file: expected a scenario file (an experiment cannot be a variant), found "
                + "an experiment file: suite.yaml"),
        c("problems in a variant file and its market keep their names and lines", "@market.yaml", "valueEur: 180",
            "valueEur: lots", "@central.yaml", "machineTypes:\n  - id: mill", "machineTypes:\n  - id: Mill",
            "central.yaml:9:5: machineTypes[0].id: expected a machine type id of lower-case letters, digits and '-', "
                + "not starting with '-' (e.g. cnc-5axis), found \"Mill\"",
            "market.yaml:9:5: products[0].valueEur: expected a value in EUR per unit, a number 0 or more, found "
                + "\"lots\""),
        c("a market that cannot be read, in a variant", "@central.yaml", "market: market.yaml",
            "market: markt.yaml",
            "central.yaml:6:1: market: expected a readable market file, found no such file: markt.yaml"),
        c("a variant with generators", "@distributed.yaml", "statusInterval: 1h", "statusInterval: 1h\ndisruptions:\n"
                + "  - generate: poisson\n    type: platform-outage\n    perYear: 1\n    duration: 1d",
            "suite.yaml:14:5: variants[1].file: expected a scenario without disruption generators: an experiment's "
                + "random disruptions belong to its cases, so that every variant meets the same ones, found 1 "
                + "generator in distributed.yaml"),
        c("a variant with fixed disruptions (they would hit every case, the baseline too)", "@distributed.yaml",
            "statusInterval: 1h", "statusInterval: 1h\ndisruptions:\n  - type: capacity-loss\n    node: mf-london\n"
                + "    share: 0.5\n    at: 10d\n    for: 5d",
            "suite.yaml:14:5: variants[1].file: expected a scenario without disruptions: an experiment's disruptions "
                + "belong to its cases, so that every case says what hits the designs and the baseline stays "
                + "undisrupted (move them to a case), found 1 disruption in distributed.yaml"),
        c("unequal horizons", "@distributed.yaml", "horizon: 365d", "horizon: 180d",
            "suite.yaml:14:5: variants[1].file: expected a scenario with the horizon of variant centralized (365d), or "
                + "a horizon in the experiment for every variant, found a horizon of 180d: distributed.yaml"),
        // cases
        c("no cases", "cases:", "old:",
            "suite.yaml:3:1: cases: expected a non-empty list of cases: mappings with the fields name, disruptions, "
                + "found nothing (the field is missing)",
            "suite.yaml:15:1: old: expected one of: format, kind, name, description, seed, replications, warmup, "
                + "horizon, variants, cases, found unknown field \"old\""),
        c("two cases of one name", "name: random", "name: baseline",
            "suite.yaml:40:5: cases[3].name: expected a case name no other case has, found \"baseline\" again, first "
                + "at line 16"),
        c("a disruption's field in a case", "name: baseline", "name: baseline\n    at: 10d",
            "suite.yaml:17:5: cases[0].at: expected one of: name, disruptions, found unknown field \"at\", a field of "
                + "a disruption; list the case's disruptions under disruptions"),
        c("a start after the variants' horizon", "at: 120d", "at: 400d",
            "suite.yaml:21:9: cases[1].disruptions[0].at: expected a start before the end of the run (horizon: 365d, "
                + "the variants' horizon), found \"400d\""),
        c("a start after the experiment's horizon", "warmup: 28d", "warmup: 28d\nhorizon: 100d",
            "suite.yaml:22:9: cases[1].disruptions[0].at: expected a start before the end of the run (horizon: "
                + "100d), found \"120d\"",
            "suite.yaml:29:9: cases[2].disruptions[0].at: expected a start before the end of the run (horizon: "
                + "100d), found \"100d\"",
            "suite.yaml:39:9: cases[2].disruptions[2].at: expected a start before the end of the run (horizon: "
                + "100d), found \"150d\""),
        c("an unknown disruption type", "type: node-outage", "type: plant-outage",
            "suite.yaml:19:9: cases[1].disruptions[0].type: expected one of: node-outage, capacity-loss, "
                + "regional-disaster, border-closure, lane-closure, lane-slowdown, supplier-failure, demand-surge, "
                + "platform-outage, platform-stale, stock-destroyed, found \"plant-outage\""),
        // references, in every variant
        c("a node of one variant only", "node: \"@largest\"", "node: plant-kassel",
            "suite.yaml:20:9: cases[1].disruptions[0].node: expected a node or supplier declared in nodes or "
                + "suppliers (one of: dc-paris, supplier-steel), in every variant, found \"plant-kassel\", not "
                + "declared in variant distributed"),
        c("a node of no variant", "node: dc-paris", "node: dc-pariss",
            "suite.yaml:26:9: cases[2].disruptions[0].node: expected a distribution centre declared in nodes, or "
                + "\"*\" for every one (one of: dc-paris), in every variant, found \"dc-pariss\", not declared in any "
                + "variant; did you mean 'dc-paris'?"),
        c("a node of another kind", "type: stock-destroyed\n        node: dc-paris",
            "type: stock-destroyed\n        node: mf-paris",
            "suite.yaml:26:9: cases[2].disruptions[0].node: expected a distribution centre declared in nodes, or "
                + "\"*\" for every one (one of: dc-paris), in every variant, found \"mf-paris\", not declared in "
                + "variant centralized, a microfactory in variant distributed"),
        c("a capacity loss at a distribution centre", "type: stock-destroyed\n        node: dc-paris\n        share: "
                + "0.5\n        at: 100d", "type: capacity-loss\n        node: dc-paris\n        share: 0.5\n        "
                + "at: 100d\n        for: 1d",
            "suite.yaml:26:9: cases[2].disruptions[0].node: expected a plant or microfactory declared in nodes (none "
                + "is declared in every variant), in every variant, found \"dc-paris\", a distribution-centre in "
                + "variants centralized and distributed"),
        c("a generator's target in one variant only", "targets: [supplier-steel]", "targets: [mf-london]",
            "suite.yaml:44:19: cases[3].disruptions[0].targets[0]: expected a supplier declared in suppliers (one "
                + "of: supplier-steel), in every variant, found \"mf-london\", not declared in variant centralized, a "
                + "microfactory in variant distributed"),
        c("variants read are checked when another is not", "@central.yaml", "machineTypes:\n  - id: mill",
            "machineTypes:\n  - id: Mill", "@suite.yaml", "node: dc-paris", "node: dc-pariss",
            "suite.yaml:26:9: cases[2].disruptions[0].node: expected a distribution centre declared in nodes, or "
                + "\"*\" for every one (one of: dc-paris), in every variant, found \"dc-pariss\", not declared in "
                + "variant distributed",
            "central.yaml:9:5: machineTypes[0].id: expected a machine type id of lower-case letters, digits and '-', "
                + "not starting with '-' (e.g. cnc-5axis), found \"Mill\""),
        c("an unknown product", "product: seal-kit", "product: seal-kits",
            "suite.yaml:36:9: cases[2].disruptions[2].product: expected a product declared in products, or \"*\" for "
                + "every product (one of: impeller, seal-kit), in every variant, found \"seal-kits\", not declared in "
                + "any variant; did you mean 'seal-kit'?"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void loadExperiment_invalid_reportsEveryProblemAtItsFileAndLine(String mistake, List<String[]> edits,
      List<String> expected) throws IOException {
    assertThat(problems(edits)).containsExactlyElementsOf(expected);
  }

  // ---- one market --------------------------------------------------------------------------------

  @Test
  void loadExperiment_variantNamingAnotherMarketFile_isReportedAtItsFile() throws IOException {
    copy("market.yaml");
    Files.copy(tmp.resolve("market.yaml"), tmp.resolve("other-market.yaml"));
    copy("distributed.yaml", "market: market.yaml", "market: other-market.yaml");

    assertThat(loadExperimentProblems(copy(SUITE_NAME))).containsExactly("suite.yaml:14:5: variants[1].file: expected "
        + "a design of the market of variant centralized: a scenario that names the same market file (market: "
        + "market.yaml), found market: other-market.yaml in distributed.yaml");
  }

  @Test
  void loadExperiment_variantWritingItsMarketItself_isReportedAtItsFile() throws IOException {
    copy("distributed.yaml", "market: market.yaml\n", "");
    Files.writeString(tmp.resolve("distributed.yaml"), marketBody(), StandardOpenOption.APPEND);

    assertThat(loadExperimentProblems(copy(SUITE_NAME))).containsExactly("suite.yaml:14:5: variants[1].file: expected "
        + "a design of the market of variant centralized: a scenario that names the same market file (market: "
        + "market.yaml), found products and regions written in distributed.yaml itself");
  }

  @Test
  void loadExperiment_firstVariantWritingItsMarketItself_asksForOneMarketFile() throws IOException {
    copy("central.yaml", "market: market.yaml\n", "");
    Files.writeString(tmp.resolve("central.yaml"), marketBody(), StandardOpenOption.APPEND);

    assertThat(loadExperimentProblems(copy(SUITE_NAME))).containsExactly("suite.yaml:14:5: variants[1].file: expected "
        + "a design of the market of variant centralized, which writes its products and regions itself: every "
        + "variant must name one market file (market: FILE), found market: market.yaml in distributed.yaml");
  }

  @Test
  void loadExperiment_twoVariantsOfOneScenarioFileWithoutAMarket_areOfOneMarket() throws Exception {
    copy("central.yaml", "market: market.yaml\n", "");
    Files.writeString(tmp.resolve("central.yaml"), marketBody(), StandardOpenOption.APPEND);
    Path suite = copy(SUITE_NAME, "file: distributed.yaml", "file: central.yaml");

    assertThat(ScenarioLoader.loadExperiment(suite).variants()).hasSize(2);
  }

  /** The products and regions of the test market, to write into a scenario. */
  private static String marketBody() throws IOException {
    String market = Files.readString(MARKET);
    return "\n" + market.substring(market.indexOf("products:"));
  }

  @Test
  void loadExperiment_bundledSuite_loadsBothDesignsUnderEveryCase() throws ScenarioException {
    Experiment e = ScenarioLoader.loadExperiment(Path.of("library", "eu-disruption-suite.yaml"));

    assertThat(e.variants()).extracting(Experiment.Variant::name).containsExactly("centralized", "distributed");
    assertThat(e.cases()).hasSize(8);
    assertThat(e.warmupMs()).isEqualTo(28 * DAY_MS);
  }

  // ---- the documentation ---------------------------------------------------------------------

  @Test
  void docs_experimentExampleAndItsErrors_matchTheLoader() throws IOException, ScenarioException {
    String doc = Files.readString(Path.of("..", "docs", "scenario-format.md"), StandardCharsets.UTF_8);
    String section = doc.substring(doc.indexOf("## Experiment files"));
    int start = section.indexOf("```yaml\n") + "```yaml\n".length();
    String example = section.substring(start, section.indexOf("```", start));
    String name = "eu-disruption-suite.yaml";
    List<String> documented = section.lines().filter(l -> l.startsWith("    " + name + ":")).map(String::strip)
        .toList();
    for (String file : List.of("eu-spare-parts-centralized.yaml", "eu-spare-parts-distributed.yaml",
        "eu-spare-parts-market.yaml")) {
      Files.copy(Path.of("library", file), tmp.resolve(file));
    }
    Path suite = Files.writeString(tmp.resolve(name), example);

    Experiment e = ScenarioLoader.loadExperiment(suite);
    assertThat(e.variants()).extracting(Experiment.Variant::name).containsExactly("centralized", "distributed");
    assertThat(e.cases()).hasSize(5);

    Files.writeString(suite, ScenarioFieldsTest.edit(example, "replications: 30", "replication: 30",
        "warmup: 28d ", "warmup: 28  ", "node: \"@largest\"    ", "node: plant-kassel  ",
        "targets: [supplier-bar,", "targets: [supplier-steel,"));
    List<String> broken = loadExperimentProblems(suite);
    Path distributed = tmp.resolve("eu-spare-parts-distributed.yaml");
    Files.writeString(suite, example);
    Files.copy(tmp.resolve("eu-spare-parts-market.yaml"), tmp.resolve("eu-spare-parts-market-2030.yaml"));
    Files.writeString(distributed, ScenarioFieldsTest.edit(Files.readString(distributed),
        "market: eu-spare-parts-market.yaml", "market: eu-spare-parts-market-2030.yaml"));
    List<String> otherMarket = loadExperimentProblems(suite);

    assertThat(documented).hasSize(5).containsExactlyElementsOf(Stream.concat(broken.stream(), otherMarket.stream())
        .toList());
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** A case: its name, edits (pairs of text and replacement, "@file" switching the file), then each problem. */
  private static Arguments c(String mistake, String... editsThenProblems) {
    List<String[]> edits = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    String file = SUITE_NAME;
    List<String> pair = new ArrayList<>();
    for (String s : editsThenProblems) {
      if (s.matches("(?s)[\\w.-]+\\.yaml:\\d+:\\d+: .*")) {
        expected.add(s);
      } else if (s.startsWith("@")) {
        file = s.substring(1);
      } else {
        pair.add(s);
        if (pair.size() == 2) {
          edits.add(new String[] {file, pair.get(0), pair.get(1)});
          pair.clear();
        }
      }
    }
    assertThat(pair).as("edits come in pairs: %s", mistake).isEmpty();
    return Arguments.of(mistake, edits, expected);
  }

  /**
   * Copies every test file to the temporary directory, edits them and loads the suite: its problems, with paths
   * relative to the directory, which itself is shown as (tmp).
   */
  private List<String> problems(List<String[]> edits) throws IOException {
    copy(SUITE_NAME);
    for (String[] edit : edits) {
      Path f = tmp.resolve(edit[0]);
      Files.writeString(f, ScenarioFieldsTest.edit(Files.readString(f), edit[1], edit[2]));
    }
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.loadExperiment(tmp.resolve(SUITE_NAME)),
        ScenarioException.class);
    assertThat(e).as("a problem").isNotNull();
    String prefix = tmp + File.separator;
    return e.problems().stream().map(p -> p.format().replace(prefix, "").replace(tmp.toString(), "(tmp)")).toList();
  }

  /** Copies every test file to the temporary directory, then {@code name} again with edits (text, replacement). */
  private Path copy(String name, String... fromTo) throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path f : files.toList()) {
        Path to = tmp.resolve(f.getFileName().toString());
        if (!Files.exists(to)) {
          Files.copy(f, to);
        }
      }
    }
    String text = Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    return Files.writeString(tmp.resolve(name), ScenarioFieldsTest.edit(text, fromTo));
  }

  /** The problems of an experiment file in the temporary directory, with paths relative to it. */
  private List<String> loadExperimentProblems(Path file) {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.loadExperiment(file), ScenarioException.class);
    assertThat(e).as("a problem").isNotNull();
    return e.problems().stream().map(p -> p.format().replace(tmp + File.separator, "")).toList();
  }

  private static List<String> loadProblems(Path file) {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(file), ScenarioException.class);
    assertThat(e).as("a problem").isNotNull();
    return e.problems().stream().map(Problem::format).toList();
  }
}
