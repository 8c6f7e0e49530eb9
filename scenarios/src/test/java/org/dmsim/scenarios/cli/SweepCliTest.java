package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dmsim.reports.csv.SweepCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dmsim sweep} end to end on a case whose answer is known in advance: the M/M/1 plant of
 * {@code src/test/resources/sweep/mm1.yaml} with c = 1..4 servers is an M/M/c queue with λ = 36 orders/day
 * and 1/μ = 32 min, so its machine utilization is ρ = λ/(cμ) = 0.8/c.
 */
class SweepCliTest {
  private static final String EXPERIMENT = "src/test/resources/sweep/mm1-experiment.yaml";
  private static final String COUNT = "nodes[plant].machines[server].count";

  @TempDir
  Path dir;

  private CliRun sweep(Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("sweep", EXPERIMENT, "--engine", "sequential", "--threads",
        "2", "--quiet", "--out", out.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(new String[0]));
  }

  @Test
  void sweep_machineCount_utilizationIsLambdaOverCMuWithinItsIntervalAndFalls() throws Exception {
    CliRun r = sweep(dir, "--param", COUNT + "=1..4");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("4 points over " + COUNT).contains("point 4/4  " + COUNT + "=4").contains("digest: ");
    SweepCsv.Table table = SweepCsv.read(dir);
    assertThat(table.parameters()).containsExactly(COUNT);
    double previous = Double.POSITIVE_INFINITY;
    for (int c = 1; c <= 4; c++) {
      String value = Integer.toString(c);
      SweepCsv.Row u = table.rows().stream().filter(row -> row.values().get(0).equals(value)
          && row.variant().equals("fifo") && row.indicator().equals("machine_utilization")).findFirst().orElseThrow();
      double rho = 36.0 * 32.0 / (24 * 60) / c;
      assertThat(u.replications()).isEqualTo(4);
      assertThat(rho).as("ρ = λ/(cμ) at c = %d, interval [%s, %s]", c, u.low(), u.high()).isBetween(u.low(), u.high());
      assertThat(u.mean()).isLessThan(previous);
      previous = u.mean();
    }
    String json = Files.readString(dir.resolve("sweep.json"));
    assertThat(json).contains("\"status\": \"complete\"").contains("\"kind\": \"factorial\"")
        .contains("\"path\": \"" + COUNT + "\"").contains("\"pointsPlanned\": 4");
    String html = Files.readString(dir.resolve("sweep-report.html"));
    assertThat(html).contains("<h1>Sweep — mm1-servers-test-sweep</h1>").contains("Case baseline").contains("<svg");
    assertThat(dir.resolve("charts/sweep-c0-p0.svg")).exists();
    assertThat(dir.resolve("charts/sweep-c0-cost.svg")).exists();

    CliRun again = CliRun.of("report", dir.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(Files.readString(dir.resolve("sweep-report.html"))).isEqualTo(html);
  }

  @Test
  void sweep_samePointsWithTheSameSeed_commonRandomNumbersAcrossPoints() throws Exception {
    // Every point runs the same seed: the variant 'second' is swept alone, so 'fifo' is the same network
    // at every point and must give exactly the same results at both.
    CliRun r = sweep(dir, "--param", "second:" + COUNT + "=1,2", "--replications", "2");

    assertThat(r.code()).as(r.err()).isZero();
    SweepCsv.Table table = SweepCsv.read(dir);
    assertThat(table.parameters()).containsExactly("second:" + COUNT);
    List<SweepCsv.Row> fifo = table.rows().stream().filter(x -> x.variant().equals("fifo")).toList();
    List<SweepCsv.Row> atOne = fifo.stream().filter(x -> x.point() == 0).toList();
    List<SweepCsv.Row> atTwo = fifo.stream().filter(x -> x.point() == 1).toList();
    for (int i = 0; i < atOne.size(); i++) {
      assertThat(Double.valueOf(atTwo.get(i).mean())).as(atOne.get(i).indicator())
          .isEqualTo(Double.valueOf(atOne.get(i).mean()));
    }
    double secondAtTwo = table.rows().stream().filter(x -> x.variant().equals("second") && x.point() == 1
        && x.indicator().equals("machine_utilization")).findFirst().orElseThrow().mean();
    double fifoAtTwo = atTwo.stream().filter(x -> x.indicator().equals("machine_utilization")).findFirst()
        .orElseThrow().mean();
    assertThat(secondAtTwo).isLessThan(fifoAtTwo * 0.6);
  }

  @Test
  void sweep_latinHypercube_isReproducibleForASeedAndStratified() throws Exception {
    String[] args = {"--param", COUNT + "=1..4", "--param", "regions[customers].demand[job].ordersPerDay=20..35/4",
        "--points", "4", "--design-seed", "5", "--replications", "1", "--set", "horizon=20d"};
    CliRun first = sweep(dir.resolve("a"), args);
    CliRun second = sweep(dir.resolve("b"), args);

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(Files.readString(dir.resolve("b/sweep.csv"))).isEqualTo(Files.readString(dir.resolve("a/sweep.csv")));
    SweepCsv.Table table = SweepCsv.read(dir.resolve("a"));
    assertThat(table.values(0)).containsExactlyInAnyOrder("1", "2", "3", "4");
    assertThat(table.values(1)).containsExactlyInAnyOrder("20", "25", "30", "35");
    assertThat(Files.readString(dir.resolve("a/sweep.json"))).contains("\"kind\": \"lhs\"").contains("\"seed\": 5");
  }

  @Test
  void sweep_badPath_isTheOverridesPositionedErrorAndNothingRuns() {
    CliRun r = sweep(dir, "--param", "nodes[plant].machines[server].cnt=1,2");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--param[1]:1:").contains("cnt").doesNotContain("Exception");
    assertThat(dir.resolve("sweep.csv")).doesNotExist();
  }

  @Test
  void sweep_badValue_namesTheParameterAndItsColumn() {
    CliRun r = sweep(dir, "--param", COUNT + "=4..1");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--param[1]:1:" + (COUNT.length() + 2) + ": " + COUNT
        + ": expected a range A..B with A <= B, found '4..1'");
  }

  @Test
  void sweep_tooManyPoints_isRefusedWithTheCount() {
    CliRun r = sweep(dir, "--param", COUNT + "=1..200", "--param", "horizon=1..100");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("the factorial design has 20000 points (200 × 100 values); at most 10000");
  }

  @Test
  void sweep_unknownVariant_namesTheVariants() {
    CliRun r = sweep(dir, "--param", "third:" + COUNT + "=1,2");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--param[1]:1:1: variant: expected a variant of").contains("(fifo, second), found 'third'");
  }
}
