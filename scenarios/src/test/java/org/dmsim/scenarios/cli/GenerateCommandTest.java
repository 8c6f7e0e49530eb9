package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code dmsim generate}: files that validate, the same bytes for the same options, and clear argument errors. */
class GenerateCommandTest {
  @TempDir
  Path dir;

  @Test
  void generate_thenValidate_bothExit0() {
    CliRun g = CliRun.of("generate", "--sites", "12", "--regions", "6", "--seed", "3", "--out", dir.toString());

    assertThat(g.code()).as(g.err()).isZero();
    Path file = dir.resolve("synthetic-distributed-12-sites.yaml");
    assertThat(g.out()).contains("wrote        " + file)
        .contains("network      synthetic-distributed-12-sites: 12 sites with 24 machining cells, 6 regions, 320.0 "
            + "orders a day")
        .contains("next         dmsim validate " + file);
    CliRun v = CliRun.of("validate", file.toString());
    assertThat(v.code()).as(v.err()).isZero();
    assertThat(v.out()).contains(": ok (scenario synthetic-distributed-12-sites: 12 nodes, 6 regions)");
  }

  @Test
  void generate_sameOptionsTwice_writesTheSameBytes() throws Exception {
    String[] args = {"generate", "--sites", "40", "--regions", "15", "--design", "centralized", "--csv", "--seed", "8"};
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertThat(CliRun.of(concat(args, "--out", a.toString())).code()).isZero();
    assertThat(CliRun.of(concat(args, "--out", b.toString())).code()).isZero();

    for (String name : new String[] {"synthetic-centralized-40-sites.yaml", "synthetic-centralized-40-sites-sites.csv",
        "synthetic-centralized-40-sites-demand.csv"}) {
      assertThat(Files.readAllBytes(a.resolve(name))).as(name).isEqualTo(Files.readAllBytes(b.resolve(name)));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--sites|0|dmsim: generate: --sites expects a whole number from 1 to 50000, got '0'",
      "--regions|many|dmsim: generate: --regions expects a whole number from 1 to 20000, got 'many'",
      "--design|central|dmsim: generate: --design expects 'centralized' or 'distributed', got 'central'",
      "--horizon|12h|dmsim: generate: --horizon expects at least 1d, got '12h'"})
  void generate_badArgument_exits2WithOneClearLine(String option, String value, String message) {
    CliRun r = CliRun.of("generate", option, value, "--out", dir.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(message);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void generate_tooManySitesForOneYamlFile_exits2SayingToUseCsv() throws Exception {
    CliRun r = CliRun.of("generate", "--sites", "20000", "--out", dir.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("dmsim: generate: synthetic-distributed-20000-sites.yaml would be ")
        .contains("add --csv").doesNotContain("Exception");
    try (var files = Files.list(dir)) {
      assertThat(files).as("nothing written").isEmpty();
    }
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
