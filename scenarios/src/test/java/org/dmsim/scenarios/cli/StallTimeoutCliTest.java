package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --stall-timeout SECONDS}, the actor engine's progress watchdog, on every command that runs it. */
class StallTimeoutCliTest {
  private static final String TINY = "library/tiny-factory.yaml";
  private static final List<List<String>> COMMANDS = List.of(List.of("run", TINY), List.of("demo"),
      List.of("stress", TINY), List.of("bench", "phold"), List.of("bench", "scenario", TINY));

  @TempDir
  Path dir;

  static Stream<Arguments> commandsAndBadValues() {
    return COMMANDS.stream().flatMap(c -> Stream.of("0", "-5", "x", "1.5", "")
        .map(v -> Arguments.of(c, v)));
  }

  @ParameterizedTest(name = "{0} --stall-timeout ''{1}''")
  @MethodSource("commandsAndBadValues")
  void stallTimeout_notAWholeNumberOfAtLeastOne_exits2NamingOptionAndExpectation(List<String> command, String value) {
    List<String> args = new ArrayList<>(command);
    args.add("--stall-timeout=" + value);
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertThat(r.code()).as("exit code; err: %s", r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).startsWith("dmsim: ")
        .contains("--stall-timeout expects a whole number of at least 1, got '" + value + "'")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void parse_runStallTimeout_isSecondsOfWallTime_defaultTheEngines() {
    assertThat(runOptions("--stall-timeout", "5").stallTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(runOptions().stallTimeout()).isEqualTo(AkkaEngineSettings.DEFAULT_STALL_TIMEOUT);
  }

  @Test
  void help_everyCommandThatRunsTheActorEngine_listsItWithItsUnit() {
    CommandSpec root = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .getCommandSpec();
    for (List<String> command : COMMANDS) {
      CommandSpec spec = root;
      for (String word : command) {
        if (spec.subcommands().containsKey(word)) {
          spec = spec.subcommands().get(word).getCommandSpec();
        }
      }
      assertThat(spec.findOption("--stall-timeout")).as("dmsim %s", command).isNotNull();
      assertThat(spec.findOption("--stall-timeout").paramLabel()).isEqualTo("SECONDS");
      assertThat(String.join(" ", spec.findOption("--stall-timeout").description())).contains("seconds")
          .contains("default: 60 s");
    }
  }

  @Test
  void run_onActorsWithAStallTimeout_runs() {
    CliRun r = CliRun.of("run", TINY, "--engine", "actors", "--replications", "1", "--threads", "1",
        "--stall-timeout", "30", "--quiet", "--out", dir.toString());
    assertThat(r.code()).as("err: %s", r.err()).isZero();
    assertThat(r.out()).contains("digest: ");
  }

  private static RunOptions runOptions(String... args) {
    RunOptions options = new RunOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }
}
