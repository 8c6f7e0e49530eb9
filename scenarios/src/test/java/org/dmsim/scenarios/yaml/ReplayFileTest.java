package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dmsim.scenarios.yaml.ScenarioFieldsTest.MINIMAL;
import static org.dmsim.scenarios.yaml.ScenarioFieldsTest.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV file of a {@code replay} demand generator: read relative to the scenario file into the
 * generator's {@code series}, and every bad cell reported at {@code file.csv:row:column}.
 */
class ReplayFileTest {
  private static final String REPLAY = "ordersPerDay: 1\n        generator: {rule: replay, params: {file: orders.csv}}\n";

  @TempDir
  Path dir;

  private Path write(String csv) throws IOException {
    Files.writeString(dir.resolve("orders.csv"), csv, StandardCharsets.UTF_8);
    Path scenario = dir.resolve("s.yaml");
    Files.writeString(scenario, edit(MINIMAL, "ordersPerDay: 1\n", REPLAY), StandardCharsets.UTF_8);
    return scenario;
  }

  private List<String> problems(String csv) throws IOException {
    Path scenario = write(csv);
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(scenario), ScenarioException.class);
    assertThat(e).as("a problem for:%n%s", csv).isNotNull();
    return e.problems().stream().map(p -> Path.of(p.source()).getFileName() + ":" + p.line() + ":" + p.column() + ": "
        + p.field() + ": expected " + p.expected() + ", found " + p.found()).toList();
  }

  @Test
  void load_dayColumn_becomesTheSeriesInMilliseconds() throws Exception {
    DemandSpec line = ScenarioLoader.load(write("day,quantity\n0,5\n1.5,0\n\n2,7\n")).network().regions().get(0)
        .demand().get(1);

    assertThat(line.generator()).isEqualTo(RuleRef.of("replay",
        java.util.Map.of("series", "0ms 5, 129600000ms 0, 172800000ms 7")));
  }

  @Test
  void load_timeColumn_takesDurations() throws Exception {
    DemandSpec line = ScenarioLoader.load(write("time,quantity\n0s,5\n36h,2\n")).network().regions().get(0)
        .demand().get(1);

    assertThat(line.generator().params()).containsEntry("series", "0ms 5, 129600000ms 2");
  }

  @Test
  void load_badCells_reportFileRowColumnAndColumnName() throws Exception {
    assertThat(problems("day,quantity\n0,5\n1,x\n-2,3\n3,4,5\n0.5,1\n")).containsExactly(
        "orders.csv:3:3: quantity: expected a whole number from 0 to 1000000000, found \"x\"",
        "orders.csv:4:1: day: expected a number of days from the start, 0 or more, not before the row above, found \"-2\"",
        "orders.csv:5:1: (row): expected two cells separated by a comma, found 3 cells",
        "orders.csv:6:1: day: expected a number of days from the start, 0 or more, not before the row above, found \"0.5\"");
  }

  @Test
  void load_badHeader_isReportedAtItsRow() throws Exception {
    assertThat(problems("\ndate,qty\n0,5\n")).containsExactly(
        "orders.csv:2:1: (header): expected a header day,quantity or time,quantity, found \"date,qty\"");
  }

  @Test
  void load_missingFile_isReportedAtTheFileParameter() throws Exception {
    Path scenario = dir.resolve("s.yaml");
    Files.writeString(scenario, edit(MINIMAL, "ordersPerDay: 1\n", REPLAY), StandardCharsets.UTF_8);

    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(scenario), ScenarioException.class);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("regions[0].demand[1].generator.params.file");
      assertThat(p.found()).isEqualTo("\"orders.csv\" (no such file)");
      assertThat(p.line()).isPositive();
    });
  }

  @Test
  void parse_scenarioGivenAsText_cannotNameAReplayFile() {
    ScenarioException e = catchThrowableOfType(
        () -> ScenarioLoader.parse(edit(MINIMAL, "ordersPerDay: 1\n", REPLAY), "t.yaml"), ScenarioException.class);

    assertThat(e.problems()).singleElement().extracting(Problem::expected)
        .isEqualTo("a scenario read from a file (a replay file is found relative to it)");
  }

  @Test
  void load_fileAndSeries_isRefused() throws Exception {
    Path scenario = dir.resolve("s.yaml");
    Files.writeString(scenario, edit(MINIMAL, "ordersPerDay: 1\n",
        "ordersPerDay: 1\n        generator: {rule: replay, params: {file: orders.csv, series: \"0d 1\"}}\n"));

    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(scenario), ScenarioException.class);

    assertThat(e.problems()).singleElement().extracting(Problem::field)
        .isEqualTo("regions[0].demand[1].generator.params.series");
  }

  @Test
  void parse_replayWithATrend_isRefusedRatherThanIgnored() {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(edit(MINIMAL, "ordersPerDay: 1\n",
        "ordersPerDay: 1\n        trendPerYear: 0.1\n        generator: {rule: replay, params: {series: \"0d 1\"}}\n"),
        "t.yaml"), ScenarioException.class);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("regions[0].demand[1].trendPerYear");
      assertThat(p.expected()).isEqualTo("no trendPerYear with the replay generator, which plays the recorded series"
          + " as it is");
    });
  }
}
