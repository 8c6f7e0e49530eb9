package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The complete test scenario of {@link ScenarioFieldsTest}, split into a design and the market it
 * names: it loads as the one-file scenario does, and under any edits of either file it loads or
 * reports problems that each name the file they are in, at a line and column inside it, the design's
 * first.
 */
class PartsProperties {
  private static final List<String> LINES = List.of(ScenarioFieldsTest.VALID.split("\n", -1));
  private static final List<String> MARKET_SECTIONS = List.of("products:", "regions:");

  @TempDir
  Path dir;

  @Test
  void theSplitScenarioIsTheOneFileScenario() throws Exception {
    Map<String, List<String>> files = split();
    Path design = write(files.get("design"), files.get("market"));

    assertThat(ScenarioLoader.load(design).network())
        .isEqualTo(ScenarioLoader.parse(ScenarioFieldsTest.VALID, "t.yaml").network());
  }

  @Test
  void anyEditOfDesignOrMarketLoadsOrReportsProblemsInsideTheFileTheyAreIn() {
    qt().forAll(lists().of(ScenarioFieldsProperties.edits()).ofSizeBetween(0, 3),
        lists().of(ScenarioFieldsProperties.edits()).ofSizeBetween(0, 3)).checkAssert((designEdits, marketEdits) -> {
          List<String> design = new ArrayList<>(split().get("design"));
          List<String> market = new ArrayList<>(split().get("market"));
          designEdits.forEach(edit -> edit.applyTo(design));
          marketEdits.forEach(edit -> edit.applyTo(market));
          Path designFile = write(design, market);
          ScenarioException e;
          try {
            ScenarioLoader.load(designFile);
            return;
          } catch (ScenarioException problems) {
            e = problems;
          }
          Map<String, Integer> lineCounts = Map.of(designFile.toString(), design.size() + 1,
              dir.resolve("market.yaml").toString(), market.size() + 1);
          assertThat(e.problems()).as("%s %s", designEdits, marketEdits).isNotEmpty().allSatisfy(p -> {
            assertThat(lineCounts).as(p.format()).containsKey(p.source());
            assertThat(p.line()).as(p.format()).isBetween(p.field().equals(Problems.FILE) ? 0 : 1,
                lineCounts.get(p.source()));
            assertThat(p.expected()).as(p.format()).isNotBlank();
          });
          List<String> sources = e.problems().stream().map(Problem::source).distinct().toList();
          if (sources.contains(designFile.toString())) {
            assertThat(sources.get(0)).as("the design's problems first").isEqualTo(designFile.toString());
          }
        });
  }

  /** The test scenario's lines as a design naming market.yaml and the market's lines. */
  private static Map<String, List<String>> split() {
    List<String> design = new ArrayList<>();
    List<String> market = new ArrayList<>(List.of("format: 2", "kind: market"));
    boolean inMarket = false;
    for (String line : LINES) {
      boolean topLevelKey = !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#") && !line.startsWith("-");
      if (topLevelKey) {
        inMarket = MARKET_SECTIONS.contains(line.strip());
        if (line.strip().equals("products:")) {
          design.add("market: market.yaml");
        }
      }
      (inMarket ? market : design).add(line);
    }
    return Map.of("design", design, "market", market);
  }

  private Path write(List<String> design, List<String> market) {
    try {
      Files.writeString(dir.resolve("market.yaml"), String.join("\n", market), StandardCharsets.UTF_8);
      return Files.writeString(dir.resolve("design.yaml"), String.join("\n", design), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
