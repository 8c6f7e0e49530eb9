package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmsim.model.network.FactorySpec;
import org.dmsim.model.network.NetworkSpec;
import org.dmsim.model.network.RegionSpec;
import org.dmsim.model.time.Durations;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
  private static final String SOURCE = "t.yaml";

  /** A valid scenario; tests change one line at a time, so these line numbers hold for them. */
  static final String VALID = """
      # A test network.
      name: tiny-factory
      description: One plant.
      horizon: 30d
      seed: 42
      replications: 3
      factory:
        id: plant-frankfurt
        machines: 2
        processingTimeMean: 20min
      regions:
        - id: region-paris
          ordersPerDay: 30
          orderLatency: 1h
          transit: 12h
          promisedLeadTime: 2d
        - id: region-milan
          ordersPerDay: 25.5
          orderLatency: 90min
          transit: 1.5d
          promisedLeadTime: 0s
      """;

  @TempDir
  Path dir;

  @Test
  void parse_validScenario_mapsToNetworkSpec() throws ScenarioException {
    Scenario s = ScenarioLoader.parse(VALID, SOURCE);

    NetworkSpec expected = new NetworkSpec("tiny-factory", 30 * SimTime.DAY_MS,
        new FactorySpec("plant-frankfurt", 2, 20 * SimTime.MINUTE_MS),
        List.of(new RegionSpec("region-paris", 30, SimTime.HOUR_MS, 12 * SimTime.HOUR_MS, 2 * SimTime.DAY_MS),
            new RegionSpec("region-milan", 25.5, 90 * SimTime.MINUTE_MS, 36 * SimTime.HOUR_MS, 0)));
    assertThat(s).isEqualTo(new Scenario(SOURCE, "tiny-factory", "One plant.", expected, 42, 3));
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
        name: "flow"
        horizon: '1w'
        factory: {id: f, machines: 1, processingTimeMean: 250ms}
        regions: [{id: "no", ordersPerDay: 1e2, orderLatency: 1s, transit: 1s, promisedLeadTime: 0ms}]
        """;

    Scenario s = ScenarioLoader.parse(yaml, SOURCE);

    assertThat(s.slice().horizonMs()).isEqualTo(SimTime.WEEK_MS);
    assertThat(s.slice().factory()).isEqualTo(new FactorySpec("f", 1, 250));
    assertThat(s.slice().regions()).containsExactly(new RegionSpec("no", 100, 1000, 1000, 0));
  }

  @Test
  void parse_negativeOrdersPerDay_formatsTheDocumentedLine() {
    List<Problem> problems = problems(change("ordersPerDay: 25.5", "ordersPerDay: -3"));

    assertThat(problems).singleElement().extracting(Problem::format).isEqualTo(
        "t.yaml:18:5: regions[1].ordersPerDay: expected a positive number of orders per day, found \"-3\"");
  }

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
      assertThat(p.expected()).startsWith("a scenario: a mapping with the fields name, description, horizon");
      assertThat(p.found()).isEqualTo("a list");
    });
  }

  @Test
  void parse_syntaxError_reportsProblemMarkLineAndColumn() {
    List<Problem> problems = problems(change("description: One plant.", "description: One plant: big."));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(3, 23, "(syntax)");
      assertThat(p.expected()).isEqualTo("valid YAML");
      assertThat(p.found()).isEqualTo("a syntax error: mapping values are not allowed here");
    });
  }

  @Test
  void parse_unclosedFlowList_reportsSyntaxWithContextLine() {
    List<Problem> problems = problems(change("machines: 2", "machines: [2"));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("(syntax)");
      assertThat(p.line()).isGreaterThanOrEqualTo(9);
      assertThat(p.found()).contains("line 9");
    });
  }

  @Test
  void parse_twoDocuments_reportsTheSecond() {
    List<Problem> problems = problems(VALID + "---\nname: other\n");

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::field).containsExactly(22, "(syntax)");
      assertThat(p.found()).contains("another document");
    });
  }

  @Test
  void parse_misspeltField_listsFieldsAndSuggestsTheClosest() {
    List<Problem> problems = problems(change("  machines: 2", "  machnes: 2"));

    assertThat(problems).extracting(Problem::format).containsExactly(
        "t.yaml:8:3: factory.machines: expected a number of machines, an integer from 1 to 10000, "
            + "found nothing (the field is missing)",
        "t.yaml:9:3: factory.machnes: expected one of: id, machines, processingTimeMean, "
            + "found unknown field \"machnes\"; did you mean 'machines'?");
  }

  @Test
  void parse_unknownFieldUnlikeAny_listsFieldsWithoutSuggestion() {
    List<Problem> problems = problems(change("    transit: 12h", "    transit: 12h\n    colour: red"));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field)
          .containsExactly(16, 5, "regions[0].colour");
      assertThat(p.expected()).isEqualTo("one of: id, ordersPerDay, orderLatency, transit, promisedLeadTime");
      assertThat(p.found()).isEqualTo("unknown field \"colour\"");
    });
  }

  @Test
  void parse_wronglyCasedTopLevelField_suggestsIt() {
    List<Problem> problems = problems(change("seed: 42", "Seed: 42"));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(5, 1, "Seed");
      assertThat(p.found()).endsWith("did you mean 'seed'?");
    });
  }

  @Test
  void parse_duplicateKey_reportsSecondWithLineOfFirst() {
    List<Problem> problems = problems(change("  machines: 2", "  machines: 2\n  machines: 3"));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field)
          .containsExactly(10, 3, "factory.machines");
      assertThat(p.expected()).isEqualTo("each field at most once");
      assertThat(p.found()).isEqualTo("'machines' again, first given at line 9");
    });
  }

  @Test
  void parse_missingRequiredFields_reportsEachAtItsEnclosingMapping() {
    // Without the horizon line, the first region's mapping starts on line 11.
    String yaml = VALID.replace("horizon: 30d\n", "").replace("    transit: 12h\n", "");

    assertThat(problems(yaml)).extracting(Problem::line, Problem::column, Problem::field).containsExactly(
        tuple(2, 1, "horizon"),
        tuple(11, 5, "regions[0].transit"));
  }

  @Test
  void parse_scalarWhereMappingExpected_reportsWrongTypeAtField() {
    String yaml = VALID.replaceAll("(?s)factory:\n.*?regions:", "factory: plant-frankfurt\nregions:");

    assertThat(problems(yaml)).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(7, 1, "factory");
      assertThat(p.expected()).isEqualTo("a factory: a mapping with the fields id, machines, processingTimeMean");
      assertThat(p.found()).isEqualTo("\"plant-frankfurt\"");
    });
  }

  @Test
  void parse_mappingWhereScalarExpected_reportsWrongType() {
    assertThat(problems(change("  id: plant-frankfurt", "  id: {name: plant}"))).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(8, 3, "factory.id");
      assertThat(p.found()).isEqualTo("a mapping");
    });
  }

  @Test
  void parse_emptyValue_reportsNothingFound() {
    assertThat(problems(change("horizon: 30d", "horizon:"))).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::field).containsExactly(4, "horizon");
      assertThat(p.found()).isEqualTo("nothing");
    });
  }

  @Test
  void parse_wordWhereIntegerExpected_reportsWrongType() {
    assertThat(problems(change("machines: 2", "machines: two"))).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(9, 3, "factory.machines");
      assertThat(p.expected()).isEqualTo("a number of machines, an integer from 1 to 10000");
      assertThat(p.found()).isEqualTo("\"two\"");
    });
  }

  @Test
  void parse_quotedNumber_reportsItIsText() {
    assertThat(problems(change("ordersPerDay: 30", "ordersPerDay: \"30\""))).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("regions[0].ordersPerDay");
      assertThat(p.found()).isEqualTo("\"30\" in quotes, which makes it a text");
    });
  }

  @Test
  void parse_fractionalMachines_reportsIntegerExpected() {
    assertThat(problems(change("machines: 2", "machines: 2.5"))).singleElement()
        .extracting(Problem::field, Problem::found).containsExactly("factory.machines", "\"2.5\"");
  }

  @Test
  void parse_integersOutOfRange_reportsEach() {
    String yaml = VALID.replace("seed: 42", "seed: 9223372036854775808").replace("replications: 3", "replications: 0")
        .replace("machines: 2", "machines: 10001");

    assertThat(problems(yaml)).extracting(Problem::field, Problem::found).containsExactly(
        tuple("seed", "\"9223372036854775808\""),
        tuple("replications", "\"0\""),
        tuple("factory.machines", "\"10001\""));
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
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(4, 1, "horizon");
      assertThat(p.expected()).isEqualTo(Durations.EXPECTED);
      assertThat(p.found()).isEqualTo("\"30\" (a number without a unit)");
    });
  }

  @Test
  void parse_badDurations_reportsEachWithDurationsWording() {
    String yaml = VALID.replace("transit: 12h", "transit: 12 hours").replace("orderLatency: 90min", "orderLatency: -1h");

    assertThat(problems(yaml)).extracting(Problem::line, Problem::field, Problem::expected).containsExactly(
        tuple(15, "regions[0].transit", Durations.EXPECTED),
        tuple(19, "regions[1].orderLatency", Durations.EXPECTED));
  }

  @Test
  void parse_zeroWherePositiveDurationRequired_reportsPositiveExpected() {
    assertThat(problems(change("processingTimeMean: 20min", "processingTimeMean: 0min"))).singleElement()
        .satisfies(p -> {
          assertThat(p.field()).isEqualTo("factory.processingTimeMean");
          assertThat(p.expected()).isEqualTo("a duration greater than zero (e.g. 90s, 15min, 4h, 3d)");
          assertThat(p.found()).isEqualTo("\"0min\"");
        });
  }

  @Test
  void parse_zeroOrInfiniteOrdersPerDay_reportsPositiveExpected() {
    String yaml = VALID.replace("ordersPerDay: 30", "ordersPerDay: 0").replace("ordersPerDay: 25.5", "ordersPerDay: .inf");

    assertThat(problems(yaml)).extracting(Problem::field, Problem::expected).containsExactly(
        tuple("regions[0].ordersPerDay", "a positive number of orders per day"),
        tuple("regions[1].ordersPerDay", "a positive number of orders per day"));
  }

  @Test
  void parse_invalidNames_reportsEach() {
    String yaml = VALID.replace("name: tiny-factory", "name: Tiny_Factory").replace("id: region-paris", "id: -paris");

    assertThat(problems(yaml)).extracting(Problem::line, Problem::column, Problem::field, Problem::found)
        .containsExactly(
            tuple(2, 1, "name", "\"Tiny_Factory\""),
            tuple(12, 5, "regions[0].id", "\"-paris\""));
  }

  @Test
  void parse_duplicateRegionId_reportsTheSecondNamingTheFirst() {
    assertThat(problems(change("id: region-milan", "id: region-paris"))).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(17, 5, "regions[1].id");
      assertThat(p.expected()).isEqualTo("a node name no other node has");
      assertThat(p.found()).isEqualTo("\"region-paris\", already the id of regions[0] at line 12");
    });
  }

  @Test
  void parse_regionIdEqualToFactoryId_reportsTheRegion() {
    assertThat(problems(change("id: region-paris", "id: plant-frankfurt"))).singleElement()
        .extracting(Problem::line, Problem::field, Problem::found)
        .containsExactly(12, "regions[0].id", "\"plant-frankfurt\", already the id of factory at line 8");
  }

  @Test
  void parse_emptyRegions_reportsNonEmptyListExpected() {
    String yaml = VALID.substring(0, VALID.indexOf("regions:")) + "regions: []\n";

    assertThat(problems(yaml)).singleElement().extracting(Problem::line, Problem::field, Problem::expected,
        Problem::found).containsExactly(11, "regions", "a non-empty list of regions", "an empty list");
  }

  @Test
  void parse_anchorAndAlias_rejectsBothWhereWritten() {
    String yaml = VALID.replace("orderLatency: 1h", "orderLatency: &lat 1h")
        .replace("orderLatency: 90min", "orderLatency: *lat");

    assertThat(problems(yaml)).extracting(Problem::line, Problem::column, Problem::field, Problem::found)
        .containsExactly(
            tuple(14, 19, "regions[0].orderLatency", "the anchor &lat"),
            tuple(19, 19, "regions[1].orderLatency", "the alias *lat"));
  }

  @Test
  void parse_recursiveAlias_reportsWithoutLooping() {
    String yaml = VALID.substring(0, VALID.indexOf("regions:")) + "regions: &r [*r]\n";

    assertThat(problems(yaml)).extracting(Problem::field, Problem::found).containsExactly(
        tuple("regions", "the anchor &r"),
        tuple("regions[0]", "the alias *r"));
  }

  @Test
  void parse_customTag_reportsTheTagOnly() {
    assertThat(problems(change("machines: 2", "machines: !count 2"))).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(9, 13, "factory.machines");
      assertThat(p.expected()).contains("tags '!' are not supported");
      assertThat(p.found()).isEqualTo("the tag !count");
    });
  }

  @Test
  void parse_standardTagOnMapping_isRejectedInShortForm() {
    assertThat(problems(change("factory:", "factory: !!map"))).singleElement()
        .extracting(Problem::field, Problem::found).containsExactly("factory", "the tag !!map");
  }

  @Test
  void parse_listAsKey_reportsFieldNameExpected() {
    assertThat(problems(change("seed: 42", "[seed]: 42"))).singleElement()
        .extracting(Problem::line, Problem::field, Problem::expected, Problem::found)
        .containsExactly(5, "?", "a field name", "a list");
  }

  @Test
  void parse_severalProblems_reportsAllSortedByPosition() {
    String yaml = VALID.replace("promisedLeadTime: 0s", "promisedLeadTime: soon")
        .replace("name: tiny-factory", "name: Tiny")
        .replace("  machines: 2", "  machines: 0");

    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(yaml, SOURCE), ScenarioException.class);

    assertThat(e.problems()).extracting(Problem::line).containsExactly(2, 9, 21);
    assertThat(e.problems()).extracting(Problem::field)
        .containsExactly("name", "factory.machines", "regions[1].promisedLeadTime");
    assertThat(e.getMessage().split("\n")).containsExactlyElementsOf(
        e.problems().stream().map(Problem::format).toList());
  }

  @Test
  void parse_nonPrintableCharacter_reportsItsPosition() {
    assertThat(problems(change("description: One plant.", "description: One\u0007plant."))).singleElement()
        .extracting(Problem::line, Problem::column, Problem::found)
        .containsExactly(3, 17, "the character U+0007");
  }

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
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(3, 24, "(file)");
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

  @Test
  void load_bundledTinyFactory_isValidAndBelowTargetUtilization() throws ScenarioException {
    Scenario s = ScenarioLoader.load(Path.of("library", "tiny-factory.yaml"));

    NetworkSpec n = s.slice();
    assertThat(s.name()).isEqualTo("tiny-factory");
    assertThat(n.horizonMs()).isEqualTo(30 * SimTime.DAY_MS);
    assertThat(n.factory()).isEqualTo(new FactorySpec("plant-frankfurt", 2, 30 * SimTime.MINUTE_MS));
    assertThat(n.regions()).hasSize(3);
    assertThat(s.defaultSeed()).isEqualTo(42);
    assertThat(s.defaultReplications()).isEqualTo(3);
    assertThat(utilization(n)).isLessThan(0.85);
  }

  @Test
  void load_bundledMm1_isTheQueueAtUtilizationPointEight() throws ScenarioException {
    Scenario s = ScenarioLoader.load(Path.of("library", "mm1.yaml"));

    NetworkSpec n = s.slice();
    assertThat(n.horizonMs()).isEqualTo(400 * SimTime.DAY_MS);
    assertThat(n.factory().machines()).isEqualTo(1);
    assertThat(n.factory().meanProcessingMs()).isEqualTo(32.0 * SimTime.MINUTE_MS);
    assertThat(n.regions()).singleElement().isEqualTo(
        new RegionSpec("customers", 36, SimTime.HOUR_MS, SimTime.HOUR_MS, SimTime.DAY_MS));
    assertThat(utilization(n)).isCloseTo(0.8, within(1e-12));
  }

  /** Offered load per machine: orders per day times mean processing time over machine-days. */
  private static double utilization(NetworkSpec n) {
    double ordersPerDay = n.regions().stream().mapToDouble(RegionSpec::ordersPerDay).sum();
    return ordersPerDay * n.factory().meanProcessingMs() / (n.factory().machines() * (double) SimTime.DAY_MS);
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
