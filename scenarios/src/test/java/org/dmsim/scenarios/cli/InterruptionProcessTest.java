package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dmsim run} of an experiment in a real process, stopped by {@code SIGINT} and {@code SIGTERM}: it
 * exits 130 or 143 within seconds, and its folder holds exactly the runs that finished, marked partial.
 */
class InterruptionProcessTest {
  /** Enough runs that the experiment cannot finish before the signal (1,200 runs of about 0.1 s each). */
  private static final String REPLICATIONS = "300";
  private static final int PLANNED = 2 * 2 * 300;
  /** CPU time the child spends after its header before the signal: runs take a fraction of a second each. */
  private static final Duration WORK_BEFORE_SIGNAL = Duration.ofSeconds(6);

  @TempDir
  Path dir;

  @Test
  @Timeout(180)
  void run_sigint_keepsFinishedRunsMarkedPartialAndExits130() throws Exception {
    interruptAndCheck("INT", 130);
  }

  @Test
  @Timeout(180)
  void run_sigterm_keepsFinishedRunsMarkedPartialAndExits143() throws Exception {
    interruptAndCheck("TERM", 143);
  }

  /**
   * Lane criticality first runs one undisrupted reference run; on a long horizon that takes minutes, and a
   * Ctrl-C in it must stop it too (it once ran on to the end and ranked everything, exit 0).
   */
  @Test
  @Timeout(180)
  void stress_sigintDuringTheReferenceRun_stopsWithinSecondsAndWritesNothing() throws Exception {
    Path out = dir.resolve("stress");
    List<String> command = signalDefault("INT");
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "stress", "library/eu-spare-parts-distributed.yaml",
        "--elements", "lanes", "--horizon", "3650d", "--force", "--quiet", "--out", out.toString()));
    Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("stdout").toFile())
        .redirectError(dir.resolve("stderr").toFile()).start();
    try {
      awaitWork(p, "reference    ");
      long sentNanos = System.nanoTime();
      assertThat(new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor(10, TimeUnit.SECONDS))
          .isTrue();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("dmsim stress ends after SIGINT").isTrue();
      double seconds = (System.nanoTime() - sentNanos) / 1e9;
      String err = Files.readString(dir.resolve("stderr"));

      assertThat(p.exitValue()).as(err).isEqualTo(130);
      assertThat(seconds).as("stopped within seconds").isLessThan(30);
      assertThat(err).contains("during the reference run").contains("nothing was ranked or written")
          .doesNotContain("Exception");
      assertThat(out.resolve("stress.csv")).doesNotExist();
      assertThat(Files.readString(dir.resolve("stdout"))).doesNotContain("in use");
    } finally {
      p.destroyForcibly();
    }
  }

  private void interruptAndCheck(String signal, int expectedStatus) throws Exception {
    Path out = dir.resolve("out");
    List<String> command = signalDefault(signal);
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "run", "src/test/resources/experiment/quick.yaml",
        "--replications", REPLICATIONS, "--threads", "1", "--engine", "sequential", "--quiet", "--out",
        out.toString()));
    Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("stdout").toFile())
        .redirectError(dir.resolve("stderr").toFile()).start();
    try {
      awaitWork(p, "runs         ");

      long sentNanos = System.nanoTime();
      Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start();
      assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("dmsim ends after SIG%s", signal).isTrue();
      double seconds = (System.nanoTime() - sentNanos) / 1e9;
      String err = Files.readString(dir.resolve("stderr"));

      assertThat(p.exitValue()).as(err).isEqualTo(expectedStatus);
      assertThat(seconds).as("stopped within seconds").isLessThan(30);
      JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
      int finished = manifest.get("runs_finished").asInt();
      assertThat(manifest.get("status").asText()).isEqualTo("partial");
      assertThat(manifest.get("runs_planned").asInt()).isEqualTo(PLANNED);
      assertThat(finished).as("runs finished before the signal").isBetween(1, PLANNED - 1);
      JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
      assertThat(summary.get("status").asText()).isEqualTo("partial");
      assertThat(summary.get("runs_finished").asInt()).isEqualTo(finished);

      List<String> listed = new ArrayList<>();
      manifest.get("finished").forEach(f -> f.get("replications").forEach(r -> listed.add(
          f.get("case").asText() + "," + f.get("variant").asText() + "," + r.asInt())));
      List<String> rows = Files.readAllLines(out.resolve("kpis.csv")).stream().skip(1)
          .map(l -> String.join(",", List.of(l.split(",")).subList(0, 3))).toList();
      assertThat(rows).as("kpis.csv holds exactly the finished runs").hasSize(finished)
          .containsExactlyInAnyOrderElementsOf(listed);
      assertThat(Files.readAllLines(out.resolve("timeseries.csv")).stream().skip(1)
          .map(l -> String.join(",", List.of(l.split(",")).subList(0, 3))).distinct().toList())
          .as("timeseries.csv holds exactly the finished runs").containsExactlyInAnyOrderElementsOf(listed);
      assertThat(err).contains("dmsim: interrupted: " + finished + " of " + PLANNED + " runs finished; they are kept in "
          + out);
      assertThat(Files.readString(dir.resolve("stdout"))).doesNotContain("wall time");
    } finally {
      p.destroyForcibly();
    }
  }

  /**
   * The start of a command that runs a child with {@code SIG<signal>} at its default: a signal ignored when
   * a process starts stays ignored in its children (a background job of a non-interactive shell ignores
   * SIGINT), so it is restored, as a terminal would have it.
   */
  static List<String> signalDefault(String signal) throws IOException {
    List<String> command = new ArrayList<>();
    Path env = Path.of("/usr/bin/env");
    if (Files.isExecutable(env)) {
      command.addAll(List.of(env.toString(), "--default-signal=" + signal));
    } else {
      assumeThat(ignoredHere(signal)).as("SIG%s is ignored by this test's process and there is no env to reset it", signal)
          .isFalse();
    }
    return command;
  }

  /**
   * Waits (bounded) until the child has printed {@code header} on standard output and then worked for
   * {@link #WORK_BEFORE_SIGNAL}.
   */
  private void awaitWork(Process p, String header) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    Duration atHeader = null;
    while (System.nanoTime() < deadline && p.isAlive()) {
      Duration cpu = p.info().totalCpuDuration().orElse(Duration.ZERO);
      if (atHeader == null && Files.readString(dir.resolve("stdout")).contains(header)) {
        atHeader = cpu;
      }
      if (atHeader != null && cpu.minus(atHeader).compareTo(WORK_BEFORE_SIGNAL) >= 0) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("dmsim did not get going: alive " + p.isAlive() + ", stderr:\n"
        + Files.readString(dir.resolve("stderr")));
  }

  /** Whether this process ignores {@code SIG<name>} (Linux: the SigIgn mask in /proc/self/status). */
  private static boolean ignoredHere(String name) throws IOException {
    int number = name.equals("INT") ? 2 : 15;
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(status)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("SigIgn:")) {
          long mask = Long.parseUnsignedLong(line.substring(7).trim(), 16);
          return (mask & (1L << (number - 1))) != 0;
        }
      }
    }
    return false;
  }
}
