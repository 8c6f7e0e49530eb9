package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios from parts: a scenario that names its market ({@code market: FILE}) reads products and
 * regions from that file; problems in it name it, with their line and column; a path or file that
 * cannot be used is reported at the {@code market} line.
 */
class PartsTest {
  /** {@link ScenarioLoaderTest#VALID} without its market; these line numbers hold for the tests. */
  static final String DESIGN = """
      # A test network whose market is in market.yaml.
      format: 2
      name: tiny-factory
      description: One plant.
      horizon: 30d
      seed: 42
      replications: 3
      market: market.yaml
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
      platform:
        location: {lat: 50.11, lon: 8.68}
        allocation: nearest
        orderLatency: 1h
        infoDelay: 90min
        statusInterval: 1h
      """;

  /** The products and regions of {@link ScenarioLoaderTest#VALID}. */
  static final String MARKET = """
      # The market of design.yaml.
      format: 2
      kind: market
      description: One part for Paris and Milan.
      products:
        - id: part
          weightKg: 1
          valueEur: 100
          routing:
            - process: cnc
              time: {kind: exponential, mean: 20min}
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
      """;

  @TempDir
  Path dir;
  private Path design;
  private Path market;

  @BeforeEach
  void writeTheParts() throws IOException {
    design = write("design.yaml", DESIGN);
    market = write("market.yaml", MARKET);
  }

  // ---- a market in its own file ------------------------------------------------------------------

  @Test
  void load_designNamingItsMarket_isTheScenarioWrittenInOneFile() throws ScenarioException {
    Scenario s = ScenarioLoader.load(design);

    assertThat(s.network()).isEqualTo(ScenarioLoaderTest.validNetwork());
    assertThat(s.parts()).containsExactly(new Scenario.Part("market", market.toString()));
    assertThat(s.market()).contains(market.toString());
    assertThat(s.source()).isEqualTo(design.toString());
  }

  @Test
  void load_scenarioInOneFile_namesNoParts() throws Exception {
    assertThat(ScenarioLoader.load(write("one.yaml", ScenarioLoaderTest.VALID)).parts()).isEmpty();
  }

  @Test
  void load_marketInASubfolder_isFound() throws Exception {
    Files.createDirectories(dir.resolve("markets"));
    Files.move(market, dir.resolve("markets/eu.yaml"));
    write("design.yaml", DESIGN.replace("market: market.yaml", "market: markets/eu.yaml"));

    assertThat(ScenarioLoader.load(design).market()).contains(dir.resolve("markets/eu.yaml").toString());
  }

  @Test
  void load_bundledDesigns_nameOneMarketAndEqualTheirOneFileVersions() throws Exception {
    Path library = Path.of("library");
    String market = Files.readString(library.resolve("eu-spare-parts-market.yaml"), StandardCharsets.UTF_8);
    String sections = market.substring(market.indexOf("\nproducts:") + 1);
    for (String name : List.of("eu-spare-parts-centralized.yaml", "eu-spare-parts-distributed.yaml")) {
      Scenario s = ScenarioLoader.load(library.resolve(name));
      String oneFile = Files.readString(library.resolve(name), StandardCharsets.UTF_8)
          .replace("market: eu-spare-parts-market.yaml\n", sections);

      assertThat(s.market()).as(name).contains(library.resolve("eu-spare-parts-market.yaml").toString());
      assertThat(s.network()).as(name).isEqualTo(ScenarioLoader.parse(oneFile, name).network());
    }
  }

  // ---- problems in the market name the market file -----------------------------------------------

  @Test
  void load_problemsInTheMarket_nameItsFileLineAndColumn_afterTheDesigns() throws IOException {
    write("market.yaml", MARKET.replace("ordersPerDay: 30", "ordersPerDay: -3"));
    write("design.yaml", DESIGN.replace("count: 2", "count: 0"));

    assertThat(problems()).containsExactly(
        "design.yaml:18:9: nodes[0].machines[0].count: expected a number of machines, an integer from 1 to 10000, "
            + "found \"0\"",
        "market.yaml:17:9: regions[0].demand[0].ordersPerDay: expected a positive number of orders per day, found "
            + "\"-3\"");
  }

  @Test
  void load_syntaxErrorInTheMarket_namesTheMarketFile() throws IOException {
    write("market.yaml", MARKET.replace("description: One part for Paris and Milan.",
        "description: One part: Paris and Milan."));

    assertThat(problems()).singleElement().satisfies(p -> assertThat(p)
        .startsWith("market.yaml:4:22: (syntax): expected valid YAML, found a syntax error"));
  }

  @Test
  void load_marketNotUtf8_namesTheMarketFileAndTheByte() throws IOException {
    Files.write(market, MARKET.replace("Paris and Milan", "Paris et Mélan").getBytes(StandardCharsets.ISO_8859_1));

    assertThat(problems()).singleElement().satisfies(p -> assertThat(p)
        .startsWith("market.yaml:4:37: (file): expected a file encoded in UTF-8, found the byte 0xE9"));
  }

