package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The work estimate on {@code run}, {@code stress} and {@code validate}: printed with the header, and a
 * run above the limit refused before anything runs (exit 2, the estimate and {@code --force} named),
 * run anyway with {@code --force}.
 */
class WorkLimitCliTest {
  @TempDir
  Path dir;

  @Test
  void run_printsTheEstimateInTheHeader() {
    CliRun r = CliRun.of("run", "library/tiny-factory.yaml", "--replications", "1", "--engine", "sequential",
        "--quiet", "--out", dir.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("estimate     ≈ \\d+ k events, [0-9.]+ s per replication; 1 run on \\d+ threads?"
        + " ≈ [0-9.]+ s, heap ≈ \\d+ MB");
  }

  @Test
  void run_hugeOrderRate_isRefusedBeforeRunning_withTheEstimateAndForce() {
    Path out = dir.resolve("out");
    CliRun r = CliRun.of("run", "library/tiny-factory.yaml", "--quiet", "--out", out.toString(),
        "--set", "horizon=3650d", "--set", "regions[region-paris].demand[part].ordersPerDay=1000000");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("refused before running: the estimate is", "G events", "of wall time (limit 4.0 h, "
        + "--max-hours)", "horizon 3650d", "3 replications", "--force").doesNotContain("Exception");
    assertThat(r.out()).doesNotContain("estimate     ");
    assertThat(Files.exists(out)).as("nothing written").isFalse();
  }

  @Test
  void run_overATinyLimit_isRefused_andRunsWithForce() {
    CliRun refused = CliRun.of("run", "library/tiny-factory.yaml", "--replications", "1", "--engine", "sequential",
        "--quiet", "--out", dir.resolve("a").toString(), "--max-hours", "0.000001");
    CliRun forced = CliRun.of("run", "library/tiny-factory.yaml", "--replications", "1", "--engine", "sequential",
        "--quiet", "--out", dir.resolve("b").toString(), "--max-hours", "0.000001", "--force");

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("k events", "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(forced.out()).contains("estimate     ≈", "digest: ");
  }

  @Test
  void run_experimentOverTheLimit_isRefused() {
    CliRun r = CliRun.of("run", "library/eu-disruption-suite.yaml", "--quiet", "--out", dir.toString(),
        "--max-hours", "0.01");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("refused before running", "30 replications × 8 cases × 2 variants", "--force");
  }

  @Test
  void stress_overATinyLimit_isRefused() {
    CliRun r = CliRun.of("stress", "library/tiny-factory.yaml", "--quiet", "--out", dir.toString(),
        "--max-hours", "0.000001");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("refused before running", "--force");
  }

  @Test
  void validate_printsTheEstimateOfEachFile() {
    CliRun r = CliRun.of("validate", "library/mm1.yaml", "library/eu-disruption-suite.yaml");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("library/mm1.yaml: estimate ≈ ", "10 runs on",
        "library/eu-disruption-suite.yaml: estimate ≈ ", "480 runs on");
  }
}
