package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.sim.actor.AkkaEngine;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nodes and regions imported from CSV files ({@code import: {nodes: FILE, regions: FILE}}): they join
 * those written in YAML, run the same on both engines, and a wrong cell is reported at its file, line,
 * column and column name.
 */
class CsvImportTest {
  private static final Path SITES = Path.of("src/test/resources/scenario/csv-200-sites.yaml");

  /** A scenario with one YAML node and region, importing sites.csv and demand.csv. */
  private static final String SCENARIO = """
      format: 2
      name: csv-test
      horizon: 2d
      import:
        nodes: sites.csv
        regions: demand.csv
      products:
        - id: part
          weightKg: 1
          valueEur: 100
          routing:
            - {process: cnc, time: 30min}
        - id: part-b
          weightKg: 1
          valueEur: 10
          routing: [{process: cnc, time: 10min}]
      machineTypes:
        - {id: cnc, capabilities: [cnc]}
        - {id: lathe, capabilities: [finishing]}
      nodes:
        - id: plant-yaml
          kind: plant
          location: {lat: 50.11, lon: 8.68}
          machines: [{type: cnc, count: 2}]
      regions:
        - id: region-yaml
          location: {lat: 50.11, lon: 8.68}
          demand: [{product: part, ordersPerDay: 5, promisedLeadTime: 2d}]
      platform:
        location: {lat: 50.11, lon: 8.68}
        allocation: nearest
        orderLatency: 1h
        infoDelay: 1h
        statusInterval: 1h
      """;
  private static final String SITES_CSV = """
      id,kind,lat,lon,machines
      site-a,plant,48.86,2.35,cnc:3;lathe:2
      site-b,microfactory,45.46,9.19,cnc:1
      """;
  private static final String DEMAND_CSV = """
      region,lat,lon,product,ordersPerDay,promisedLeadTime
      region-paris,48.86,2.35,part,10,1d
      region-milan,45.46,9.19,part,4.5,2d
      """;

  @TempDir
  Path dir;

  @Test
  void load_csvNodesAndRegions_followThoseWrittenInYaml() throws Exception {
    ManufacturingSpec spec = load(SITES_CSV, DEMAND_CSV).network();

    assertThat(spec.nodes()).extracting(NodeSpec::id).containsExactly("plant-yaml", "site-a", "site-b");
    NodeSpec a = spec.nodes().get(1);
    assertThat(a.kind()).isEqualTo(NodeKind.PLANT);
    assertThat(a.location()).isEqualTo(new GeoPoint(48.86, 2.35));
    assertThat(a.machines()).containsExactly(new MachineGroup("cnc", 3), new MachineGroup("lathe", 2));
    assertThat(spec.nodes().get(2).kind()).isEqualTo(NodeKind.MICROFACTORY);
    assertThat(spec.regions()).extracting(RegionSpec::id).containsExactly("region-yaml", "region-paris", "region-milan");
    assertThat(spec.regions().get(2).demand().get(0).ordersPerDay()).isEqualTo(4.5);
  }

  @Test
  void load_regionRows_groupIntoOneRegionWithADemandLinePerRow() throws Exception {
    String yaml = SCENARIO;
    String demand = """
        region,product,lat,lon,ordersPerDay,promisedLeadTime,orderSize,patience
        region-paris,part,48.86,2.35,10,1d,3,5d
        region-paris,part-b,48.86,2.35,2,2d,,
        """;
    Files.writeString(dir.resolve("sites.csv"), SITES_CSV);
    Files.writeString(dir.resolve("demand.csv"), demand);
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, yaml);

    RegionSpec paris = ScenarioLoader.load(file).network().regions().get(1);

