package org.dmsim.scenarios.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmsim.scenarios.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster of separate JVM processes on 127.0.0.1 — two {@code dmsim worker}s and a {@code dmsim run
 * --cluster} — with one worker killed ({@code SIGKILL}) while the experiment runs: the experiment still
 * completes, and its output files equal a local run's byte for byte. The processes run with the
 * split-brain resolver's {@code stable-after} at 3 s (a {@code -D} option, as docs/cluster.md shows), so
 * that the dead member is downed, and its run given to the other worker, within seconds. Also: the
 * submitter killed mid-experiment and started again with {@code --resume} ends with the local files.
 */
class ClusterProcessTest {
  private static final Path QUICK = Path.of("src/test/resources/experiment/quick.yaml");
  private static final String REPLICATIONS = "12";
  private static final List<String> FAST_DOWNING = List.of("-Dakka.cluster.split-brain-resolver.stable-after=3s",
      "-Dakka.cluster.failure-detector.acceptable-heartbeat-pause=2s");

  @TempDir
  Path dir;

  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void stopAll() {
    processes.forEach(Process::destroyForcibly);
  }

  @Test
  @Timeout(240)
  void workerKilledMidExperiment_theExperimentCompletesWithTheLocalFiles() throws Exception {
    String seed = startTwoWorkers("first", "doomed");
    Process first = processes.get(0);
    Process doomed = processes.get(1);

    Path there = dir.resolve("cluster");
    Process submit = start("submit", "run", QUICK.toString(), "--replications", REPLICATIONS, "--cluster", seed,
        "--quiet", "--out", there.toString());
    awaitLine("submit", "cluster      submitting from");
    // Kill the second worker once it has work in hand: the record of finished runs grows.
    awaitRuns(there, 3);
    doomed.destroyForcibly();
    assertThat(doomed.waitFor(10, TimeUnit.SECONDS)).isTrue();

    assertThat(submit.waitFor(180, TimeUnit.SECONDS)).as("the experiment completes without the killed worker").isTrue();
    String err = Files.readString(dir.resolve("submit.err"));
    assertThat(submit.exitValue()).as(err).isZero();
    String printed = Files.readString(dir.resolve("submit.out"));
    assertThat(printed).as("both workers took runs").contains("cluster      48 runs on 2 members");
    Matcher digest = Pattern.compile("digest: ([0-9a-f]{64})").matcher(printed);
    assertThat(digest.find()).isTrue();

    LocalRun.assertSame(there, digest.group(1), dir.resolve("local"), QUICK.toString(), "--replications",
        REPLICATIONS);

    // SIGTERM (as Ctrl-C): the worker leaves the cluster and ends with 143.
    assertThat(new ProcessBuilder("kill", "-TERM", String.valueOf(first.pid())).start().waitFor(10, TimeUnit.SECONDS))
        .isTrue();
    assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String firstErr = Files.readString(dir.resolve("first.err"));
    assertThat(first.exitValue()).as(firstErr).isEqualTo(143);
    assertThat(firstErr).contains("dmsim: the worker left the cluster").doesNotContain("Exception");
  }

  @Test
  @Timeout(240)
  void submitterKilledMidExperiment_resumeOnTheClusterGivesTheLocalFiles() throws Exception {
    String seed = startTwoWorkers("first", "second");

    Path there = dir.resolve("cluster");
    Process killed = start("killed", "run", QUICK.toString(), "--replications", REPLICATIONS, "--cluster", seed,
        "--quiet", "--out", there.toString());
    awaitRuns(there, 5);
    killed.destroyForcibly();
    assertThat(killed.waitFor(10, TimeUnit.SECONDS)).isTrue();
    int kept = Files.readAllLines(there.resolve("runs.jsonl")).size() - 1;

    Process resumed = start("resumed", "run", QUICK.toString(), "--replications", REPLICATIONS, "--cluster", seed,
        "--resume", "--quiet", "--out", there.toString());
    assertThat(resumed.waitFor(180, TimeUnit.SECONDS)).as("the resumed experiment completes").isTrue();
    String err = Files.readString(dir.resolve("resumed.err"));
    assertThat(resumed.exitValue()).as(err).isZero();
    String printed = Files.readString(dir.resolve("resumed.out"));
    assertThat(printed).contains("resume       ").containsPattern("cluster      \\d+ runs on 2 members");
    Matcher digest = Pattern.compile("digest: ([0-9a-f]{64})").matcher(printed);
    assertThat(digest.find()).isTrue();

    assertThat(kept).as("runs kept from the killed submitter").isBetween(5, 47);
    LocalRun.assertSame(there, digest.group(1), dir.resolve("local"), QUICK.toString(), "--replications",
        REPLICATIONS);
  }

  /** Starts the first worker (on a free port, joining itself) and a second one joining it; returns the seed. */
  private String startTwoWorkers(String firstName, String secondName) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    String seed = "127.0.0.1:" + port;
    start(firstName, "worker", "--port", String.valueOf(port), "--join", seed, "--threads", "1");
    awaitLine(firstName, "worker       akka://dmsim@127.0.0.1:" + port + " is up");
    start(secondName, "worker", "--join", seed, "--threads", "1");
    awaitLine(secondName, "worker       akka://dmsim@127.0.0.1:");
    return seed;
  }

  private Process start(String name, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(FAST_DOWNING);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile()).start();
    processes.add(p);
    return p;
  }

  private void awaitLine(String name, String start) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      if (Files.readString(dir.resolve(name + ".out")).lines().anyMatch(l -> l.startsWith(start))) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(name + " printed no line '" + start + "'; stderr:\n" + Files.readString(dir.resolve(name
        + ".err")));
  }

  /** Waits until the output folder's record holds {@code runs} finished runs (its header line aside). */
  private static void awaitRuns(Path out, int runs) throws Exception {
    Path record = out.resolve("runs.jsonl");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (Files.exists(record) && Files.readAllLines(record).size() > runs) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("fewer than " + runs + " runs finished in 120 s");
  }
}