  @Test
  void load_tagsInDesignAndMarket_areReportedEachInItsFile() throws IOException {
    write("design.yaml", DESIGN.replace("count: 2", "count: !!int 2"));
    write("market.yaml", MARKET.replace("weightKg: 1", "weightKg: !!float 1"));

    assertThat(problems()).extracting(p -> p.substring(0, p.indexOf(": expected"))).containsExactly(
        "design.yaml:18:16: nodes[0].machines[0].count",
        "market.yaml:7:15: products[0].weightKg");
  }

  @Test
  void load_marketMissingASection_reportsItInTheMarket() throws IOException {
    write("market.yaml", MARKET.substring(0, MARKET.indexOf("regions:")));

    assertThat(problems()).containsExactly("market.yaml:2:1: regions: expected a non-empty list of regions, found "
        + "nothing (the field is missing)");
  }

  @Test
  void load_scenarioFieldsInTheMarket_areUnknownThere() throws IOException {
    write("market.yaml", MARKET + "nodes: []\nmarket: other.yaml\n");

    assertThat(problems()).containsExactly(
        "market.yaml:25:1: nodes: expected one of: format, kind, description, products, regions, found unknown field "
            + "\"nodes\"",
        "market.yaml:26:1: market: expected one of: format, kind, description, products, regions, found unknown field "
            + "\"market\"");
  }

  @Test
  void load_marketWithoutFormat2_reportsItInTheMarket() throws IOException {
    write("market.yaml", MARKET.replace("format: 2", "format: 1"));

    assertThat(problems()).containsExactly("market.yaml:2:1: format: expected format: 2, the format of scenario files "
        + "and their parts, found \"1\"");
  }

  @Test
  void load_emptyMarket_reportsAnEmptyDocument() throws IOException {
    write("market.yaml", "# nothing yet\n");

    assertThat(problems()).containsExactly("market.yaml:1:1: (file): expected a market file (products and regions): a "
        + "mapping that says format: 2 and kind: market, found an empty document");
  }

  // ---- one place for every field -----------------------------------------------------------------

  @Test
  void load_productsAndRegionsInBothDesignAndMarket_areReportedInTheDesign() throws IOException {
    String sections = MARKET.substring(MARKET.indexOf("products:"));
    write("design.yaml", DESIGN + sections);

    assertThat(problems()).containsExactly(
        "design.yaml:25:1: products: expected no products here: this scenario takes its products from its market "
            + "file (market: market.yaml); a field has one place, found a list",
        "design.yaml:32:1: regions: expected no regions here: this scenario takes its regions from its market file "
            + "(market: market.yaml); a field has one place, found a list");
  }

  // ---- references between the design and its market ---------------------------------------------

  @Test
  void load_referencesAcrossTheFiles_areReportedWhereTheNameIsWritten() throws IOException {
    write("design.yaml", DESIGN.replace("  - id: plant-frankfurt", "  - id: region-milan"));
    write("market.yaml", MARKET.replace("    - product: part\n        ordersPerDay: 30",
        "    - product: bolt\n        ordersPerDay: 30"));

    assertThat(problems()).containsExactly(
        "market.yaml:16:9: regions[0].demand[0].product: expected a product declared in products (one of: part), "
            + "found \"bolt\"",
        "market.yaml:19:5: regions[1].id: expected a name no other node, supplier or region has, found "
            + "\"region-milan\", already the id of nodes[0] at line 13 of design.yaml");
  }

  // ---- the path and the file at the market line --------------------------------------------------

  @Test
  void load_missingMarketFile_isReportedAtTheMarketLine() throws IOException {
    Files.delete(market);

    assertThat(problems()).containsExactly(
        "design.yaml:8:1: market: expected a readable market file, found no such file: market.yaml");
  }

  @Test
  void load_marketIsADirectory_isReportedAtTheMarketLine() throws IOException {
    Files.delete(market);
    Files.createDirectories(market);

    assertThat(problems()).containsExactly(
        "design.yaml:8:1: market: expected a readable market file, found a directory: market.yaml");
  }

