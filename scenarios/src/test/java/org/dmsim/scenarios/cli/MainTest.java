package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line as a user meets it, through {@link Main#run} with captured streams. The working
 * directory of the tests is the {@code scenarios} module, so the bundled library is {@code library/}.
 */
class MainTest {
  private static final String TINY = "library/tiny-factory.yaml";
  private static final Pattern DIGEST_LINE = Pattern.compile("^digest: ([0-9a-f]{64})$", Pattern.MULTILINE);

  @TempDir
  Path dir;

  /** What one invocation printed and returned. */
  private record Outcome(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }

    /** The single {@code digest: <hex>} line's hex. */
    String digest() {
      Matcher m = DIGEST_LINE.matcher(out);
      assertThat(m.find()).as("a digest line in:\n%s", out).isTrue();
      String hex = m.group(1);
      assertThat(m.find()).as("only one digest line in:\n%s", out).isFalse();
      return hex;
    }

    /** The number on the line {@code prefix N}. */
    long numberAfter(String prefix) {
      Matcher m = Pattern.compile("^" + Pattern.quote(prefix) + "(-?\\d+)$", Pattern.MULTILINE).matcher(out);
      assertThat(m.find()).as("a line '%sN' in:\n%s", prefix, out).isTrue();
      return Long.parseLong(m.group(1));
    }
  }

  private static Outcome dmsim(String... args) {
    CliRun r = CliRun.of(args);
    return new Outcome(r.code(), r.out(), r.err());
  }

  private static void assertNoStackTrace(Outcome r) {
    assertThat(r.err).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.out).doesNotContain("\tat ").doesNotContain("Exception");
  }

  /** Asserts a usage mistake: exit 2, nothing on standard output, one line on standard error. */
  private static void assertUsageError(Outcome r, String... expectedFragments) {
    assertThat(r.code).as("exit code; err: %s", r.err).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.errLines()).singleElement(as(STRING)).startsWith("dmsim: ").contains(expectedFragments);
    assertNoStackTrace(r);
  }

  // ---- help, version, unknown commands ----------------------------------------------------------

  @Test
  void run_noArguments_printsUsageOnErrAndExits2() {
    Outcome r = dmsim();

    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).startsWith("Usage: dmsim [OPTIONS] COMMAND").contains("\n  demo ").contains("\n  run ")
        .contains("\n  stress ").contains("\n  sweep ").contains("\n  generate ").contains("\n  bench ").contains("\n  help ").contains("\n  version ")
        .contains("\n  completion ");
  }

  @ParameterizedTest
  @CsvSource({"help", "--help", "-h"})
  void run_help_printsUsageOnOutAndExits0(String help) {
    Outcome r = dmsim(help);

    assertThat(r.code).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).startsWith("Usage: dmsim [OPTIONS] COMMAND").contains("Exit codes:\n  0          done\n")
        .contains("\n  2          a wrong option or scenario file")
        .contains("\n  130, 143   stopped by Ctrl-C (SIGINT) or SIGTERM; the runs that finished are\n");
  }

  @ParameterizedTest
  @CsvSource({
      "run,        Usage: dmsim run [OPTIONS] FILE, --replications=R",
      "bench,      Usage: dmsim bench [OPTIONS] [COMMAND], phold",
      "demo,       Usage: dmsim demo [OPTIONS], Centralized or distributed, when something breaks?",
      "stress,     Usage: dmsim stress [OPTIONS] FILE, --out=DIR",
      "sweep,      Usage: dmsim sweep [OPTIONS] EXPERIMENT, --param=[VARIANT:]PATH=VALUES",
      "generate,   Usage: dmsim generate [OPTIONS], --design=D",
      "version,    Usage: dmsim version [OPTIONS], Prints the dmsim and Java versions.",
      "completion, Usage: dmsim completion [OPTIONS], bash-completion",
      "help,       Usage: dmsim help [OPTIONS] [COMMAND...], dmsim help bench phold"})
  void run_helpCommand_printsThatCommandsHelpAndExits0(String command, String usage, String detail) {
    Outcome r = dmsim("help", command);

    assertThat(r.code).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).startsWith(usage).contains(detail);
  }

  @Test
  void run_helpOfASubcommand_printsThatSubcommandsHelp() {
    Outcome r = dmsim("help", "bench", "phold");

    assertThat(r.code).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).startsWith("Usage: dmsim bench phold [OPTIONS]").contains("--events-per-lp=N")
        .contains("(default: 16)");
  }

  @Test
  void run_helpUnknownCommand_exits2WithOneLine() {
    assertUsageError(dmsim("help", "nope"), "help: unknown command 'nope'", "dmsim help");
  }

  @ParameterizedTest
  @CsvSource({"version", "--version", "-V"})
  void run_version_printsTheProjectVersionAndJavaAndExits0(String version) {
    Outcome r = dmsim(version);

    assertThat(r.code).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out.lines().toList()).singleElement(as(STRING))
        .matches("dmsim \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? on Java .*")
        .endsWith(" on Java " + Runtime.version());
  }

  @Test
  void run_completion_printsABashScriptForEveryCommandAndOption() {
    Outcome r = dmsim("completion");

    assertThat(r.code).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).startsWith("#!/usr/bin/env bash").contains("function _complete_dmsim()")
        .contains("\ncomplete -F _complete_dmsim -o default dmsim ").contains("--precision-kpi")
        .contains("--events-per-lp").contains("(\"actors\" \"sequential\")").contains("(\"factorial\" \"lhs\")");
    for (String command : List.of("demo", "run", "stress", "sweep", "report", "bench", "phold", "scenario", "replications", "actors",
        "help", "version", "completion")) {
      assertThat(r.out).contains(command);
    }
  }

  @Test
  void run_unknownCommand_exits2WithOneLineNamingIt() {
    assertUsageError(dmsim("frobnicate", "--now"), "unknown command 'frobnicate'", "see 'dmsim help'");
  }

  // ---- run: scenario file problems ---------------------------------------------------------------

  @Test
  void run_brokenScenario_printsOneLinePerProblemAndSummaryWithoutStackTrace() throws IOException {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, """
        format: 2
        name: broken
        horizon: 30 days
        products: [{id: p, weightKg: 1, valueEur: 0, routing: [{process: cnc, time: 20min}]}]
        machineTypes: [{id: m, capabilities: [cnc]}]
        nodes:
          - id: plant
            kind: plant
            location: {lat: 0, lon: 0}
            machines:
              - type: m
                count: -2
        regions:
          - id: r1
            location: {lat: 0, lon: 0}
            demand:
              - product: p
                ordersPerDay: lots
                promisedLeadTime: 2d
        platform: {location: {lat: 0, lon: 0}, allocation: nearest, orderLatency: 1h, infoDelay: 1h, statusInterval: 1h}
        """);

    Outcome r = dmsim("run", file.toString(), "--engine", "sequential", "--out", dir.resolve("out").toString());

    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).as("nothing was run").isEmpty();
    assertThat(r.errLines()).hasSize(4);
    assertThat(r.errLines().get(0)).startsWith(file + ":3:1: horizon: expected a duration")
        .endsWith("found \"30 days\"");
    assertThat(r.errLines().get(1)).startsWith(file + ":12:9: nodes[0].machines[0].count: expected ")
        .endsWith("found \"-2\"");
    assertThat(r.errLines().get(2)).startsWith(file + ":18:9: regions[0].demand[0].ordersPerDay: expected ")
        .endsWith("found \"lots\"");
    assertThat(r.errLines().get(3)).isEqualTo("dmsim: the scenario has 3 problems; nothing was run");
    assertNoStackTrace(r);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void run_missingFile_printsOneProblemAtLineZero() {
    Path missing = dir.resolve("no-such.yaml");

    Outcome r = dmsim("run", missing.toString());

    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.errLines()).containsExactly(
        missing + ":0:0: (file): expected a readable scenario file, found no such file",
        "dmsim: the scenario has 1 problem; nothing was run");
    assertNoStackTrace(r);
  }

  @Test
  void run_noFile_exits2AskingForOne() {
    assertUsageError(dmsim("run", "--engine", "sequential"), "run: which scenario file?", "dmsim help run");
  }

  // ---- run: bad options ------------------------------------------------------------------------

  @Test
  void run_threadsNotANumber_exits2NamingOptionAndExpectation() {
    assertUsageError(dmsim("run", TINY, "--threads", "x"),
        "--threads expects a whole number from 1 to 256, got 'x'");
  }

  @Test
  void run_threadsZero_exits2NamingOptionAndExpectation() {
    assertUsageError(dmsim("run", TINY, "--threads", "0"),
        "--threads expects a whole number from 1 to 256, got '0'");
  }

  @Test
  void run_precisionNotAPositiveNumber_exits2BeforeAnyWork() {
    assertUsageError(dmsim("run", TINY, "--precision", "abc"), "--precision expects a number greater than 0, got 'abc'");
    assertUsageError(dmsim("run", TINY, "--precision", "-1"), "--precision expects a number greater than 0, got '-1'");
  }

  @Test
  void run_outWhereNothingCanBeWritten_exits2BeforeAnyWork() {
    Outcome r = dmsim("run", TINY, "--engine", "sequential", "--out", "/proc/dmsim-out");

    assertUsageError(r, "--out /proc/dmsim-out cannot be used as the output directory");
  }

  @Test
  void run_negativeReplications_exits2NamingOptionAndExpectation() {
    assertUsageError(dmsim("run", TINY, "--replications", "-1"),
        "--replications expects a whole number from 1 to 10000, got '-1'");
  }

  @Test
  void run_seedNotANumber_exits2NamingOptionAndExpectation() {
    assertUsageError(dmsim("run", TINY, "--seed", "1.5"), "--seed expects a whole number, got '1.5'");
  }

  @Test
  void run_unknownEngine_exits2NamingOptionAndChoices() {
    assertUsageError(dmsim("run", TINY, "--engine", "warp"),
        "--engine expects 'actors' or 'sequential', got 'warp'");
  }

  @Test
  void run_unknownOption_exits2NamingItAndListingKnownOptions() {
    assertUsageError(dmsim("run", TINY, "--bogus", "1"),
        "run: unknown option --bogus", "--engine", "--out", "--quiet", "--replications", "--seed", "--threads");
  }

  @Test
  void run_flagGivenAValue_exits2SayingItTakesNone() {
    assertUsageError(dmsim("run", TINY, "--quiet=yes"), "run: --quiet takes no value, got '--quiet=yes'");
  }

  @Test
  void run_optionWithoutValueAtEnd_exits2SayingItNeedsOne() {
    assertUsageError(dmsim("run", TINY, "--threads"), "run: --threads needs a value");
  }

  @Test
  void run_extraPositional_exits2NamingIt() {
    assertUsageError(dmsim("run", TINY, "other.yaml"), "run: unexpected argument 'other.yaml'");
  }

  @Test
  void demo_positionalArgument_exits2NamingIt() {
    assertUsageError(dmsim("demo", TINY), "demo: unexpected argument '" + TINY + "'");
  }

  // ---- run and demo: results ---------------------------------------------------------------------

  @Test
  void run_tinyFactorySequential_printsDigestAndWritesSummaryJson() throws IOException {
    Path out = dir.resolve("out");

    Outcome r = dmsim("run", TINY, "--engine", "sequential", "--replications", "2", "--threads", "2", "--out",
        out.toString(), "--quiet");

    assertThat(r.code).as("err: %s", r.err).isZero();
    assertThat(r.err).isEmpty();
    String digest = r.digest();
    Path summary = out.resolve("summary.json");
    assertThat(summary).isRegularFile();
    assertThat(r.out).contains("summary      " + summary);
    String json = Files.readString(summary);
    assertThat(json).contains("\"scenario\": \"tiny-factory\"").contains("\"digest\": \"" + digest + "\"")
        .contains("\"replications\": 2").contains("\"engine\": \"sequential\"");
    assertThat(r.out).contains("run          2 replications of 30d, seed 42, engine sequential, 2 threads");
    List<String> stations = Files.readAllLines(out.resolve("stations.csv"));
    assertThat(stations).hasSize(2);
    assertThat(stations.get(1)).startsWith("as written,tiny-factory,plant-frankfurt,machine,2,2,");
  }

  @Test
  void run_sameSeed_sameDigestOnEitherEngineAndAnyThreadCount() throws IOException {
    Outcome seq1 = dmsim("run", TINY, "--seed", "7", "--replications", "2", "--engine", "sequential", "--threads", "1",
        "--out", dir.resolve("seq1").toString());
    Outcome seq2 = dmsim("run", TINY, "--seed", "7", "--replications", "2", "--engine", "sequential", "--threads", "2",
        "--out", dir.resolve("seq2").toString());
    Outcome actors = dmsim("run", TINY, "--seed", "7", "--replications", "2", "--engine", "actors", "--threads", "2",
        "--out", dir.resolve("actors").toString());
    Outcome otherSeed = dmsim("run", TINY, "--seed", "8", "--replications", "2", "--engine", "sequential",
        "--threads", "2", "--out", dir.resolve("seed8").toString());

    assertThat(List.of(seq1.code, seq2.code, actors.code, otherSeed.code)).containsOnly(0);
    assertThat(seq2.digest()).isEqualTo(seq1.digest());
    assertThat(actors.digest()).isEqualTo(seq1.digest());
    assertThat(otherSeed.digest()).isNotEqualTo(seq1.digest());

    String json1 = Files.readString(dir.resolve("seq1/summary.json"));
    assertThat(Files.readString(dir.resolve("seq2/summary.json"))).isEqualTo(json1);
    // summary.json records which engine ran: that line, and only that line, differs.
    assertThat(Files.readString(dir.resolve("actors/summary.json"))
        .replace("\"engine\": \"actors\"", "\"engine\": \"sequential\"")).isEqualTo(json1);
  }

  @Test
  void run_outIsAFile_exits2BeforeRunningSayingItIsNotADirectory() throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("taken"), "");

    Outcome r = dmsim("run", TINY, "--engine", "sequential", "--replications", "1", "--out", notADirectory.toString(),
        "--quiet");

    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).doesNotContain("digest:");
    assertThat(r.errLines()).containsExactly("dmsim: run: --out " + notADirectory
        + " cannot be used as the output directory (it exists and is not a directory)");
    assertNoStackTrace(r);
  }

  @Test
  void run_outInsideAFile_exits2BeforeRunningNamingThePathAndAReason() throws IOException {
    Path sub = Files.writeString(dir.resolve("taken"), "").resolve("sub");

    Outcome r = dmsim("run", TINY, "--engine", "sequential", "--replications", "1", "--out", sub.toString(),
        "--quiet");

    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).doesNotContain("digest:");
    assertThat(r.errLines()).singleElement(as(STRING))
        .startsWith("dmsim: run: --out " + sub + " cannot be used as the output directory (")
        .hasSizeGreaterThan(("dmsim: run: --out " + sub + " cannot be used as the output directory (").length() + 1);
    assertNoStackTrace(r);
  }

  @Test
  void run_summaryJsonIsADirectory_exits1WithTheSystemsReason() throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("summary.json"));

    Outcome r = dmsim("run", TINY, "--engine", "sequential", "--replications", "1", "--out", out.toString(),
        "--quiet");

    assertThat(r.code).isEqualTo(1);
    assertThat(r.errLines()).singleElement(as(STRING))
        .startsWith("dmsim: could not write results: " + out.resolve("summary.json") + ": ");
    assertNoStackTrace(r);
  }

  // ---- bench -----------------------------------------------------------------------------------

  @Test
  void benchPhold_tinyRunOnEitherEngine_sameCommittedEventsAndDigest() {
    String[] common = {"bench", "phold", "--lps", "8", "--events-per-lp", "2", "--end", "20", "--warmups", "0",
        "--runs", "1"};
    Outcome sequential = dmsim(concat(common, "--engine", "sequential"));
    Outcome actors = dmsim(concat(common, "--engine", "actors", "--threads", "1"));

    assertThat(sequential.code).as("err: %s", sequential.err).isZero();
    assertThat(actors.code).as("err: %s", actors.err).isZero();
    long committed = sequential.numberAfter("committed events: ");
    assertThat(committed).isPositive();
    assertThat(sequential.numberAfter("events/s: ")).isNotNegative();
    assertThat(actors.numberAfter("committed events: ")).isEqualTo(committed);
    assertThat(actors.numberAfter("events/s: ")).isNotNegative();
    assertThat(actors.digest()).isEqualTo(sequential.digest());
  }

  @Test
  void benchPhold_zeroLookahead_exits2NamingOption() {
    assertUsageError(dmsim("bench", "phold", "--lookahead", "0"),
        "bench phold: --lookahead expects a number of at least 0.001, got '0'");
  }

  @Test
  void benchPhold_negativeMean_exits2SayingAtLeastZero() {
    assertUsageError(dmsim("bench", "phold", "--mean", "-1"),
        "bench phold: --mean expects a number of at least 0, got '-1'");
  }

  @Test
  void benchPhold_unknownOption_exits2ListingPholdOptions() {
    assertUsageError(dmsim("bench", "phold", "--count", "5"),
        "bench phold: unknown option --count", "--events-per-lp", "--lookahead", "see 'dmsim help bench phold'");
  }

  @Test
  void bench_unknownBenchmark_exits2NamingIt() {
    assertUsageError(dmsim("bench", "nope"), "bench: unknown command 'nope'", "phold", "actors");
  }

  @Test
  void bench_noBenchmark_exits2AskingWhich() {
    assertUsageError(dmsim("bench"), "bench: which benchmark?", "dmsim bench phold", "dmsim bench actors");
  }

  @ParameterizedTest
  @CsvSource({"sequential", "actors"})
  void benchReplications_tinyScenario_sameDigestAsRunAndASpeedUp(String engine) {
    Outcome bench = dmsim("bench", "replications", "library/tiny-factory.yaml", "--replications", "3", "--rounds", "2",
        "--threads", "2", "--engine", engine);
    Outcome run = dmsim("run", "library/tiny-factory.yaml", "--replications", "3", "--engine", "sequential",
        "--threads", "1", "--quiet", "--out", dir.resolve("bench-" + engine).toString());

    assertThat(bench.code).as("err: %s", bench.err).isZero();
    assertThat(bench.digest()).isEqualTo(run.digest());
    assertThat(bench.out).contains("round 1      1 thread : ").contains("round 2      2 threads: ");
    assertThat(bench.out.lines().filter(l -> l.startsWith("round ")).count()).isEqualTo(4);
    assertThat(bench.out).containsPattern("(?m)^speed-up: \\d+\\.\\d\\d$");
  }

  @Test
  void benchReplications_oneThread_exits2NamingTheOption() {
    assertUsageError(dmsim("bench", "replications", "library/tiny-factory.yaml", "--threads", "1"),
        "bench replications: --threads expects");
  }

  @ParameterizedTest
  @CsvSource({
      "run,    --help, Usage: dmsim run [OPTIONS] FILE",
      "stress, -h,     Usage: dmsim stress [OPTIONS] FILE",
      "bench,  --help, Usage: dmsim bench [OPTIONS] [COMMAND]",
      "demo,   --help, Usage: dmsim demo [OPTIONS]"})
  void run_commandWithHelpOption_printsThatCommandsHelpAndExits0(String command, String option, String usage) {
    Outcome r = dmsim(command, "some-file.yaml", option);

    assertThat(r.code).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).startsWith(usage);
  }

  @Test
  void benchActors_smallCount_printsPositiveHeapBytesPerActor() {
    Outcome r = dmsim("bench", "actors", "--count", "2000");

    assertThat(r.code).as("err: %s", r.err).isZero();
    assertThat(r.out).contains("idle entity actors: 2000");
    assertThat(r.numberAfter("heap bytes per idle entity actor: ")).isPositive();
  }

  private static String[] concat(String[] first, String... rest) {
    String[] all = new String[first.length + rest.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }
}
