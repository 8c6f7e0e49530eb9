package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Exponential;
import org.dmsim.model.dist.LogNormal;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.geo.LaneSpec;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.spec.CostSpec;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.policy.Discipline;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.MachineType;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.PlatformSpec;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.model.mfg.spec.TransportSpec;
import org.dmsim.model.time.Durations;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading a scenario: the file, its text, plain YAML, the {@code format}, and how every problem is
 * placed; the bundled tiny scenarios. The fields of each section are tested in
 * {@link ScenarioFieldsTest}.
 */
class ScenarioLoaderTest {
  private static final String SOURCE = "t.yaml";
  private static final GeoPoint FRANKFURT = new GeoPoint(50.11, 8.68);

  /** A small valid scenario; tests change one line at a time, so these line numbers hold for them. */
  static final String VALID = """
      # A test network.
      format: 2
      name: tiny-factory
      description: One plant.
      horizon: 30d
      seed: 42
      replications: 3
      products:
        - id: part
          weightKg: 1
          valueEur: 100
          routing:
            - process: cnc
              time: {kind: exponential, mean: 20min}
      machineTypes:
        - id: machine
          capabilities: [cnc]
      nodes:
        - id: plant-frankfurt
          kind: plant
          location: {lat: 50.11, lon: 8.68}
          machines:
            - type: machine
              count: 2
      regions:
        - id: region-paris
          location: {lat: 48.86, lon: 2.35}
          demand:
            - product: part
              ordersPerDay: 30
              promisedLeadTime: 2d
        - id: region-milan
          location: {lat: 45.46, lon: 9.19}
          demand:
            - product: part
              ordersPerDay: 25.5
              promisedLeadTime: 0s
      platform:
        location: {lat: 50.11, lon: 8.68}
        allocation: nearest
        orderLatency: 1h
        infoDelay: 90min
        statusInterval: 1h
      """;

  /** The network of {@link #VALID}. */
  static ManufacturingSpec validNetwork() {
    Product part = new Product("part", 1, 100, false, 1, List.of(),
        List.of(new Step(ProcessType.CNC, new Exponential(20 * SimTime.MINUTE_MS), 0)));
    MachineType machine = new MachineType("machine", Set.of(ProcessType.CNC), 1, 0, Optional.empty());
    NodeSpec plant = NodeSpec.producer("plant-frankfurt", NodeKind.PLANT, FRANKFURT,
        List.of(new MachineGroup("machine", 2)), Discipline.FIFO, Map.of(), 0);
    List<RegionSpec> regions = List.of(
        new RegionSpec("region-paris", new GeoPoint(48.86, 2.35),
            List.of(DemandSpec.poisson("part", 30, new Deterministic(1), 2 * SimTime.DAY_MS))),
        new RegionSpec("region-milan", new GeoPoint(45.46, 9.19),
            List.of(DemandSpec.poisson("part", 25.5, new Deterministic(1), 0))));
    PlatformSpec platform = new PlatformSpec(FRANKFURT, AllocationPolicy.NEAREST, SimTime.HOUR_MS,
        90 * SimTime.MINUTE_MS, SimTime.HOUR_MS, Double.POSITIVE_INFINITY, 0);
    return new ManufacturingSpec("tiny-factory", 30 * SimTime.DAY_MS, List.of(part), List.of(machine), List.of(plant),
        List.of(), regions, platform, TransportSpec.ROAD, CostSpec.NONE);
  }

  @TempDir
  Path dir;

  @Test
  void parse_validScenario_mapsToItsNetwork() throws ScenarioException {
    Scenario s = ScenarioLoader.parse(VALID, SOURCE);

    assertThat(s).isEqualTo(new Scenario(SOURCE, "tiny-factory", "One plant.", validNetwork(), 42, 3));
  }

  @Test
  void parse_optionalFieldsOmitted_usesDefaults() throws ScenarioException {
    String yaml = VALID.replace("description: One plant.\n", "").replace("seed: 42\n", "")
        .replace("replications: 3\n", "");

    Scenario s = ScenarioLoader.parse(yaml, SOURCE);

    assertThat(s.description()).isEmpty();
    assertThat(s.defaultSeed()).isEqualTo(1);
    assertThat(s.defaultReplications()).isEqualTo(1);
  }