    assertThat(paris.id()).isEqualTo("region-paris");
    assertThat(paris.demand()).extracting(d -> d.product()).containsExactly("part", "part-b");
    assertThat(paris.demand().get(0).patienceMs()).isEqualTo(5 * 86_400_000L);
  }

  @Test
  void load_csvFiles_areParts() throws Exception {
    Scenario s = load(SITES_CSV, DEMAND_CSV);

    assertThat(s.parts()).containsExactly(new Scenario.Part("nodes", dir.resolve("sites.csv").toString()),
        new Scenario.Part("regions", dir.resolve("demand.csv").toString()));
  }

  @Test
  void load_200Sites_runsTheSameOnBothEngines() throws Exception {
    ManufacturingSpec spec = ScenarioLoader.load(SITES).network();
    assertThat(spec.nodes()).hasSize(201);
    assertThat(spec.regions()).hasSize(11);

    SimulationPlan plan = spec.plan();
    String expected = new SequentialEngine().run(plan, 12, 0).digest();
    try (AkkaEngine engine = new AkkaEngine(AkkaEngineSettings.of(2))) {
      assertThat(engine.run(plan, 12, 0).digest()).isEqualTo(expected);
    }
  }

  // ---- planted mistakes --------------------------------------------------------------------------

  @Test
  void load_wrongNumberType_namesFileLineColumnAndColumnName() throws Exception {
    assertThat(problems(SITES_CSV.replace("45.46,9.19", "45.46,east"), DEMAND_CSV)).containsExactly(
        csv("sites.csv") + ":3:27: lon: expected a longitude in degrees, a number from -180 to 180, found \"east\"");
  }

  @Test
  void load_unknownKind_listsTheKindsACsvRowMayHave() throws Exception {
    assertThat(problems(SITES_CSV.replace("microfactory", "microfactry"), DEMAND_CSV)).containsExactly(
        csv("sites.csv") + ":3:8: kind: expected one of: plant, microfactory, found \"microfactry\"; did you mean"
            + " 'microfactory'?");
    assertThat(problems(SITES_CSV.replace("microfactory", "distribution-centre"), DEMAND_CSV)).singleElement()
        .asString().contains("sites.csv:3:8: kind: expected one of: plant, microfactory, found \"distribution-centre\""
            + " (a distribution centre has stock rules: write it under nodes in the YAML file)");
  }

  @Test
  void load_missingColumn_isReportedAtTheHeader() throws Exception {
    String noLat = """
        id,kind,lon,machines
        site-a,plant,2.35,cnc:3
        """;
    assertThat(problems(noLat, DEMAND_CSV)).containsExactly(csv("sites.csv") + ":1:1: lat: expected a column lat"
        + " (latitude, as location.lat) in the header row, found a header without it: \"id,kind,lon,machines\"");
  }

  @Test
  void load_unknownAndRepeatedColumns_areReportedAtTheirHeaderCell() throws Exception {
    String header = """
        id,kind,lat,lon,machine,lat
        site-a,plant,48.86,2.35,cnc:3,48.86
        """;
    List<String> problems = problems(header, DEMAND_CSV);
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0)).startsWith(csv("sites.csv") + ":1:1: machines: expected a column machines");
    assertThat(problems.get(1)).startsWith(csv("sites.csv") + ":1:17: (header): expected column names, each one of:")
        .endsWith("found unknown column \"machine\"; did you mean 'machines'?");
    assertThat(problems.get(2)).isEqualTo(csv("sites.csv") + ":1:25: (header): expected each column once, found"
        + " \"lat\" again, first in column 3");
  }

  @Test
  void load_duplicateIdWithinCsv_namesTheFirstRow() throws Exception {
    assertThat(problems(SITES_CSV.replace("site-b", "site-a"), DEMAND_CSV)).containsExactly(
        csv("sites.csv") + ":3:1: id: expected a name no other node, supplier or region has, found \"site-a\","
            + " already the id of the row at line 2");
  }

  @Test
  void load_duplicateIdOfYamlAndCsv_namesBothPlaces() throws Exception {
    assertThat(problems(SITES_CSV.replace("site-b", "plant-yaml"), DEMAND_CSV)).containsExactly(
        csv("sites.csv") + ":3:1: id: expected a name no other node, supplier or region has, found \"plant-yaml\","
            + " already the id of nodes[0] at line 21 of " + dir.resolve("s.yaml"));
    assertThat(problems(SITES_CSV, DEMAND_CSV.replace("region-milan", "region-yaml"))).containsExactly(
        csv("demand.csv") + ":3:1: region: expected a name no other node, supplier or region has, found"
            + " \"region-yaml\", already the id of regions[0] at line 26 of " + dir.resolve("s.yaml"));
  }

  @Test
  void load_duplicateIdOfYamlAndCsv_isReportedInTheCsvFile_evenWithNoNodesInYaml() throws Exception {
    Files.writeString(dir.resolve("sites.csv"), SITES_CSV.replace("site-b", "region-yaml"));
    Files.writeString(dir.resolve("demand.csv"), DEMAND_CSV);
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SCENARIO.replace("""
        nodes:
          - id: plant-yaml
            kind: plant
            location: {lat: 50.11, lon: 8.68}
            machines: [{type: cnc, count: 2}]
        """, ""));

    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(file), ScenarioException.class);

    assertThat(e.problems()).extracting(Problem::format).containsExactly(csv("sites.csv") + ":3:1: id: expected a"
        + " name no other node, supplier or region has, found \"region-yaml\", already the id of regions[0] at line 21"
        + " of " + file);
  }

  @Test
  void load_regionsImportBesideAMarket_isRefused() throws Exception {
    Files.writeString(dir.resolve("market.yaml"), """
        format: 2
        kind: market
        products: [{id: part, weightKg: 1, valueEur: 1, routing: [{process: cnc, time: 30min}]}]
        regions:
          - id: region-m
            location: {lat: 50, lon: 8}
            demand: [{product: part, ordersPerDay: 1, promisedLeadTime: 1d}]
        """);
    Files.writeString(dir.resolve("sites.csv"), SITES_CSV);
    Files.writeString(dir.resolve("demand.csv"), DEMAND_CSV);
    Path file = dir.resolve("s.yaml");
    String yaml = SCENARIO.substring(0, SCENARIO.indexOf("products:")) + "market: market.yaml\n"
        + SCENARIO.substring(SCENARIO.indexOf("machineTypes:"), SCENARIO.indexOf("regions:\n  - id"))
        + SCENARIO.substring(SCENARIO.indexOf("platform:"));
    Files.writeString(file, yaml);

    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(file), ScenarioException.class);

    assertThat(e.problems()).extracting(Problem::format).singleElement().asString().startsWith(file
        + ":6:3: import.regions: expected no import.regions here: this scenario takes its regions from its market file");
  }

  @Test
  void load_latitudeOutOfRange_namesTheCell() throws Exception {
    assertThat(problems(SITES_CSV.replace("48.86", "98.86"), DEMAND_CSV)).containsExactly(
        csv("sites.csv") + ":2:14: lat: expected a latitude in degrees, a number from -90 to 90, found \"98.86\"");
    assertThat(problems(SITES_CSV, DEMAND_CSV.replace("9.19", "-190"))).containsExactly(
        csv("demand.csv") + ":3:20: lon: expected a longitude in degrees, a number from -180 to 180, found \"-190\"");
  }

  @Test
  void load_unknownMachineType_pointsIntoTheMachinesCell() throws Exception {
    assertThat(problems(SITES_CSV.replace("lathe:2", "lath:2"), DEMAND_CSV)).containsExactly(
        csv("sites.csv") + ":2:31: machines: expected a machine type declared in machineTypes (one of: cnc, lathe),"
            + " found \"lath\"; did you mean 'lathe'?");
  }

  @Test
  void load_malformedMachinesCell_showsTheForm() throws Exception {
    assertThat(problems(SITES_CSV.replace("cnc:1", "cnc 1"), DEMAND_CSV)).containsExactly(
        csv("sites.csv") + ":3:32: machines: expected machine groups as TYPE:COUNT separated by ';'"
            + " (e.g. cnc:3;lathe:2), found \"cnc 1\"");
  }

  @Test
  void load_quotedCellWithSpaces_marksThePartWhereItIs() throws Exception {
    assertThat(problems(SITES_CSV.replace("cnc:1", "\" cnc:1; lath:1\""), DEMAND_CSV)).containsExactly(
        csv("sites.csv") + ":3:41: machines: expected a machine type declared in machineTypes (one of: cnc, lathe),"
            + " found \"lath\"; did you mean 'lathe'?");
  }

  @Test
  void load_csvPastTheLimits_isReportedWhereItCrossesThem() throws Exception {
    String manyRows = "id,kind,lat,lon,machines\n" + "x\n".repeat(LoaderLimits.MAX_CSV_ROWS + 1);
    assertThat(problems(manyRows, DEMAND_CSV)).containsExactly(csv("sites.csv") + ":" + (LoaderLimits.MAX_CSV_ROWS + 2)
        + ":1: (file): expected at most " + LoaderLimits.MAX_CSV_ROWS + " rows after the header, found more rows");
    String wideRow = "id,kind,lat,lon,machines\n" + "x,".repeat(LoaderLimits.MAX_CSV_CELLS) + "x\n";
    assertThat(problems(wideRow, DEMAND_CSV)).containsExactly(csv("sites.csv") + ":2:"
        + (2 * LoaderLimits.MAX_CSV_CELLS + 1) + ": (file): expected rows of at most " + LoaderLimits.MAX_CSV_CELLS
        + " cells, found a row of more");
  }

  @Test
  void load_unclosedQuote_isASyntaxError() throws Exception {
    assertThat(problems(SITES_CSV.replace("site-b,", "site-b,\"x"), DEMAND_CSV)).containsExactly(csv("sites.csv")
        + ":3:8: (syntax): expected valid CSV, found a syntax error: Missing closing quote for value");
  }

  @Test
  void load_rowWithTooFewCells_isReported() throws Exception {
    assertThat(problems(SITES_CSV.replace(",cnc:1", ""), DEMAND_CSV)).containsExactly(
        csv("sites.csv") + ":3:27: (row): expected 5 cells, as the header row has, found 4 cells");
  }

  @Test
  void load_regionRowsDisagreeOnLocation_isReported() throws Exception {
    String demand = DEMAND_CSV + "region-paris,48.90,2.35,part-b,1,1d\n";
    assertThat(problems(SITES_CSV, demand)).containsExactly(csv("demand.csv") + ":4:14: lat: expected the lat of"
        + " region \"region-paris\" as on its first row (line 2): \"48.86\", found \"48.90\"");
  }

  @Test
  void load_pathOutOfTheFolder_isRefusedAtTheImport() throws Exception {
    Files.writeString(dir.resolve("demand.csv"), DEMAND_CSV);
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SCENARIO.replace("nodes: sites.csv", "nodes: ../sites.csv"));

    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(file), ScenarioException.class);

    assertThat(e.problems()).extracting(Problem::format).singleElement().asString()
        .startsWith(file + ":5:3: import.nodes: expected a CSV file's path, relative to this file's folder and inside it")
        .contains("\"../sites.csv\", which leads out of the folder");
  }

  @Test
  void load_importThatIsNoMapping_isReportedAlone() throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SCENARIO.replace("  nodes: sites.csv\n  regions: demand.csv\n", "")
        .replace("import:", "import: sites.csv"));

    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(file), ScenarioException.class);

    assertThat(e.problems()).extracting(Problem::format).containsExactly(file + ":4:1: import: expected CSV files to"
        + " import: a mapping with the fields nodes, regions, found \"sites.csv\"");
  }

  @Test
  void load_unreadableCsv_isReportedAtTheImport() throws Exception {
    Files.writeString(dir.resolve("demand.csv"), DEMAND_CSV);
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SCENARIO);

    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(file), ScenarioException.class);

    assertThat(e.problems()).extracting(Problem::format).containsExactly(
        file + ":5:3: import.nodes: expected a readable CSV file, found no such file: " + dir.resolve("sites.csv"));
  }

  @Test
  void docs_csvErrors_matchTheLoader() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "scenario-format.md"), StandardCharsets.UTF_8);
    String section = doc.substring(doc.indexOf("## Nodes and regions from CSV files"), doc.indexOf("## Files of format 1"));
    List<String> documented = section.lines().filter(l -> l.startsWith("    planner-sites.csv:")).map(String::strip)
        .toList();
    Path library = Path.of("library");
    Files.copy(library.resolve("planner-sites.yaml"), dir.resolve("planner-sites.yaml"));
    Files.copy(library.resolve("planner-demand.csv"), dir.resolve("planner-demand.csv"));
    String sites = Files.readString(library.resolve("planner-sites.csv"), StandardCharsets.UTF_8);
    String mistaken = sites.replace("cnc:4;finisher:2", "cnc:4;finsher:2").replace("45.07,7.69", "45.07,seven")
        .replace("mf-leipzig", "region-munich").replace("mf-brno,microfactory", "mf-brno,factory");
    List<String> found = new ArrayList<>(plannerProblems(mistaken));
    found.addAll(plannerProblems(sites.replace("id,kind,lat,lon", "id,kind,lon")));

    assertThat(found).containsExactlyElementsOf(documented);
  }

  /** The problems of the library's planner-sites.yaml copied here, with {@code sites} as its sites file. */
  private List<String> plannerProblems(String sites) throws IOException {
    Files.writeString(dir.resolve("planner-sites.csv"), sites, StandardCharsets.UTF_8);
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(dir.resolve("planner-sites.yaml")),
        ScenarioException.class);
    // As dmsim validate prints them when run in the scenario's folder.
    return e.problems().stream().map(p -> p.format().replace(dir + "/", "")).toList();
  }

  private Scenario load(String sites, String demand) throws IOException, ScenarioException {
    Files.writeString(dir.resolve("sites.csv"), sites, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("demand.csv"), demand, StandardCharsets.UTF_8);
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SCENARIO, StandardCharsets.UTF_8);
    return ScenarioLoader.load(file);
  }

  private List<String> problems(String sites, String demand) throws IOException {
    ScenarioException e = catchThrowableOfType(() -> load(sites, demand), ScenarioException.class);
    assertThat(e).as("a scenario with a planted mistake").isNotNull();
    return e.problems().stream().map(Problem::format).toList();
  }

  private String csv(String name) {
    return dir.resolve(name).toString();
  }
}
