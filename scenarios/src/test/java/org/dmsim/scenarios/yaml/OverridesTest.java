package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.scenarios.experiment.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overrides by path ({@code --set PATH=VALUE}): they change the field they name before the scenario is
 * read, and every problem — a path that names nothing, a selector that matches no item, a value the
 * readers refuse — is reported at the override, with its column, never at a line of the file.
 */
class OverridesTest {
  @TempDir
  Path dir;

  private static List<FieldOverride> set(String... texts) {
    List<FieldOverride> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(FieldOverride.commandLine(i + 1, texts[i]));
    }
    return out;
  }

  private static ManufacturingSpec load(String... texts) throws ScenarioException {
    return ScenarioLoader.parse(ScenarioLoaderTest.VALID, "t.yaml", set(texts)).network();
  }

  private static List<String> problems(String... texts) {
    ScenarioException e = catchThrowableOfType(
        () -> ScenarioLoader.parse(ScenarioLoaderTest.VALID, "t.yaml", set(texts)), ScenarioException.class);
    assertThat(e).as("problems of %s", List.of(texts)).isNotNull();
    return e.problems().stream().map(Problem::format).toList();
  }

  // ---- overrides change the spec -----------------------------------------------------------------

  @Test
  void load_overrideMachineCountById_changesThatGroupOnly() throws ScenarioException {
    ManufacturingSpec m = load("nodes[plant-frankfurt].machines[machine].count=4");

    assertThat(m.nodes().get(0).machines().get(0).count()).isEqualTo(4);
    ManufacturingSpec valid = ScenarioLoaderTest.validNetwork();
    assertThat(m.regions()).isEqualTo(valid.regions());
    assertThat(m.platform()).isEqualTo(valid.platform());
    assertThat(m.nodes().get(0).machines()).hasSize(valid.nodes().get(0).machines().size());
  }

  @Test
  void load_overrideAllocation_replacesItsOldNamePolicy() throws ScenarioException {
    assertThat(load("platform.allocation=least-loaded").platform().allocation().name()).isEqualTo("least-loaded");
    assertThat(load("platform.policy=least-loaded").platform().allocation().name()).isEqualTo("least-loaded");
  }

  @Test
  void load_overrideOrdersPerDayByIndex_changesThatRegion() throws ScenarioException {
    ManufacturingSpec m = load("regions[1].demand[0].ordersPerDay=12.5", "regions[region-paris].demand[part].ordersPerDay=7");

    assertThat(m.regions().get(1).demand().get(0).ordersPerDay()).isEqualTo(12.5);
    assertThat(m.regions().get(0).demand().get(0).ordersPerDay()).isEqualTo(7);
  }

  @Test
  void load_overrideWithAMappingOrListValue_isReadAsYaml() throws ScenarioException {
    ManufacturingSpec m = load("platform.location={lat: 48.0, lon: 2.0}", "machineTypes[machine].capabilities=[cnc, inspection]");

    assertThat(m.platform().location()).isEqualTo(new org.dmsim.model.geo.GeoPoint(48.0, 2.0));
    assertThat(m.machineTypes().get(0).capabilities()).hasSize(2);
  }

  @Test
  void load_overrideOfAMissingLastField_addsIt() throws ScenarioException {
    assertThat(load("nodes[0].discipline=edd").nodes().get(0).dispatching().name()).isEqualTo("edd");
  }

  @Test
  void load_laterOverride_wins() throws ScenarioException {
    assertThat(load("horizon=10d", "horizon=20d").horizonMs()).isEqualTo(20L * 24 * 3_600_000);
  }

  // ---- wrong paths ---------------------------------------------------------------------------------

  @Test
  void load_overrideUnknownField_suggestsTheClosest() {
    assertThat(problems("platfrom.allocation=least-loaded")).singleElement().asString()
        .startsWith("--set[1]:1:1: platfrom: expected a field the file writes at the top")
        .endsWith("found \"platfrom\"; did you mean 'platform'?");
    assertThat(problems("platform.allocaton=least-loaded")).singleElement().asString()
        .startsWith("--set[1]:1:10: platform.allocaton: expected one of: ")
        .endsWith("found unknown field \"allocaton\"; did you mean 'allocation'?");
  }

  @Test
  void load_overrideThroughAFieldTheFileDoesNotWrite_saysToSetItWhole() throws ScenarioException {
    assertThat(problems("costs.holdingRatePerYear=0.3")).singleElement().asString()
        .startsWith("--set[1]:1:1: costs: expected a field the file writes at the top (one of: ")
        .endsWith("; a field the file does not write is set whole (costs={...}), found \"costs\"");
    assertThat(load("costs={holdingRatePerYear: 0.3}").costs().holdingRatePerYear()).isEqualTo(0.3);
  }

  @Test
  void load_overrideUnknownId_listsTheIds() {
    assertThat(problems("nodes[plant-paris].machines[machine].count=4")).containsExactly(
        "--set[1]:1:7: nodes[plant-paris]: expected the id of an item there (one of: plant-frankfurt), or an index "
            + "from 0, found \"plant-paris\"");
    assertThat(problems("regions[region-pari].demand[0].ordersPerDay=1")).singleElement().asString()
        .contains("(one of: region-paris, region-milan)").endsWith("did you mean 'region-paris'?");
  }

  @Test
  void load_overrideIndexOutOfRange_saysTheRange() {
    assertThat(problems("regions[2].demand[0].ordersPerDay=1")).containsExactly(
        "--set[1]:1:9: regions[2]: expected an index from 0 to 1 (the list has 2 items), found \"2\"");
  }

  @Test
  void load_overrideWithoutEquals_orWithBadYaml_isReportedAtTheOverride() {
    assertThat(problems("horizon")).singleElement().asString().startsWith("--set[1]:1:1: (set): expected PATH=VALUE");
    assertThat(problems("horizon=10d", "platform.location={lat: 1")).singleElement().asString()
        .startsWith("--set[2]:1:");
  }

  @Test
  void load_overrideThroughAScalar_isReportedAtTheOverride() {
    assertThat(problems("horizon.days=3")).singleElement().asString()
        .startsWith("--set[1]:1:9: horizon.days: expected a path into a mapping");
  }

  // ---- wrong values --------------------------------------------------------------------------------

  @Test
  void load_overrideBadValue_isReportedAtTheValueInTheOverride() {
    assertThat(problems("regions[0].demand[0].ordersPerDay=-3")).singleElement().asString()
        .startsWith("--set[1]:1:35: regions[0].demand[0].ordersPerDay: expected a positive number")
        .endsWith("found \"-3\"");
    assertThat(problems("horizon=1d", "platform.location={lat: 95, lon: 2}")).containsExactly(
        "--set[2]:1:20: platform.location.lat: expected a latitude in degrees, a number from -90 to 90, found \"95\"");
  }

  @Test
  void load_overrideValueWithAnUnknownField_isReportedAtTheFieldInTheOverride() {
    assertThat(problems("platform.location={lat: 1, lom: 2}")).containsExactly(
        "--set[1]:1:19: platform.location.lon: expected a longitude in degrees, a number from -180 to 180, found "
            + "nothing (the field is missing)",
        "--set[1]:1:28: platform.location.lom: expected one of: lat, lon, found unknown field \"lom\"; did you mean "
            + "'lon'?");
  }

  // ---- the market part -------------------------------------------------------------------------------

  @Test
  void load_overrideOfAMarketField_appliesToTheMarketFile() throws Exception {
    Path design = write("design.yaml", PartsTest.DESIGN);
    write("market.yaml", PartsTest.MARKET);

    Scenario s = ScenarioLoader.load(design, set("regions[region-milan].demand[part].ordersPerDay=3",
        "nodes[plant-frankfurt].machines[0].count=5"));

    assertThat(s.network().regions().get(1).demand().get(0).ordersPerDay()).isEqualTo(3);
    assertThat(s.network().nodes().get(0).machines().get(0).count()).isEqualTo(5);
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(design,
        set("regions[region-rome].demand[0].ordersPerDay=3")), ScenarioException.class);
    assertThat(e.problems()).singleElement().extracting(Problem::source).isEqualTo("--set[1]");
  }

  // ---- experiment variants -------------------------------------------------------------------------

  private Path experiment(String variants) throws IOException {
    Path experiments = Path.of("src", "test", "resources", "experiment");
    for (String f : List.of("central.yaml", "market.yaml")) {
      Files.copy(experiments.resolve(f), dir.resolve(f));
    }
    return write("more.yaml", """
        format: 2
        kind: experiment
        name: more-machines
        variants:
        %s
        cases:
          - name: baseline
        """.formatted(variants));
  }

  @Test
  void loadExperiment_twoVariantsOfOneFile_differBySet() throws Exception {
    Path e = experiment("""
          - {name: four-mills, file: central.yaml}
          - {name: one-mill, file: central.yaml, set: ["nodes[plant-kassel].machines[mill].count=1"]}
        """);

    Experiment x = ScenarioLoader.loadExperiment(e);

    assertThat(x.variants()).extracting(v -> v.spec().nodes().get(0).machines().get(0).count()).containsExactly(4, 1);
    assertThat(x.variants().get(1).set()).containsExactly("nodes[plant-kassel].machines[mill].count=1");
    assertThat(ScenarioLoader.loadExperiment(e, set("nodes[0].machines[0].count=2")).variants())
        .extracting(v -> v.spec().nodes().get(0).machines().get(0).count()).containsExactly(2, 2);
  }

  @Test
  void loadExperiment_badSetInAVariant_isReportedAtItsItemInTheExperimentFile() throws Exception {
    Path e = experiment("""
          - {name: four-mills, file: central.yaml}
          - name: one-mill
            file: central.yaml
            set: ["nodes[plant-kassel].machines[mill].count=1", 'nodes[0].machines[0].count=-1']
          - {name: bad, file: central.yaml, set: ["nodes[plant-kasel].machines[mill].count=1"]}
        """);

    ScenarioException x = catchThrowableOfType(() -> ScenarioLoader.loadExperiment(e), ScenarioException.class);

    assertThat(x.problems()).extracting(Problem::format).containsExactly(
        e + ":8:85: nodes[0].machines[0].count: expected a number of machines, an integer from 1 to 10000, found "
            + "\"-1\"",
        e + ":9:50: nodes[plant-kasel]: expected the id of an item there (one of: plant-kassel, dc-paris), or an "
            + "index from 0, found \"plant-kasel\"; did you mean 'plant-kassel'?");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
