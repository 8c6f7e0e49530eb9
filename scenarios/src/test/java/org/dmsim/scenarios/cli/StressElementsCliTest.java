package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dmsim stress --elements lanes|ports|suppliers} and {@code --top}, end to end, and their usage errors. */
class StressElementsCliTest {
  private static final String FILE = "src/test/resources/scenario/criticality.yaml";

  @TempDir
  Path dir;

  private static String[] run(String... args) {
    CliRun r = CliRun.of(args);
    return new String[] {String.valueOf(r.code()), r.out(), r.err()};
  }

  private String[] stress(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("stress", FILE, "--replications", "2", "--at", "20d",
        "--for", "7d", "--horizon", "40d", "--warmup", "7d", "--quiet", "--out", dir.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void lanes_top2_ranksTheTwoBusiestLanesAndWritesTheirFlowAndFill() throws Exception {
    String[] r = stress("--elements", "lanes", "--top", "2");

    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).contains("reference    criticality: one undisrupted run of 40d")
        .contains("in use       3 lanes; the 2 busiest are knocked out")
        .contains("stress       criticality: 2 lanes, each closed from 20d for 1w");
    List<String> csv = Files.readAllLines(dir.resolve("stress.csv"));
    assertThat(csv.get(0)).startsWith("rank,lane,kind,outage_start_d,").endsWith(",confidence,"
        + "fill_during_disruption_mean,fill_during_disruption_half_width,normal_flow_shipments,normal_flow_units");
    assertThat(csv).hasSize(3);
    assertThat(csv.get(1)).startsWith("1,supplier-steel->plant-lyon,lane,20,7,2,");
    assertThat(csv.get(2)).startsWith("2,plant-lyon->region-lyon,lane,20,7,2,");
    assertThat(csv.get(2).split(",")).hasSize(20);
    String page = Files.readString(dir.resolve("stress-report.html"));
    assertThat(page).contains("<h1>Stress test of lanes — ").contains("<th>fill during the disruption</th>")
        .contains("<th>normal flow (shipments)</th>").contains("plant-lyon-&gt;region-lyon");
  }

  @Test
  void suppliers_theSupplierEverythingNeedsRanksFirst() throws Exception {
    String[] r = stress("--elements", "suppliers");

    assertThat(r[0]).as(r[2]).isEqualTo("0");
    List<String> csv = Files.readAllLines(dir.resolve("stress.csv"));
    assertThat(csv.get(0)).startsWith("rank,supplier,kind,");
    assertThat(csv.get(1)).startsWith("1,supplier-steel,supplier,");
    assertThat(csv.get(2)).startsWith("2,supplier-paint,supplier,20,7,2,2,7,0,0,0,").endsWith(",1,0,,");
    assertThat(Files.readString(dir.resolve("stress-report.html"))).contains("each failed in turn");
  }

  @Test
  void topZero_isAUsageError() {
    String[] r = stress("--elements", "lanes", "--top", "0");

    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("--top").contains("at least 1").doesNotContain("Exception");
  }

  @Test
  void topWithNodes_isAUsageError() {
    String[] r = stress("--top", "3");

    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("--top applies to --elements lanes or ports, not nodes");
  }

  @Test
  void unknownElements_isAUsageErrorNamingTheChoices() {
    String[] r = stress("--elements", "roads");

    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("--elements").contains("'nodes', 'lanes', 'ports' or 'suppliers'");
  }

  @Test
  void suppliersOfANetworkWithoutSuppliers_isAUsageErrorBeforeAnythingRuns() {
    String[] r = run("stress", "src/test/resources/scenario/dc-backup.yaml", "--elements", "suppliers", "--quiet",
        "--out", dir.resolve("none").toString());

    assertThat(r[0]).isEqualTo("2");
    assertThat(r[1]).isEmpty();
    assertThat(r[2].strip()).startsWith("dmsim: stress: src/test/resources/scenario/dc-backup.yaml: --elements"
        + " suppliers: expected a network with suppliers, found none").doesNotContain("Exception");
    assertThat(dir.resolve("none")).doesNotExist();
  }
}
