package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scenario file with twenty planted mistakes of different kinds — a field's type, range or word, an
 * unknown or missing field, a broken reference, a network that does not fit — each reported once, at
 * its own line, in one go.
 */
class PlantedMistakesTest {
  static final String RESOURCE = "/scenario/planted-mistakes.yaml";

  /** Where each mistake is reported ({@code line:column: field}), in the file's order; the comment there numbers it. */
  static final List<String> EXPECTED = List.of(
      "6:1: replication",
      "29:9: products[2].bom[0].component",
      "34:5: products[3].id",
      "58:9: nodes[1].machines[0].type",
      "65:9: nodes[2].stock[0].product",
      "69:9: nodes[2].stock[1].product",
      "79:5: suppliers[0].capacityPerDay",
      "80:5: suppliers[1].id",
      "91:9: regions[0].demand[0].ordersPerDay",
      "93:9: regions[0].demand[1].product",
      "97:16: regions[1].location.lat",
      "102:9: regions[1].demand[0].patience",
      "106:3: platform.allocation",
      "111:3: platform.minQuality",
      "114:17: transport.modes[1]",
      "119:7: transport.lanes[0].distanceKm",
      "121:7: transport.lanes[1].to",
      "125:3: costs.holdingRatePerYear",
      "129:5: disruptions[0].node",
      "132:5: disruptions[1].to");

  static Path file() throws URISyntaxException {
    return Path.of(PlantedMistakesTest.class.getResource(RESOURCE).toURI());
  }

  @Test
  void parse_twentyPlantedMistakes_reportsEachAtItsLineAndColumn() throws Exception {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(Files.readString(file()),
        "planted-mistakes.yaml"), ScenarioException.class);
    List<Problem> problems = e.problems();
    assertThat(problems).extracting(p -> p.line() + ":" + p.column() + ": " + p.field())
        .containsExactlyElementsOf(EXPECTED);
    assertThat(problems).extracting(Problem::line).doesNotHaveDuplicates();
    assertThat(problems).allSatisfy(p -> assertThat(p.format()).startsWith("planted-mistakes.yaml:"));
    assertThat(problems.get(0).found()).endsWith("did you mean 'replications'?");
    assertThat(problems.get(4).found()).isEqualTo("\"valve\", which plant-lyon cannot make");
    assertThat(problems.get(5).found()).contains("make-to-order");
    assertThat(problems.get(9).found()).endsWith("did you mean 'valve'?");
    assertThat(problems.get(12).found()).endsWith("did you mean 'nearest'?");
    assertThat(problems.get(18).found()).isEqualTo("\"mf-munich\"");
    assertThat(problems.get(18).expected()).containsOnlyOnce("mf-berlin");
  }
}
