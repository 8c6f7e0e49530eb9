package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A command line picocli cannot parse gives exit code 2, nothing on standard output and exactly one
 * line on standard error that names the command, the mistake and, when one is close, what was meant.
 */
class UsageErrorsTest {
  /** The one line printed on standard error, after checking the exit code and that nothing else was printed. */
  private static String error(String... args) {
    CliRun r = CliRun.of(args);
    int code = r.code();
    String text = r.err();
    assertThat(code).as("exit code; err: %s", text).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(text.lines()).as(text).hasSize(1);
    assertThat(text).doesNotContain("\tat ").doesNotContain("Exception");
    return text.strip();
  }

  @ParameterizedTest
  @CsvSource({"rnu, run", "rn, run", "stres, stress", "bnech, bench", "dmeo, demo", "hlep, help", "verison, version",
      "completon, completion", "genrate, generate"})
  void mistypedCommand_suggestsTheCommand(String typed, String meant) {
    assertThat(error(typed)).isEqualTo("dmsim: unknown command '" + typed + "'; did you mean '" + meant
        + "'? (see 'dmsim help')");
  }

  @Test
  void mistypedBenchmark_suggestsItUnderBench() {
    assertThat(error("bench", "phodl")).isEqualTo(
        "dmsim: bench: unknown command 'phodl'; did you mean 'phold'? (see 'dmsim help bench')");
  }

  @Test
  void unknownCommandNothingLike_listsTheCommands() {
    assertThat(error("xyzzy", "--now")).isEqualTo("dmsim: unknown command 'xyzzy'; the commands are demo,"
        + " run, validate, stress, sweep, size, live, worker, report, generate, bench, help, version, completion; see 'dmsim help'");
  }

  @ParameterizedTest
  @CsvSource({"--thredas, --threads", "--tread, --threads", "--replciations, --replications", "--precison, --precision",
      "--Seed, --seed", "--max-replication, --max-replications"})
  void mistypedOption_suggestsTheOption(String typed, String meant) {
    assertThat(error("run", "a.yaml", typed, "2")).isEqualTo("dmsim: run: unknown option " + typed + "; did you mean "
        + meant + "? (see 'dmsim help run')");
  }

  @Test
  void mistypedOptionWithInlineValue_namesOnlyTheOption() {
    assertThat(error("stress", "a.yaml", "--warmpu=7d"))
        .isEqualTo("dmsim: stress: unknown option --warmpu; did you mean --warmup? (see 'dmsim help stress')");
  }

  @Test
  void unknownOptionNothingLike_listsTheCommandsOptions() {
    assertThat(error("bench", "phold", "--count", "5")).startsWith("dmsim: bench phold: unknown option --count; the "
        + "options are --help, --lps, --events-per-lp, --lookahead, --mean, --end, --engine, --threads, --stall-timeout, "
        + "--warmups, --runs, --seed; see 'dmsim help bench phold'");
  }

  @Test
  void optionWithoutValueAtTheEnd_needsOne() {
    assertThat(error("run", "a.yaml", "--threads")).isEqualTo("dmsim: run: --threads needs a value");
  }

  @Test
  void optionFollowedByAnotherOption_needsAValue() {
    assertThat(error("run", "a.yaml", "--out", "--quiet")).isEqualTo("dmsim: run: --out needs a value");
  }

  @Test
  void flagGivenAValue_takesNone() {
    assertThat(error("run", "a.yaml", "--quiet=yes")).isEqualTo("dmsim: run: --quiet takes no value, got '--quiet=yes'");
  }

  @Test
  void valueOutOfBounds_namesOptionExpectationAndValue() {
    assertThat(error("run", "a.yaml", "--threads", "0"))
        .isEqualTo("dmsim: run: --threads expects a whole number from 1 to 256, got '0'");
    assertThat(error("run", "a.yaml", "--threads", "40000"))
        .isEqualTo("dmsim: run: --threads expects a whole number from 1 to 256, got '40000'");
    assertThat(error("run", "a.yaml", "--replications", "100000000"))
        .isEqualTo("dmsim: run: --replications expects a whole number from 1 to 10000, got '100000000'");
    assertThat(error("run", "a.yaml", "--precision-kpi", "on_time_fillrate")).isEqualTo("dmsim: run: --precision-kpi "
        + "expects an indicator, a column of kpis.csv (e.g. on_time_fill_rate, otif, lead_time_mean_h, total_cost_eur); "
        + "did you mean 'on_time_fill_rate'?, got 'on_time_fillrate'");
    assertThat(error("run", "a.yaml", "--max-replications", "1"))
        .isEqualTo("dmsim: run: --max-replications expects a whole number from 2 to 10000, got '1'");
    assertThat(error("bench", "replications", "a.yaml", "--threads", "1"))
        .isEqualTo("dmsim: bench replications: --threads expects a whole number of at least 2, got '1'");
    assertThat(error("stress", "a.yaml", "--for", "12h"))
        .isEqualTo("dmsim: stress: --for expects at least 1d, got '12h'");
    assertThat(error("stress", "a.yaml", "--at", "sixty days"))
        .isEqualTo("dmsim: stress: --at expects a duration such as 14d or 36h, got 'sixty days'");
    assertThat(error("run", "a.yaml", "--precision", "0"))
        .isEqualTo("dmsim: run: --precision expects a number greater than 0, got '0'");
    assertThat(error("run", "a.yaml", "--out", ""))
        .isEqualTo("dmsim: run: --out expects a directory, got ''");
  }

  @Test
  void missingFile_asksForIt() {
    assertThat(error("stress", "--at", "30d")).isEqualTo(
        "dmsim: stress: which scenario file? Usage: dmsim stress [options] FILE; see 'dmsim help stress'");
  }

  @Test
  void extraArgument_isNamed() {
    assertThat(error("run", "a.yaml", "b.yaml")).isEqualTo("dmsim: run: unexpected argument 'b.yaml'");
    assertThat(error("bench", "actors", "many")).isEqualTo("dmsim: bench actors: unexpected argument 'many'");
  }

  @Test
  void helpForAnUnknownCommand_suggestsOne() {
    assertThat(error("help", "stres")).isEqualTo(
        "dmsim: help: unknown command 'stres'; did you mean 'stress'? (see 'dmsim help')");
    assertThat(error("help", "bench", "actor")).isEqualTo(
        "dmsim: help: unknown command 'actor'; did you mean 'actors'? (see 'dmsim help bench')");
  }
}