  @Test
  void parse_flowStyleAndQuotedNames_acceptsPlainYamlVariants() throws ScenarioException {
    String yaml = """
        format: 2
        name: "flow"
        horizon: '1w'
        products: [{id: p, weightKg: 1, valueEur: 0, routing: [{process: cnc, time: 250ms}]}]
        machineTypes: [{id: m, capabilities: [cnc]}]
        nodes: [{id: f, kind: plant, location: {lat: 0, lon: 0}, machines: [{type: m, count: 1}]}]
        regions: [{id: "no", location: {lat: 0, lon: 0}, demand: [{product: p, ordersPerDay: 1e2, promisedLeadTime: 0ms}]}]
        platform: {location: {lat: 0, lon: 0}, allocation: nearest, orderLatency: 1s, infoDelay: 1s, statusInterval: 1s}
        """;

    ManufacturingSpec n = ScenarioLoader.parse(yaml, SOURCE).network();

    assertThat(n.name()).isEqualTo("flow");
    assertThat(n.horizonMs()).isEqualTo(SimTime.WEEK_MS);
    assertThat(n.products().get(0).routing()).containsExactly(new Step(ProcessType.CNC, new Deterministic(250), 0));
    assertThat(n.nodes()).extracting(NodeSpec::id).containsExactly("f");
    assertThat(n.regions()).singleElement().isEqualTo(new RegionSpec("no", new GeoPoint(0, 0),
        List.of(DemandSpec.poisson("p", 100, new Deterministic(1), 0))));
  }

  @Test
  void parse_negativeOrdersPerDay_formatsTheLine() {
    List<Problem> problems = problems(change("ordersPerDay: 25.5", "ordersPerDay: -3"));

    assertThat(problems).singleElement().extracting(Problem::format).isEqualTo(
        "t.yaml:36:9: regions[1].demand[0].ordersPerDay: expected a positive number of orders per day, found \"-3\"");
  }

  // ---- the format --------------------------------------------------------------------------------

  @Test
  void parse_noFormat_reportsOnlyThat() {
    assertThat(problems(VALID.replace("format: 2\n", ""))).extracting(Problem::format).containsExactly(
        "t.yaml:2:1: format: expected " + ScenarioReader.FORMAT + ", found nothing (the field is missing)");
  }

  @Test
  void parse_formatOne_reportsOnlyThat() {
    assertThat(problems(change("format: 2", "format: 1"))).extracting(Problem::format).containsExactly(
        "t.yaml:2:1: format: expected " + ScenarioReader.FORMAT + ", found \"1\"");
  }

