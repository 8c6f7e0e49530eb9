package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code dmsim demo}: the bundled centralized-versus-distributed experiment, its story and its report. */
class DemoCommandTest {

  @Test
  void demo_printsEachStoryIndicatorAcrossTheFourCases() {
    CliRun r = DemoOutput.run();

    assertThat(r.code()).as(r.err()).isZero();
    for (DemoStory.Row row : DemoStory.ROWS) {
      assertThat(r.out()).contains(row.title() + "\n  case ");
    }
    for (String c : new String[] {"baseline", "plant-outage", "regional-flood", "platform-cyber"}) {
      assertThat(r.out().lines().filter(l -> l.startsWith("  " + c + " "))).hasSize(DemoStory.ROWS.size());
    }
    assertThat(r.out()).contains("report       " + DemoOutput.folder().resolve("report.html") + " (written in ")
        .containsPattern("\ndigest: [0-9a-f]{64}\n");
  }

  @Test
  void demo_plantOutage_distributedKeepsMoreUnitsOnTimeWithAnIntervalThatExcludesZero() {
    String fill = DemoOutput.run().out().lines().dropWhile(l -> !l.startsWith(DemoStory.ROWS.get(0).title()))
        .filter(l -> l.startsWith("  plant-outage ")).findFirst().orElseThrow();

    // centralized, distributed, distributed − centralized: the difference is positive and marked significant
    assertThat(fill).matches("  plant-outage +0\\.\\d{4} ± 0\\.\\d{4} +(0\\.9\\d{3}|1\\.0000) ± 0\\.\\d{4} +\\+0\\.\\d{4} ± 0\\.\\d{4} \\*");
  }

  @Test
  void demo_copiesTheBundledLibraryFilesItRunsIntoTheOutputFolder() throws Exception {
    Path scenario = DemoOutput.folder().resolve("scenario");

    for (String name : DemoCommand.FILES) {
      assertThat(Files.readString(scenario.resolve(name))).as(name)
          .isEqualTo(Files.readString(Path.of("library", name)));
    }
    assertThat(DemoOutput.folder().resolve("report.html")).isRegularFile();
    assertThat(Files.readString(DemoOutput.folder().resolve("manifest.json")))
        .contains("\"source\": \"" + scenario.resolve("eu-demo.yaml") + "\"").contains("\"status\": \"complete\"");
  }

  @Test
  void demo_resume_takesEveryRunFromTheRecordAndWritesTheSameFiles() throws Exception {
    Path folder = DemoOutput.folder();
    String digest = DemoOutput.run().out().lines().filter(l -> l.startsWith("digest: ")).findFirst().orElseThrow();
    String kpis = Files.readString(folder.resolve("kpis.csv"));

    CliRun again = CliRun.of("demo", "--engine", "sequential", "--replications", "2", "--quiet", "--resume", "--out",
        folder.toString());

    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("resume       16 finished runs are taken from").contains(digest);
    assertThat(Files.readString(folder.resolve("kpis.csv"))).isEqualTo(kpis);
  }
}
