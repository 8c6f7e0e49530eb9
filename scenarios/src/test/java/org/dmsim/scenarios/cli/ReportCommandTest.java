package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir
  Path dir;

  @Test
  void report_folderOfAQuickExperiment_rendersTheSameFileTheRunWrote() throws Exception {
    CliRun run = CliRun.of("run", "src/test/resources/experiment/quick.yaml", "--replications", "2", "--engine",
        "sequential", "--threads", "1", "--quiet", "--out", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Path report = dir.resolve("report.html");
    assertThat(run.out()).contains("report       " + report);
    String html = Files.readString(report);
    assertThat(html).contains("<h1>quick-suite</h1>").contains("Case largest-outage").contains("node-outage");
    assertReRendersTheSameBytes(report);
  }

  @Test
  void report_folderWithoutSummary_exits2NamingTheFile() throws Exception {
    Files.writeString(dir.resolve("manifest.json"), "{}");

    CliRun r = CliRun.of("report", dir.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("dmsim: report: " + dir.resolve("summary.json") + ": missing;");
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertThat(dir.resolve("report.html")).doesNotExist();
  }

  @Test
  void report_noSuchFolder_exits2() {
    CliRun r = CliRun.of("report", dir.resolve("nowhere").toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(dir.resolve("nowhere") + ": no such folder");
  }

  @Test
  void run_scenarioFile_writesAReportOfItsOneNetworkThatReportReRenders() throws Exception {
    CliRun run = CliRun.of("run", "library/tiny-factory.yaml", "--replications", "2", "--engine", "sequential",
        "--quiet", "--out", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Path report = dir.resolve("report.html");
    assertThat(run.out()).contains("report       " + report);
    String html = Files.readString(report);
    assertThat(html).contains("<h1>tiny-factory</h1>").contains("One network only: nothing to compare")
        .contains("On-time share of units due — as written").contains("<tr><th>scenario</th><td>tiny-factory</td></tr>");
    assertReRendersTheSameBytes(report);
  }

  /** A scenario run's report once listed none of the scenario's own disruptions: the folder did not keep them. */
  @Test
  void run_scenarioWithDisruptions_keepsThemInDisruptionsCsvAndShowsThemInTheReport() throws Exception {
    CliRun run = CliRun.of("run", "library/tiny-factory.yaml", "--replications", "2", "--engine", "sequential",
        "--quiet", "--out", dir.toString(), "--set",
        "disruptions=[{type: node-outage, node: plant-frankfurt, at: 10d, for: 5d}, {type: regional-disaster,"
            + " name: flood, centre: {lat: 50.1, lon: 8.7}, radiusKm: 50, at: 20d, for: 3d}]");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readAllLines(dir.resolve("disruptions.csv"))).containsExactly(
        "case,variant,replication,type,target,severity,start_d,end_d,centre_lat,centre_lon,radius_km",
        "as written,tiny-factory,0,node-outage,plant-frankfurt,1,10,15,,,",
        "as written,tiny-factory,0,regional-disaster,flood,50,20,23,50.1,8.7,50",
        "as written,tiny-factory,1,node-outage,plant-frankfurt,1,10,15,,,",
        "as written,tiny-factory,1,regional-disaster,flood,50,20,23,50.1,8.7,50");
    Path report = dir.resolve("report.html");
    assertThat(Files.readString(report)).contains("Disruptions applied").contains("node-outage: plant-frankfurt")
        .contains("regional-disaster: flood");
    assertReRendersTheSameBytes(report);
  }

  @Test
  void stress_writesItsReportAndReportReRendersIt() throws Exception {
    CliRun stress = CliRun.of("stress", "library/tiny-factory.yaml", "--at", "10d", "--for", "5d", "--horizon", "25d",
        "--warmup", "2d", "--replications", "2", "--quiet", "--out", dir.toString());
    assertThat(stress.code()).as(stress.err()).isZero();
    Path report = dir.resolve("stress-report.html");
    assertThat(stress.out()).contains("report       " + report);
    assertThat(Files.readString(report)).contains("<th>plant-frankfurt</th>").contains("<svg");
    assertReRendersTheSameBytes(report);
  }

  @Test
  void run_experimentWhoseTextHoldsMarkup_showsItAsTextInTheReport() throws Exception {
    Path source = Path.of("src/test/resources/experiment");
    for (String f : new String[] {"central.yaml", "distributed.yaml", "market.yaml"}) {
      Files.copy(source.resolve(f), dir.resolve(f));
    }
    String odd = "<script>alert(\"x\")</script> & 'quoted' \"text\"";
    Files.writeString(dir.resolve("odd.yaml"), Files.readString(source.resolve("quick.yaml"))
        .replaceFirst("(?m)^description: .*$", "description: '" + odd.replace("'", "''") + "'"));

    CliRun run = CliRun.of("run", dir.resolve("odd.yaml").toString(), "--replications", "2", "--engine", "sequential",
        "--quiet", "--out", dir.resolve("out").toString());

    assertThat(run.code()).as(run.err()).isZero();
    String html = Files.readString(dir.resolve("out/report.html"));
    assertThat(html).contains("<p class=\"description\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
        + "&#39;quoted&#39; &quot;text&quot;</p>");
    assertThat(html).doesNotContain("<script").doesNotContain("alert(\"x\")");
  }

  /** {@code dmsim report} of the folder, with {@code report} deleted first, writes it again byte for byte. */
  private void assertReRendersTheSameBytes(Path report) throws Exception {
    byte[] written = Files.readAllBytes(report);
    Files.delete(report);

    CliRun again = CliRun.of("report", dir.toString());

    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("report       " + report + System.lineSeparator());
    assertThat(Files.readAllBytes(report)).isEqualTo(written);
  }
}