  @Test
  void parse_aFileOfTheRetiredFormat1_getsOneProblemSayingHowToWriteIt() {
    String format1 = """
        name: tiny-factory
        horizon: 30d
        factory: {id: plant-frankfurt, machines: 2, processingTimeMean: 20min}
        regions:
          - {id: region-paris, ordersPerDay: 30, orderLatency: 1h, transit: 12h, promisedLeadTime: 2d}
        """;

    assertThat(problems(format1)).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(1, 1, "format");
      assertThat(p.expected()).contains("format 1").contains("docs/scenario-format.md");
    });
  }

  @Test
  void docs_errorsOfAFileWithoutFormatAndOfAMissingFile_matchTheLoader() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "scenario-format.md"), StandardCharsets.UTF_8);
    String errors = doc.substring(doc.indexOf("## Errors"), doc.indexOf("## Files of format 1"));
    List<String> documented = errors.lines()
        .filter(l -> l.startsWith("    tiny.yaml:") || l.startsWith("    missing.yaml:")).map(String::strip).toList();
    String format1 = "name: tiny-factory\nhorizon: 30d\n";
    ScenarioException noFormat = catchThrowableOfType(() -> ScenarioLoader.parse(format1, "tiny.yaml"),
        ScenarioException.class);
    ScenarioException missing = catchThrowableOfType(() -> ScenarioLoader.load(dir.resolve("missing.yaml")),
        ScenarioException.class);

    assertThat(documented).containsExactly(
        missing.problems().get(0).format().replace(dir + File.separator, ""),
        noFormat.problems().get(0).format());
  }

  // ---- YAML --------------------------------------------------------------------------------------

  @Test
  void parse_emptyDocument_reportsOneFileProblem() {
    assertThat(problems("# only a comment\n")).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("(file)");
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.found()).isEqualTo("an empty document");
    });
  }

  @Test
  void parse_topLevelList_reportsNotAMapping() {
    assertThat(problems("\n- name: x\n")).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("(file)");
      assertThat(p).extracting(Problem::line, Problem::column).containsExactly(2, 1);
      assertThat(p.expected()).startsWith("a scenario: a mapping with the fields format, kind, name, description");
      assertThat(p.found()).isEqualTo("a list");
    });
  }

  @Test
  void parse_syntaxError_reportsProblemMarkLineAndColumn() {
    List<Problem> problems = problems(change("description: One plant.", "description: One plant: big."));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(4, 23, "(syntax)");
      assertThat(p.expected()).isEqualTo("valid YAML");
      assertThat(p.found()).isEqualTo("a syntax error: mapping values are not allowed here");
    });
  }

  @Test
  void parse_unclosedFlowList_reportsSyntaxWithContextLine() {
    List<Problem> problems = problems(change("capabilities: [cnc]", "capabilities: [cnc"));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("(syntax)");
      assertThat(p.line()).isGreaterThanOrEqualTo(17);
      assertThat(p.found()).contains("line 17");
    });
  }

  @Test
  void parse_twoDocuments_reportsTheSecond() {
    List<Problem> problems = problems(VALID + "---\nname: other\n");

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::field).containsExactly(44, "(syntax)");
      assertThat(p.found()).contains("another document");
    });
  }

  @Test
  void parse_misspeltField_listsFieldsAndSuggestsTheClosest() {
    List<Problem> problems = problems(change("        count: 2", "        cont: 2"));

    assertThat(problems).extracting(Problem::format).containsExactly(
        "t.yaml:23:9: nodes[0].machines[0].count: expected a number of machines, an integer from 1 to 10000, "
            + "found nothing (the field is missing)",
        "t.yaml:24:9: nodes[0].machines[0].cont: expected one of: type, count, "
            + "found unknown field \"cont\"; did you mean 'count'?");
  }

  @Test
  void parse_unknownFieldUnlikeAny_listsFieldsWithoutSuggestion() {
    List<Problem> problems = problems(change("    location: {lat: 48.86, lon: 2.35}",
        "    location: {lat: 48.86, lon: 2.35}\n    colour: red"));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(28, 5, "regions[0].colour");
      assertThat(p.expected()).isEqualTo("one of: id, location, demand");
      assertThat(p.found()).isEqualTo("unknown field \"colour\"");
    });
  }

  @Test
  void parse_wronglyCasedTopLevelField_suggestsIt() {
    List<Problem> problems = problems(change("seed: 42", "Seed: 42"));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(6, 1, "Seed");
      assertThat(p.found()).endsWith("did you mean 'seed'?");
    });
  }

  @Test
  void parse_duplicateKey_reportsSecondWithLineOfFirst() {
    List<Problem> problems = problems(change("        count: 2", "        count: 2\n        count: 3"));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field)
          .containsExactly(25, 9, "nodes[0].machines[0].count");
      assertThat(p.expected()).isEqualTo("each field at most once");
      assertThat(p.found()).isEqualTo("'count' again, first given at line 24");
    });
  }

  @Test
  void parse_missingRequiredFields_reportsEachAtItsEnclosingMapping() {
    // Without the horizon line, the first demand line's mapping starts on line 28.
    String yaml = VALID.replace("horizon: 30d\n", "").replace("        promisedLeadTime: 2d\n", "");

    assertThat(problems(yaml)).extracting(Problem::line, Problem::column, Problem::field).containsExactly(
        tuple(2, 1, "horizon"),
        tuple(28, 9, "regions[0].demand[0].promisedLeadTime"));
  }

  @Test
  void parse_scalarWhereMappingExpected_reportsWrongTypeAtField() {
    String yaml = VALID.substring(0, VALID.indexOf("platform:")) + "platform: frankfurt\n";

    assertThat(problems(yaml)).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(38, 1, "platform");
      assertThat(p.expected()).startsWith("the order platform: a mapping with the fields location, allocation, policy");
      assertThat(p.found()).isEqualTo("\"frankfurt\"");
    });
  }

  @Test
  void parse_mappingWhereScalarExpected_reportsWrongType() {
    assertThat(problems(change("  - id: plant-frankfurt", "  - id: {name: plant}"))).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(19, 5, "nodes[0].id");
      assertThat(p.found()).isEqualTo("a mapping");
    });
  }

  @Test
  void parse_emptyValue_reportsNothingFound() {
    assertThat(problems(change("horizon: 30d", "horizon:"))).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::field).containsExactly(5, "horizon");
      assertThat(p.found()).isEqualTo("nothing");
    });
  }

  @Test
  void parse_wordWhereIntegerExpected_reportsWrongType() {
    assertThat(problems(change("count: 2", "count: two"))).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field)
          .containsExactly(24, 9, "nodes[0].machines[0].count");
      assertThat(p.expected()).isEqualTo("a number of machines, an integer from 1 to 10000");
      assertThat(p.found()).isEqualTo("\"two\"");
    });
  }

  @Test
  void parse_quotedNumber_reportsItIsText() {
    assertThat(problems(change("ordersPerDay: 30", "ordersPerDay: \"30\""))).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("regions[0].demand[0].ordersPerDay");
      assertThat(p.found()).isEqualTo("\"30\" in quotes, which makes it a text");
    });
  }

  @Test
  void parse_fractionalMachines_reportsIntegerExpected() {
    assertThat(problems(change("count: 2", "count: 2.5"))).singleElement()
        .extracting(Problem::field, Problem::found).containsExactly("nodes[0].machines[0].count", "\"2.5\"");
  }

  @Test
  void parse_integersOutOfRange_reportsEach() {
    String yaml = VALID.replace("seed: 42", "seed: 9223372036854775808").replace("replications: 3", "replications: 0")
        .replace("count: 2", "count: 10001");

    assertThat(problems(yaml)).extracting(Problem::field, Problem::found).containsExactly(
        tuple("seed", "\"9223372036854775808\""),
        tuple("replications", "\"0\""),
        tuple("nodes[0].machines[0].count", "\"10001\""));
  }

  @Test
  void parse_extremeSeeds_areAccepted() throws ScenarioException {
    assertThat(ScenarioLoader.parse(change("seed: 42", "seed: -9223372036854775808"), SOURCE).defaultSeed())
        .isEqualTo(Long.MIN_VALUE);
    assertThat(ScenarioLoader.parse(change("seed: 42", "seed: +9223372036854775807"), SOURCE).defaultSeed())
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void parse_durationWithoutUnit_reportsDurationsWording() {
    assertThat(problems(change("horizon: 30d", "horizon: 30"))).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(5, 1, "horizon");
      assertThat(p.expected()).isEqualTo(Durations.EXPECTED);
      assertThat(p.found()).isEqualTo("\"30\" (a number without a unit)");
    });
  }

  @Test
  void parse_badDurations_reportsEachWithDurationsWording() {
    String yaml = VALID.replace("promisedLeadTime: 2d", "promisedLeadTime: 2 days").replace("infoDelay: 90min",
        "infoDelay: -1h");

    assertThat(problems(yaml)).extracting(Problem::line, Problem::field, Problem::expected).containsExactly(
        tuple(31, "regions[0].demand[0].promisedLeadTime", Durations.EXPECTED),
        tuple(42, "platform.infoDelay", Durations.EXPECTED));
  }

  @Test
  void parse_zeroWherePositiveDurationRequired_reportsPositiveExpected() {
    assertThat(problems(change("orderLatency: 1h", "orderLatency: 0min"))).singleElement()
        .satisfies(p -> {
          assertThat(p.field()).isEqualTo("platform.orderLatency");
          assertThat(p.expected()).isEqualTo("a duration greater than zero (e.g. 90s, 15min, 4h, 3d)");
          assertThat(p.found()).isEqualTo("\"0min\"");
        });
  }

  @Test
  void parse_zeroOrInfiniteOrdersPerDay_reportsPositiveExpected() {
    String yaml = VALID.replace("ordersPerDay: 30", "ordersPerDay: 0").replace("ordersPerDay: 25.5", "ordersPerDay: .inf");

    assertThat(problems(yaml)).extracting(Problem::field, Problem::expected).containsExactly(
        tuple("regions[0].demand[0].ordersPerDay", "a positive number of orders per day"),
        tuple("regions[1].demand[0].ordersPerDay", "a positive number of orders per day"));
  }

  @Test
  void parse_invalidNames_reportsEach() {
    String yaml = VALID.replace("name: tiny-factory", "name: Tiny_Factory").replace("id: region-paris", "id: -paris");

    assertThat(problems(yaml)).extracting(Problem::line, Problem::column, Problem::field, Problem::found)
        .containsExactly(
            tuple(3, 1, "name", "\"Tiny_Factory\""),
            tuple(26, 5, "regions[0].id", "\"-paris\""));
  }

  @Test
  void parse_duplicateRegionId_reportsTheSecondNamingTheFirst() {
    assertThat(problems(change("id: region-milan", "id: region-paris"))).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(32, 5, "regions[1].id");
      assertThat(p.expected()).isEqualTo("a name no other node, supplier or region has");
      assertThat(p.found()).isEqualTo("\"region-paris\", already the id of regions[0] at line 26");
    });
  }

  @Test
  void parse_regionIdEqualToThePlantsId_reportsTheRegion() {
    assertThat(problems(change("id: region-paris", "id: plant-frankfurt"))).singleElement()
        .extracting(Problem::line, Problem::field, Problem::found)
        .containsExactly(26, "regions[0].id", "\"plant-frankfurt\", already the id of nodes[0] at line 19");
  }

  @Test
  void parse_emptyRegions_reportsNonEmptyListExpected() {
    String yaml = VALID.substring(0, VALID.indexOf("regions:")) + "regions: []\n"
        + VALID.substring(VALID.indexOf("platform:"));

    assertThat(problems(yaml)).singleElement().extracting(Problem::line, Problem::field, Problem::expected,
        Problem::found).containsExactly(25, "regions", "a non-empty list of regions", "an empty list");
  }

  @Test
  void parse_anchorAndAlias_rejectsBothWhereWritten() {
    String yaml = VALID.replace("orderLatency: 1h", "orderLatency: &lat 1h").replace("infoDelay: 90min",
        "infoDelay: *lat");

    assertThat(problems(yaml)).extracting(Problem::line, Problem::column, Problem::field, Problem::found)
        .containsExactly(
            tuple(41, 17, "platform.orderLatency", "the anchor &lat"),
            tuple(42, 14, "platform.infoDelay", "the alias *lat"));
  }

  @Test
  void parse_recursiveAlias_reportsWithoutLooping() {
    String yaml = VALID.substring(0, VALID.indexOf("regions:")) + "regions: &r [*r]\n"
        + VALID.substring(VALID.indexOf("platform:"));

    assertThat(problems(yaml)).extracting(Problem::field, Problem::found).containsExactly(
        tuple("regions", "the anchor &r"),
        tuple("regions[0]", "the alias *r"));
  }

  @Test
  void parse_customTag_reportsTheTagOnly() {
    assertThat(problems(change("count: 2", "count: !count 2"))).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field)
          .containsExactly(24, 16, "nodes[0].machines[0].count");
      assertThat(p.expected()).contains("tags '!' are not supported");
      assertThat(p.found()).isEqualTo("the tag !count");
    });
  }

  @Test
  void parse_standardTagOnMapping_isRejectedInShortForm() {
    assertThat(problems(change("platform:", "platform: !!map"))).singleElement()
        .extracting(Problem::field, Problem::found).containsExactly("platform", "the tag !!map");
  }

  @Test
  void parse_listAsKey_reportsFieldNameExpected() {
    assertThat(problems(change("seed: 42", "[seed]: 42"))).singleElement()
        .extracting(Problem::line, Problem::field, Problem::expected, Problem::found)
        .containsExactly(6, "?", "a field name", "a list");
  }

  @Test
  void parse_severalProblems_reportsAllSortedByPosition() {
    String yaml = VALID.replace("promisedLeadTime: 0s", "promisedLeadTime: soon")
        .replace("name: tiny-factory", "name: Tiny")
        .replace("count: 2", "count: 0");

    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(yaml, SOURCE), ScenarioException.class);

    assertThat(e.problems()).extracting(Problem::line).containsExactly(3, 24, 37);
    assertThat(e.problems()).extracting(Problem::field)
        .containsExactly("name", "nodes[0].machines[0].count", "regions[1].demand[0].promisedLeadTime");
    assertThat(e.getMessage().split("\n")).containsExactlyElementsOf(
        e.problems().stream().map(Problem::format).toList());
  }

  @Test
  void parse_nonPrintableCharacter_reportsItsPosition() {
    assertThat(problems(change("description: One plant.", "description: One\u0007plant."))).singleElement()
        .extracting(Problem::line, Problem::column, Problem::found)
        .containsExactly(4, 17, "the character U+0007");
  }

  // ---- files -------------------------------------------------------------------------------------

  @Test
  void load_validFile_namesTheFileAsSource() throws IOException, ScenarioException {
    Path file = dir.resolve("ok.yaml");
    Files.writeString(file, VALID, StandardCharsets.UTF_8);

    Scenario s = ScenarioLoader.load(file);

    assertThat(s.source()).isEqualTo(file.toString());
    assertThat(s.name()).isEqualTo("tiny-factory");
  }

  @Test
  void load_missingFile_reportsOneProblemAtLineZero() {
    Path file = dir.resolve("missing.yaml");

    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(file), ScenarioException.class);

    assertThat(e.problems()).singleElement().extracting(Problem::source, Problem::line, Problem::column,
        Problem::field, Problem::expected, Problem::found)
        .containsExactly(file.toString(), 0, 0, "(file)", "a readable scenario file", "no such file");
    assertThat(e.getMessage()).isEqualTo(file + ":0:0: (file): expected a readable scenario file, found no such file");
  }

  @Test
  void load_directory_reportsADirectory() {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(dir), ScenarioException.class);

    assertThat(e.problems()).singleElement().extracting(Problem::line, Problem::found).containsExactly(0, "a directory");
  }

  @Test
  void load_latin1File_reportsTheFirstInvalidByte() throws IOException {
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, VALID.replace("One plant.", "Une usine à Francfort.").getBytes(StandardCharsets.ISO_8859_1));

    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(file), ScenarioException.class);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(4, 24, "(file)");
      assertThat(p.expected()).isEqualTo("a file encoded in UTF-8");
      assertThat(p.found()).startsWith("the byte 0xE0");
    });
  }

  @Test
  void load_fileWithByteOrderMark_loads() throws IOException, ScenarioException {
    Path file = dir.resolve("bom.yaml");
    Files.writeString(file, "\uFEFF" + VALID, StandardCharsets.UTF_8);

    assertThat(ScenarioLoader.load(file).name()).isEqualTo("tiny-factory");
  }

  // ---- the bundled tiny scenarios ----------------------------------------------------------------

  @Test
  void load_bundledTinyFactory_isOnePlantOfTwoMachinesServingThreeRegionsBelowTargetUtilization()
      throws ScenarioException {
    Scenario s = ScenarioLoader.load(Path.of("library", "tiny-factory.yaml"));

    ManufacturingSpec n = s.network();
    assertThat(s.name()).isEqualTo("tiny-factory");
    assertThat(n.horizonMs()).isEqualTo(30 * SimTime.DAY_MS);
    assertThat(n.nodes()).singleElement().satisfies(plant -> {
      assertThat(plant.id()).isEqualTo("plant-frankfurt");
      assertThat(plant.machines()).containsExactly(new MachineGroup("machine", 2));
    });
    assertThat(n.regions()).extracting(RegionSpec::id).containsExactly("region-paris", "region-milan", "region-warsaw");
    assertThat(n.transport().lanes()).extracting(LaneSpec::transitMs).map(t -> t.getAsLong())
        .containsExactly(12 * SimTime.HOUR_MS, SimTime.DAY_MS, 2 * SimTime.DAY_MS);
    assertThat(s.defaultSeed()).isEqualTo(42);
    assertThat(s.defaultReplications()).isEqualTo(3);
    assertThat(utilization(n)).isCloseTo(0.78, within(0.01)).isLessThan(0.85);
    assertThat(n.problems()).isEmpty();
  }

  @Test
  void load_bundledMm1_isOneMachineAtUtilizationPointEight() throws ScenarioException {
    Scenario s = ScenarioLoader.load(Path.of("library", "mm1.yaml"));

    ManufacturingSpec n = s.network();
    assertThat(n.horizonMs()).isEqualTo(400 * SimTime.DAY_MS);
    assertThat(n.nodes()).hasSize(1);
    assertThat(n.nodes().get(0).machines()).containsExactly(new MachineGroup("server", 1));
    assertThat(n.machineTypes()).singleElement().satisfies(t -> {
      assertThat(t.failures()).isEmpty();
      assertThat(t.scrapProbability()).isZero();
    });
    assertThat(n.products()).hasSize(1);
    assertThat(n.products().get(0).routing())
        .containsExactly(new Step(ProcessType.CNC, new Exponential(32 * SimTime.MINUTE_MS), 0));
    assertThat(n.regions()).hasSize(1);
    assertThat(n.regions().get(0).demand())
        .containsExactly(DemandSpec.poisson("job", 36, new Deterministic(1), SimTime.DAY_MS));
    assertThat(n.platform().maxQueuePerMachine()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(utilization(n)).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void parse_setupAsDistributionByCount_givesTheStepItsSetupRule() throws ScenarioException {
    Scenario s = ScenarioLoader.parse(change("time: {kind: exponential, mean: 20min}", "time: {kind: exponential,"
        + " mean: 20min}\n        setup: {kind: lognormal, mean: 10min, cv: 0.5}\n        setupOnChange: false"
        + "\n        setupEvery: 20"), SOURCE);

    Step step = s.network().products().get(0).routing().get(0);
    assertThat(step.setup()).isEqualTo(new LogNormal(10 * SimTime.MINUTE_MS, 0.5));
    assertThat(step.setupOnChange()).isFalse();
    assertThat(step.setupEveryJobs()).isEqualTo(20);
  }

  @Test
  void parse_setupEveryZero_isAPositionedProblem() {
    List<Problem> problems = problems(change("time: {kind: exponential, mean: 20min}",
        "time: {kind: exponential, mean: 20min}\n        setupEvery: 0"));

    assertThat(problems).singleElement().extracting(Problem::format).asString()
        .startsWith(SOURCE + ":15:9: products[0].routing[0].setupEvery: expected a number of jobs, an integer from 1"
            + " to 10000");
  }

  /** Offered load per machine: orders per day times the mean processing time over machine-days (one unit, one step). */
  private static double utilization(ManufacturingSpec n) {
    double ordersPerDay = n.regions().stream().flatMap(r -> r.demand().stream())
        .mapToDouble(DemandSpec::ordersPerDay).sum();
    double meanMs = n.products().get(0).routing().get(0).timeMs().mean();
    int machines = n.nodes().stream().flatMap(node -> node.machines().stream()).mapToInt(MachineGroup::count).sum();
    return ordersPerDay * meanMs / (machines * (double) SimTime.DAY_MS);
  }

  /** VALID with one text replaced; fails the test if the text is not there, so edits cannot go stale. */
  private static String change(String from, String to) {
    assertThat(VALID).contains(from);
    return VALID.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
  }

  private static List<Problem> problems(String yaml) {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(yaml, SOURCE), ScenarioException.class);
    assertThat(e).as("a problem for:%n%s", yaml).isNotNull();
    return e.problems();
  }
}
