package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.mfg.spec.check.ProblemCode;
import org.dmsim.model.mfg.spec.check.SpecProblem;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model's problems placed by their field paths: in the market part, at an ancestor, from the right disruption. */
class NetworkProblemsTest {
  private static final String YAML = """
      products:
        - id: pump
          routing: []
        - id: "12"
          stocked: true
      nodes:
        - id: dc-paris
          stock:
            - product: pump
      platform:
        policy: nearest
      disruptions:
        - generate: poisson
        - type: node-outage
          node: mf-x
      """;

  private final Problems problems = new Problems();
  private final ValueReader in = new ValueReader(problems);
  private final Value root = YamlFiles.compose(YAML, "t.yaml", null, problems).orElseThrow().root();
  private final Value secondEntry = ValueReader.topField(root, "disruptions").map(v -> in.list(v, "", false)
      .orElseThrow().get(1)).orElseThrow();
  private final NetworkProblems placer = new NetworkProblems(in, root, root, List.of(secondEntry));

  @Test
  void locate_writtenValue_isItsKeyOrItem() {
    assertThat(at("nodes[dc-paris].stock[0].product")).isEqualTo("9:9 nodes[0].stock[0].product");
    assertThat(at("products[1].stocked")).isEqualTo("5:5 products[1].stocked");
    assertThat(at("platform.allocation")).isEqualTo("11:3 platform.policy");
  }

  @Test
  void locate_fixedDisruption_countsOnlyTheFixedOnes() {
    assertThat(at("disruptions[0].node")).isEqualTo("15:5 disruptions[1].node");
  }

  @Test
  void locate_fieldNotWritten_isAtTheNearestWrittenAncestorAndStillNamesTheField() {
    assertThat(at("products[pump].stocked")).isEqualTo("2:5 products[0].stocked");
    assertThat(at("products[gasket].routing")).isEqualTo("1:1 products[gasket].routing");
    assertThat(at("regions")).isEqualTo("1:1 regions");
  }

  @Test
  void place_problemWithAPath_isReportedThereOnce() {
    SpecProblem cannot = SpecProblem.of("nodes[dc-paris].stock[0].product", ProblemCode.CANNOT_MAKE, "dc-paris",
        "plant-a", "pump");
    placer.placeAll(List.of(cannot, cannot, SpecProblem.of("regions", ProblemCode.NO_REGIONS)), true);
    assertThat(problems.list()).extracting(Problem::format).containsExactly("t.yaml:9:9: nodes[0].stock[0].product: "
        + "expected a product that plant-a (replenishFrom) can make: it needs a machine capable of each routing step, "
        + "found \"pump\", which plant-a cannot make");
  }

  @Test
  void load_modelProblemAboutTheMarket_isReportedInTheMarketFile(@TempDir Path dir) throws Exception {
    Path design = Files.writeString(dir.resolve("design.yaml"),
        PartsTest.DESIGN.replace("capabilities: [cnc]", "capabilities: [inspection]"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("market.yaml"), PartsTest.MARKET, StandardCharsets.UTF_8);
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(design), ScenarioException.class);
    assertThat(e.problems()).extracting(p -> p.format().replace(dir + File.separator, "")).containsExactly(
        "market.yaml:9:5: products[0].routing: expected a routing some node can make, since a region demands it: a "
            + "machine capable of each step at one node, found no node can make it");
  }

  private String at(String path) {
    Value v = placer.locate(path);
    return v.line() + ":" + (v.at().getColumn() + 1) + " " + v.path();
  }
}
