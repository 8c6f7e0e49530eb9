package org.dmsim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.stats.Interval;
import org.dmsim.model.time.SimTime;
import org.dmsim.reports.csv.StressCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StressReportTest {
  @TempDir
  Path dir;

  @Test
  void write_ranking_hasTheChartAndOneRowPerNodeWorstFirstWithNamesEscaped() throws Exception {
    Interval tts = Interval.studentT(new double[] {3, 5}, 0.95);
    Interval loss = Interval.studentT(new double[] {100, 140}, 0.95);
    StressCsv.write(dir, 60 * SimTime.DAY_MS, 14 * SimTime.DAY_MS, 2, List.of(
        new StressCsv.Row("plant-<kassel>&", "plant", tts, 1, loss, loss, tts),
        new StressCsv.Row("dc-paris", "distribution-centre", null, 2, null, loss, tts)));

    String html = Files.readString(StressReport.write(dir));

    assertThat(dir.resolve(StressReport.FILE)).isRegularFile();
    assertThat(html).contains("2 nodes, each knocked out in turn from day 60 for 14 days, in the same 2 replications");
    assertThat(html).contains("<svg").contains("<th>plant-&lt;kassel&gt;&amp;</th>").doesNotContain("<kassel>");
    assertThat(html.indexOf("plant-&lt;kassel&gt;&amp;</th>")).isLessThan(html.indexOf("<th>dc-paris</th>"));
    assertThat(html).contains("<td>4 ± 12.7</td><td>1 of 2</td>").contains("<td>—</td><td>2 of 2</td>");
    assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void write_sameFile_sameBytes() throws Exception {
    Interval tts = Interval.studentT(new double[] {3, 5}, 0.95);
    StressCsv.write(dir, SimTime.DAY_MS, SimTime.DAY_MS, 2, List.of(new StressCsv.Row("p", "plant", tts, 0, tts, tts, tts)));

    byte[] first = Files.readAllBytes(StressReport.write(dir));

    assertThat(Files.readAllBytes(StressReport.write(dir))).isEqualTo(first);
  }

  @Test
  void write_noStressCsv_namesTheMissingFile() {
    assertThatThrownBy(() -> StressReport.write(dir)).isInstanceOf(ResultsFolderException.class)
        .hasMessageStartingWith(dir.resolve("stress.csv") + ": missing");
  }

  @Test
  void write_ports_titlesTheElementAndAddsTheFillDuringTheDisruptionAndTheNormalFlow() throws Exception {
    Interval loss = Interval.studentT(new double[] {100, 140}, 0.95);
    Interval during = Interval.studentT(new double[] {0.4, 0.5}, 0.95);
    StressCsv.write(dir, "port", 60 * SimTime.DAY_MS, 90 * SimTime.DAY_MS, 2, List.of(
        new StressCsv.Row("region-lyon", "port", loss, 0, loss, loss, during, during, 1572, 1600)));

    String html = Files.readString(StressReport.write(dir));

    assertThat(html).contains("<h1>Stress test of ports — ")
        .contains("1 port, each closed in turn from day 60 for 90 days")
        .contains("a port is every lane into one customer region or distribution centre".replace("a port", "A port"))
        .contains("<th>port</th><th>kind</th>").contains("<th>fill during the disruption</th>")
        .contains("<td>1572</td><td>1600</td>").contains("Per port closed:");
  }
}
