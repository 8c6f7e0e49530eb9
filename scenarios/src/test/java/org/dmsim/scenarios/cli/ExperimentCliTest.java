package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dmsim run} of an experiment file and {@code dmsim stress}, end to end on small networks. */
class ExperimentCliTest {
  @TempDir
  Path dir;

  private static String[] run(String... args) {
    CliRun r = CliRun.of(args);
    return new String[] {String.valueOf(r.code()), r.out(), r.err()};
  }

  @Test
  void runningAnExperimentFile_printsAComparisonPerCaseAndWritesItsFiles() throws Exception {
    String[] r = run("run", "src/test/resources/experiment/quick.yaml", "--replications", "2", "--engine", "sequential",
        "--threads", "2", "--quiet", "--out", dir.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).contains("case baseline").contains("case largest-outage").contains("distributed − centralized")
        .contains("on_time_fill_rate").contains("loss_unit_days");
    for (String f : List.of("kpis.csv", "comparisons.csv", "timeseries.csv", "disruptions.csv", "summary.json",
        "manifest.json")) {
      assertThat(dir.resolve(f)).as(f).exists();
    }
    List<String> kpis = Files.readAllLines(dir.resolve("kpis.csv"));
    assertThat(kpis.get(0)).startsWith("case,variant,replication,digest,events,orders,");
    long cases = kpis.stream().skip(1).map(l -> l.split(",")[0]).distinct().count();
    assertThat(kpis).hasSize(1 + (int) cases * 2 * 2);
    assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"scenario_sha256\"").contains("\"seed\": 2026")
        .contains("\"replications\": 2");
    List<String> disruptions = Files.readAllLines(dir.resolve("disruptions.csv"));
    assertThat(disruptions.get(0))
        .isEqualTo("case,variant,replication,type,target,severity,start_d,end_d,centre_lat,centre_lon,radius_km");
    assertThat(disruptions).as("@largest resolved in each variant's network (a tie goes to the first by id)")
        .anyMatch(l -> l.startsWith("largest-outage,centralized,0,node-outage,plant-kassel,"))
        .anyMatch(l -> l.startsWith("largest-outage,distributed,0,node-outage,mf-london,"))
        .noneMatch(l -> l.contains("@largest"));
    List<String> stations = Files.readAllLines(dir.resolve("stations.csv"));
    assertThat(stations.get(0)).startsWith("case,variant,site,machine_type,machines,replications,wait_h,");
    assertThat(stations).as("a station of each variant in every case")
        .anyMatch(l -> l.startsWith("baseline,centralized,plant-kassel,"))
        .anyMatch(l -> l.startsWith("largest-outage,distributed,mf-london,"));
    JsonNode network = new ObjectMapper().readTree(dir.resolve("network.json").toFile());
    assertThat(network.path("variants")).extracting(v -> v.path("variant").asText())
        .containsExactly("centralized", "distributed");
    assertThat(network.path("variants").path(1).path("nodes")).anyMatch(n -> n.path("id").asText().equals("mf-paris")
        && n.path("kind").asText().equals("microfactory") && n.path("machines").asInt() == 2);
    assertThat(Files.readString(dir.resolve("report.html"))).contains("<h2>The networks</h2>")
        .contains("mf-london").doesNotContain("@largest");
  }

  @Test
  void stress_ranksEveryNodeByLossAndWritesTheRankingAsCsv() throws Exception {
    Path out = dir.resolve("stress");
    String[] r = run("stress", "src/test/resources/experiment/central.yaml", "--replications", "2", "--at", "40d",
        "--for", "7d", "--horizon", "70d", "--warmup", "14d", "--quiet", "--out", out.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).contains("rank").contains("survives (d)").contains("loss (unit-days)");
    List<String> ranked = r[1].lines().filter(l -> l.matches("\\s+\\d+\\s+\\S+.*")).toList();
    assertThat(ranked).hasSizeGreaterThanOrEqualTo(2);
    assertThat(r[1]).contains("ranking      " + out.resolve("stress.csv"));

    List<String> csv = Files.readAllLines(out.resolve("stress.csv"));
    assertThat(csv.get(0)).startsWith("rank,node,kind,outage_start_d,outage_d,replications,");
    assertThat(csv).as("one row per node the console ranked").hasSize(1 + ranked.size());
    for (int i = 0; i < ranked.size(); i++) {
      String[] console = ranked.get(i).trim().split("\\s+");
      assertThat(csv.get(i + 1)).as("same order as on the console")
          .startsWith(console[0] + "," + console[1] + "," + console[2] + ",40,7,2,");
    }
  }

  @Test
  void stress_outIsAFile_isAUsageErrorBeforeAnythingRuns() throws Exception {
    Path taken = Files.writeString(dir.resolve("taken"), "");
    String[] r = run("stress", "src/test/resources/experiment/central.yaml", "--out", taken.toString());
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[1]).isEmpty();
    assertThat(r[2].strip()).isEqualTo("dmsim: stress: --out " + taken
        + " cannot be used as the output directory (it exists and is not a directory)");
  }

  @Test
  void stress_withAWarmupReachingTheOutage_isAUsageError() {
    String[] r = run("stress", "src/test/resources/experiment/central.yaml", "--at", "20d", "--warmup", "28d");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("--warmup must end before the outages start");
  }

  @Test
  void precision_onAScenarioFile_isAUsageError() {
    String[] r = run("run", "library/tiny-factory.yaml", "--precision", "0.01");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("--precision, --precision-kpi and --max-replications apply to experiment files");
  }

  @Test
  void precision_addsReplicationsUntilTheIntervalIsNarrowEnough() throws Exception {
    String[] r = run("run", "src/test/resources/experiment/quick.yaml", "--replications", "2", "--engine",
        "sequential", "--quiet", "--out", dir.toString(), "--precision", "1e-9", "--precision-kpi", "orders",
        "--max-replications", "3");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).contains("needs 3 replications");
    assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"replications\": 3");
  }
}
