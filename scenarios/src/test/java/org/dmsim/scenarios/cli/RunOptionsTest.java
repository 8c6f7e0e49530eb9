package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dmsim.sim.engine.EngineKind;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

/** How {@code dmsim run} reads its options, through the real command tree. */
class RunOptionsTest {
  private static ParseResult run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "run";
    System.arraycopy(args, 0, all, 1, args.length);
    return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .parseArgs(all).subcommand();
  }

  private static Object value(ParseResult r, String option) {
    return r.commandSpec().findOption(option).getValue();
  }

  private static Object file(ParseResult r) {
    return r.commandSpec().positionalParameters().get(0).getValue();
  }

  @Test
  void parse_nameSpaceValue_storesValue() {
    assertThat(value(run("a.yaml", "--out", "results"), "--out")).isEqualTo(Path.of("results"));
  }

  @Test
  void parse_nameEqualsValue_storesEverythingAfterTheFirstEquals() {
    ParseResult r = run("a.yaml", "--out=a=b", "--seed=7");

    assertThat(value(r, "--out")).isEqualTo(Path.of("a=b"));
    assertThat(value(r, "--seed")).isEqualTo(7L);
  }

  @Test
  void parse_valueStartingWithDash_isTakenAsTheValue() {
    ParseResult r = run("--seed", "-5", "a.yaml");

    assertThat(value(r, "--seed")).isEqualTo(-5L);
    assertThat(file(r)).isEqualTo(Path.of("a.yaml"));
  }

  @Test
  void parse_repeatedOption_lastValueWins() {
    assertThat(value(run("a.yaml", "--threads", "2", "--threads=3"), "--threads")).isEqualTo(3);
  }

  @Test
  void parse_flags_areSetAndTakeNoValue() {
    ParseResult r = run("--quiet", "a.yaml", "--fused");

    assertThat(value(r, "--quiet")).isEqualTo(true);
    assertThat(value(r, "--fused")).isEqualTo(true);
    assertThat(file(r)).isEqualTo(Path.of("a.yaml"));
  }

  @Test
  void parse_onlyAFile_leavesTheFilesValuesAndTheDefaults() {
    ParseResult r = run("a.yaml");

    assertThat(value(r, "--seed")).as("the file's").isNull();
    assertThat(value(r, "--replications")).as("the file's").isNull();
    assertThat(value(r, "--threads")).as("the number of cores").isNull();
    assertThat(value(r, "--out")).as("runs/<scenario name>").isNull();
    assertThat(value(r, "--engine")).isEqualTo(EngineKind.ACTORS);
    assertThat(value(r, "--quiet")).isEqualTo(false);
    assertThat(value(r, "--fused")).isEqualTo(false);
    assertThat(value(r, "--precision")).isNull();
  }

  @Test
  void parse_fileBetweenOptions_isTheFile() {
    ParseResult r = run("--seed", "3", "a.yaml", "--quiet");

    assertThat(file(r)).isEqualTo(Path.of("a.yaml"));
    assertThat(value(r, "--seed")).isEqualTo(3L);
  }

  @Test
  void parse_engineAndPrecision_areTyped() {
    ParseResult r = run("a.yaml", "--engine", "sequential", "--precision", "0.01", "--max-replications", "50");

    assertThat(value(r, "--engine")).isEqualTo(EngineKind.SEQUENTIAL);
    assertThat(value(r, "--precision")).isEqualTo(0.01);
    assertThat(value(r, "--max-replications")).isEqualTo(50);
  }
}
