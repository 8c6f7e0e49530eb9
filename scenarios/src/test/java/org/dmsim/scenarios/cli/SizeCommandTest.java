package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dmsim size}: the table, the answer line, the files, and a bad file's error. */
class SizeCommandTest {
  private static final String KNOWN = "src/test/resources/sizing/known-size.yaml";
  private static final String MACHINES = "src/test/resources/sizing/machines-size.yaml";

  @TempDir
  Path tmp;

  @Test
  void size_knownNetwork_printsTheAnswerAndWritesTheFiles() throws Exception {
    CliRun run = CliRun.of("size", KNOWN, "--out", tmp.toString(), "--threads", "2", "--quiet");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.DONE);
    assertThat(run.out()).contains("answer       smallest design meeting on_time_fill_rate >= 0.9 with 95 % confidence "
        + "(one-sided): 4 candidate sites (4 producing sites, 4 machines)");
    assertThat(run.out()).contains("sites producing machines  reps");
    assertThat(run.out()).doesNotContain("more replications");
    String csv = Files.readString(tmp.resolve("sizing.csv"));
    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(
        "sites,producing_sites,machines,replications,indicator,mean,lower_bound,upper_bound,"
            + "cost_per_delivered_unit_eur,decision,frontier");
    assertThat(csv).containsPattern("(?m)^3,3,3,\\d+,on_time_fill_rate,[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+,fails,")
        .containsPattern("(?m)^4,4,4,\\d+,on_time_fill_rate,[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+,meets,");
    String json = Files.readString(tmp.resolve("sizing.json"));
    assertThat(json).contains("\"status\" : \"complete\"").contains("\"kind\" : \"found\"").contains("\"low\" : 4");
    assertThat(run.out()).contains("report       " + tmp.resolve("sizing-report.html"));
    assertThat(Files.readString(tmp.resolve("sizing-report.html")))
        .contains("Candidate sites kept: 4 (4 producing sites, 4 machines)");
  }

  @Test
  void size_machines_namesWhatWasSizedInTheTableAndFiles() throws Exception {
    CliRun run = CliRun.of("size", MACHINES, "--out", tmp.toString(), "--threads", "2", "--quiet");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.DONE);
    assertThat(run.out()).contains("size         machines-size: machines-known, machines per group at 1 site (mf-city)")
        .contains("per group producing machines  reps")
        .contains("answer       smallest design meeting on_time_fill_rate >= 0.9 with 95 % confidence (one-sided): "
            + "4 machines per group at each of 1 sized site (1 producing sites, 4 machines)")
        .contains("if more machines are never worse");
    String csv = Files.readString(tmp.resolve("sizing.csv"));
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("machines_per_group,producing_sites,machines,");
    assertThat(csv).containsPattern("(?m)^3,1,3,\\d+,on_time_fill_rate,[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+,fails,")
        .containsPattern("(?m)^4,1,4,\\d+,on_time_fill_rate,[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+,meets,");
    String json = Files.readString(tmp.resolve("sizing.json"));
    assertThat(json).contains("\"size\" : \"machines\"").contains("\"sizedSites\" : [ \"mf-city\" ]")
        .contains("\"machinesPerGroup\" : 4").doesNotContain("\"placement\"").contains("\"low\" : 4");
  }

  @Test
  void size_sameSeed_sameFiles() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertThat(CliRun.of("size", KNOWN, "--out", a.toString(), "--threads", "1", "--quiet").code()).isZero();
    assertThat(CliRun.of("size", KNOWN, "--out", b.toString(), "--threads", "2", "--quiet").code()).isZero();
    assertThat(Files.readString(b.resolve("sizing.csv"))).isEqualTo(Files.readString(a.resolve("sizing.csv")));
  }

  @Test
  void size_badFile_saysWhereAndWhat() throws Exception {
    Files.copy(Path.of(KNOWN).resolveSibling("known-design.yaml"), tmp.resolve("known-design.yaml"));
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(Path.of(KNOWN)).replace("target: 0.9", "target: high"));

    CliRun run = CliRun.of("size", bad.toString(), "--out", tmp.resolve("out").toString());

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(bad + ":13:1: target: expected a number, the indicator's target (e.g. 0.95), "
        + "found \"high\"");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