  @Test
  void load_absoluteMarketPath_isRefused() throws IOException {
    write("design.yaml", DESIGN.replace("market: market.yaml", "market: " + market.toAbsolutePath()));

    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(design), ScenarioException.class);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::line, Problem::column, Problem::field).containsExactly(8, 1, "market");
      assertThat(p.expected()).isEqualTo("a part file's path, relative to this file's folder and inside it (e.g. "
          + "eu-spare-parts-market.yaml)");
      assertThat(p.found()).isEqualTo("\"" + market.toAbsolutePath() + "\", an absolute path; parts stay in the "
          + "scenario's folder so that it can be moved as a whole");
    });
  }

  @Test
  void load_marketPathLeavingTheFolder_isRefusedEvenIfTheFileExists() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("designs"));
    Path inner = Files.writeString(sub.resolve("design.yaml"), DESIGN.replace("market: market.yaml",
        "market: ../market.yaml"));
    write("design.yaml", DESIGN.replace("market: market.yaml", "market: designs/../../market.yaml"));

    assertThat(problems(inner)).containsExactly("designs" + File.separator + "design.yaml:8:1: market: expected a "
        + "part file's path, relative to this file's folder and inside it (e.g. eu-spare-parts-market.yaml), found "
        + "\"../market.yaml\", which leads out of the folder of design.yaml; parts stay in the scenario's folder so "
        + "that it can be moved as a whole");
    assertThat(problems()).singleElement().satisfies(p -> assertThat(p)
        .contains("found \"designs/../../market.yaml\", which leads out of the folder of design.yaml"));
  }

  @Test
  void load_marketPathGoingDownAndUpInsideTheFolder_isFine() throws Exception {
    Files.createDirectories(dir.resolve("designs"));
    write("design.yaml", DESIGN.replace("market: market.yaml", "market: designs/../market.yaml"));

    assertThat(ScenarioLoader.load(design).market()).contains(market.toString());
  }

  @Test
  void load_marketNamingNothingOrAList_isReportedAtTheMarketLine() throws IOException {
    write("design.yaml", DESIGN.replace("market: market.yaml", "market:"));
    List<String> nothing = problems();
    write("design.yaml", DESIGN.replace("market: market.yaml", "market: [market.yaml]"));

    assertThat(nothing).singleElement().satisfies(p -> assertThat(p).startsWith("design.yaml:8:1: market: expected a "
        + "part file's path").endsWith("found nothing"));
    assertThat(problems()).singleElement().satisfies(p -> assertThat(p).endsWith("found a list"));
  }

  @Test
  void load_marketNamingAScenarioOrAnExperiment_saysWhatTheFileIs() throws IOException {
    write("other.yaml", ScenarioLoaderTest.VALID);
    write("suite.yaml", "format: 2\nkind: experiment\n");
    write("design.yaml", DESIGN.replace("market: market.yaml", "market: other.yaml"));
    List<String> scenario = problems();
    write("design.yaml", DESIGN.replace("market: market.yaml", "market: suite.yaml"));

    assertThat(scenario).containsExactly("design.yaml:8:1: market: expected a market file (products and regions) (a "
        + "file that says kind: market), found a scenario file: other.yaml");
    assertThat(problems()).containsExactly("design.yaml:8:1: market: expected a market file (products and regions) "
        + "(a file that says kind: market), found an experiment file: suite.yaml");
  }

  @Test
  void parse_textNamingAMarket_cannotFindIt() {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(DESIGN, "t.yaml"), ScenarioException.class);

    assertThat(e.problems()).extracting(Problem::format).containsExactly("t.yaml:8:1: market: expected a scenario "
        + "read from a file: a part is found next to it, found \"market.yaml\" in a scenario given as text, which has "
        + "no folder");
  }

  // ---- a market is not a scenario ----------------------------------------------------------------

  @Test
  void load_marketFile_saysItIsAPartOfScenarios() {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(market), ScenarioException.class);

    assertThat(e.problems()).extracting(Problem::format).containsExactly(market + ":3:1: kind: expected a scenario "
        + "(kind: scenario, or no kind field), found \"market\": this is a market file, a part of scenarios; name it "
        + "in a scenario with market: FILE");
    assertThat(ScenarioLoader.isExperiment(market)).isFalse();
  }

  @Test
  void loadExperiment_marketFile_saysItIsAMarket() {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.loadExperiment(market), ScenarioException.class);

    assertThat(e.problems()).extracting(Problem::format).containsExactly(market + ":3:1: kind: expected kind: "
        + "experiment, which makes this file an experiment, found \"market\", a market file; name it in a scenario "
        + "with market: FILE");
  }

  // ---- the documentation -------------------------------------------------------------------------

  @Test
  void docs_partsErrors_matchTheLoader() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "scenario-format.md"), StandardCharsets.UTF_8);
    String section = doc.substring(doc.indexOf("## Parts"), doc.indexOf("## Files of format 1"));
    List<String> documented = section.lines().filter(l -> l.startsWith("    eu-spare-parts-")).map(String::strip)
        .toList();
    Path library = Path.of("library");
    String designText = Files.readString(library.resolve("eu-spare-parts-distributed.yaml")) + "products: []\n";
    Path distributed = write("eu-spare-parts-distributed.yaml", ScenarioFieldsTest.edit(designText,
        "market: eu-spare-parts-market.yaml", "market: ../eu-spare-parts-market.yaml"));
    write("eu-spare-parts-market.yaml", ScenarioFieldsTest.edit(
        Files.readString(library.resolve("eu-spare-parts-market.yaml")), "ordersPerDay: 75", "ordersPerDay: 0"));
    List<String> outside = problems(distributed);
    write("eu-spare-parts-distributed.yaml", designText);
    List<String> inside = problems(distributed);

    assertThat(documented).containsExactly(outside.get(0), outside.get(1), inside.get(1));
    assertThat(outside).hasSize(2);
    assertThat(inside).hasSize(2);
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** The problems of loading design.yaml, with paths relative to the temporary directory. */
  private List<String> problems() {
    return problems(design);
  }

  private List<String> problems(Path file) {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(file), ScenarioException.class);
    assertThat(e).as("a problem").isNotNull();
    return e.problems().stream().map(p -> p.format().replace(dir + File.separator, "")).toList();
  }
}
