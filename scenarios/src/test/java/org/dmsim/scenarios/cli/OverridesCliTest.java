package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --set PATH=VALUE} on {@code run} and {@code validate}, and {@code set:} in an experiment's
 * variants: an override changes what runs (and the digest); a wrong one is a problem at the override,
 * exit code 2, no stack trace.
 */
class OverridesCliTest {
  private static final Path EXPERIMENTS = Path.of("src", "test", "resources", "experiment");

  @TempDir
  Path dir;

  private static String[] run(String... args) {
    CliRun r = CliRun.of(args);
    return new String[] {String.valueOf(r.code()), r.out(), r.err()};
  }

  private static String digest(String output) {
    return output.lines().filter(l -> l.startsWith("digest: ")).findFirst().orElseThrow();
  }

  @Test
  void run_withSet_changesTheDigest() {
    String[] plain = run("run", "library/tiny-factory.yaml", "--replications", "1", "--engine", "sequential",
        "--quiet", "--out", dir.resolve("a").toString());
    String[] set = run("run", "library/tiny-factory.yaml", "--replications", "1", "--engine", "sequential",
        "--quiet", "--out", dir.resolve("b").toString(), "--set", "nodes[plant-frankfurt].machines[machine].count=3");
    String[] same = run("run", "library/tiny-factory.yaml", "--replications", "1", "--engine", "sequential",
        "--quiet", "--out", dir.resolve("c").toString(), "--set", "nodes[0].machines[0].count=2");

    assertThat(plain[0]).as(plain[2]).isEqualTo("0");
    assertThat(set[0]).as(set[2]).isEqualTo("0");
    assertThat(digest(set[1])).isNotEqualTo(digest(plain[1]));
    assertThat(set[1]).contains("set          nodes[plant-frankfurt].machines[machine].count=3");
    assertThat(digest(same[1])).isEqualTo(digest(plain[1]));
  }

  @Test
  void run_withABadSet_exits2WithTheProblemAtTheOverride() {
    String[] r = run("run", "library/tiny-factory.yaml", "--replications", "1", "--quiet", "--out", dir.toString(),
        "--set", "horizon=10d", "--set", "nodes[plant-paris].machines[0].count=3");

    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("--set[2]:1:7: nodes[plant-paris]: expected the id of an item there (one of: "
        + "plant-frankfurt), or an index from 0, found \"plant-paris\"").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r[1]).doesNotContain("digest");
  }

  @Test
  void stress_withSet_runsTheOverriddenNetworkAndRefusesABadPath() {
    String[] bad = run("stress", "library/tiny-factory.yaml", "--set", "platfrom.allocation=nearest");
    assertThat(bad[0]).isEqualTo("2");
    assertThat(bad[2]).contains("--set[1]:1:1: platfrom").contains("did you mean 'platform'?");

    String[] ok = run("stress", "library/tiny-factory.yaml", "--set", "nodes[plant-frankfurt].machines[machine].count=3",
        "--replications", "1", "--at", "10d", "--for", "2d", "--horizon", "20d", "--warmup", "2d", "--quiet",
        "--out", dir.toString());
    assertThat(ok[0]).as(ok[2]).isEqualTo("0");
    assertThat(dir.resolve("stress.csv")).exists();
  }

  @Test
  void validate_withABadValue_reportsItAtTheOverride() {
    String[] r = run("validate", "library/tiny-factory.yaml", "--set", "regions[region-milan].demand[part].ordersPerDay=-1");

    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("--set[1]:1:49: regions[1].demand[0].ordersPerDay: expected a positive");
  }

  @Test
  void run_experimentWithTwoVariantsOfOneFileDifferingBySet_givesDifferentResults() throws Exception {
    for (String f : List.of("central.yaml", "market.yaml")) {
      Files.copy(EXPERIMENTS.resolve(f), dir.resolve(f));
    }
    Path experiment = Files.writeString(dir.resolve("more.yaml"), """
        format: 2
        kind: experiment
        name: more-machines
        replications: 1
        horizon: 30d
        variants:
          - {name: four-mills, file: central.yaml}
          - {name: one-mill, file: central.yaml, set: ["nodes[plant-kassel].machines[mill].count=1"]}
          - {name: one-mill-again, file: central.yaml, set: ["nodes[0].machines[0].count=1"]}
        cases:
          - name: baseline
        """, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    String[] r = run("run", experiment.toString(), "--engine", "sequential", "--quiet", "--out", out.toString());

    assertThat(r[0]).as(r[2]).isEqualTo("0");
    List<String> rows = Files.readAllLines(out.resolve("kpis.csv")).subList(1, 4);
    String four = rows.get(0).split(",")[3];
    String one = rows.get(1).split(",")[3];
    assertThat(one).isNotEqualTo(four).isEqualTo(rows.get(2).split(",")[3]);
  }
}
