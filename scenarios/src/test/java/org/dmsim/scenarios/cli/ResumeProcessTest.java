package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dmsim.scenarios.experiment.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dmsim run --resume} of an experiment killed with {@code SIGKILL} in a real process: the resumed
 * folder's files are byte for byte those of an uninterrupted run, but for the wall time (manifest.json's
 * {@code wall_time_s} and report.html's "wall time" row, which time the last session only); and a resume
 * after the experiment's files changed is refused with exit 2, saying what changed.
 */
class ResumeProcessTest {
  private static final String REPLICATIONS = "15";
  private static final int PLANNED = 2 * 2 * 15;
  /** Record lines (header and runs) to wait for before the kill: some runs kept, most still to do. */
  private static final int LINES_BEFORE_KILL = 1 + 6;

  @TempDir
  Path dir;

  @Test
  @Timeout(240)
  void resume_afterSigkill_writesTheSameFilesAsAnUninterruptedRun() throws Exception {
    Path whole = dir.resolve("whole");
    Path killed = dir.resolve("killed");
    Process uninterrupted = start(whole, "whole");
    assertThat(uninterrupted.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(uninterrupted.exitValue()).as(Files.readString(dir.resolve("whole.err"))).isZero();

    Process p = start(killed, "killed");
    try {
      awaitLines(p, killed.resolve(RunRecord.FILE_NAME));
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(p.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
    int kept = RunRecord.read(killed.resolve(RunRecord.FILE_NAME)).runs().size();
    assertThat(kept).as("runs kept by the killed process").isBetween(LINES_BEFORE_KILL - 1, PLANNED - 1);
    assertThat(killed.resolve("kpis.csv")).as("a killed process writes no outputs").doesNotExist();

    CliRun resumed = CliRun.of(command(killed, "--resume").toArray(String[]::new));

    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains("resume       " + kept + " finished runs are taken from "
        + killed.resolve(RunRecord.FILE_NAME));
    assertThat(RunRecord.read(killed.resolve(RunRecord.FILE_NAME)).runs()).hasSize(PLANNED);
    assertThat(names(killed)).isEqualTo(names(whole)).contains("kpis.csv", "summary.json", "comparisons.csv",
        "timeseries.csv", "manifest.json", "report.html", RunRecord.FILE_NAME);
    for (String name : names(whole)) {
      if (name.equals("manifest.json") || name.equals("report.html")) {
        assertThat(withoutWallTime(killed.resolve(name))).as(name).isEqualTo(withoutWallTime(whole.resolve(name)));
      } else if (!name.equals(RunRecord.FILE_NAME)) {
        assertThat(Files.readAllBytes(killed.resolve(name))).as(name).isEqualTo(Files.readAllBytes(whole.resolve(name)));
      }
    }
    assertThat(lastLine(resumed.out())).isEqualTo(lastLine(Files.readString(dir.resolve("whole.out"))))
        .startsWith("digest: ");
  }

  @Test
  @Timeout(120)
  void resume_afterTheScenarioChanged_isRefusedWithExit2SayingWhichFile() throws Exception {
    Path copy = Files.createDirectories(dir.resolve("experiment"));
    for (String name : List.of("quick.yaml", "central.yaml", "distributed.yaml", "market.yaml")) {
      Files.copy(Path.of("src/test/resources/experiment", name), copy.resolve(name));
    }
    Path out = dir.resolve("out");
    String[] run = {"run", copy.resolve("quick.yaml").toString(), "--replications", "1", "--engine", "sequential",
        "--threads", "1", "--quiet", "--out", out.toString()};
    assertThat(CliRun.of(run).code()).isZero();
    Files.writeString(copy.resolve("central.yaml"), Files.readString(copy.resolve("central.yaml")) + "# edited\n");
    List<String> resume = new ArrayList<>(List.of(run));
    resume.add("--resume");

    CliRun refused = CliRun.of(resume.toArray(String[]::new));

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("--resume: " + out.resolve(RunRecord.FILE_NAME) + " holds runs of other inputs: "
        + "central.yaml has changed since").doesNotContain("Exception").doesNotContain("\tat ");
    resume.addAll(List.of("--seed", "5", "--set", "horizon=50d"));
    CliRun other = CliRun.of(resume.toArray(String[]::new));
    assertThat(other.code()).isEqualTo(2);
    assertThat(other.err()).contains("its seed was 2026, now it is 5").contains("its overrides were none, now they are");
  }

  /** Plug-in rules decide results as scenario files do: a resume with other jars (or none) is refused. */
  @Test
  @Timeout(120)
  void resume_withOtherPluginJars_isRefusedSayingWhichJar() throws Exception {
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    Files.copy(Path.of("../examples/lowest-co2-allocation/target/lowest-co2-allocation-0.1.0-SNAPSHOT.jar"),
        plugins.resolve("rules.jar"));
    Path out = dir.resolve("out");
    List<String> run = List.of("run", "src/test/resources/experiment/quick.yaml", "--replications", "1", "--engine",
        "sequential", "--threads", "1", "--quiet", "--out", out.toString(), "--plugins", plugins.toString());
    CliRun first = CliRun.of(run.toArray(String[]::new));
    assertThat(first.code()).as(first.err()).isZero();
    List<String> resume = new ArrayList<>(run);
    resume.add("--resume");
    assertThat(CliRun.of(resume.toArray(String[]::new)).code()).as("the same jar resumes").isZero();

    List<String> without = new ArrayList<>(run.subList(0, run.size() - 2));
    without.add("--resume");
    CliRun refused = CliRun.of(without.toArray(String[]::new));

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("holds runs of other inputs").contains("rules.jar")
        .doesNotContain("Exception");
  }

  @Test
  void resume_ofAScenarioFile_isAUsageError() {
    CliRun r = CliRun.of("run", "src/test/resources/experiment/central.yaml", "--resume");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--resume applies to experiment files");
  }

  private Process start(Path out, String name) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(command(out));
    return new ProcessBuilder(command).redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile()).start();
  }

  private static List<String> command(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("run", "src/test/resources/experiment/quick.yaml", "--replications",
        REPLICATIONS, "--threads", "1", "--engine", "sequential", "--quiet", "--out", out.toString()));
    args.addAll(List.of(more));
    return args;
  }

  /** Waits (bounded) until the record holds {@link #LINES_BEFORE_KILL} complete lines. */
  private static void awaitLines(Process p, Path record) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && p.isAlive()) {
      if (Files.exists(record) && Files.readString(record).chars().filter(c -> c == '\n').count() >= LINES_BEFORE_KILL) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the record did not grow: alive " + p.isAlive());
  }

  /** The folder's files, at any depth, by relative path. */
  private static TreeSet<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString())
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  /** The file's text without the wall time of the session that wrote it. */
  private static String withoutWallTime(Path file) throws IOException {
    return Files.readString(file).replaceAll("\"wall_time_s\" *: *[0-9.eE+-]+", "\"wall_time_s\": _")
        .replaceAll("wall time</(t[hd])><td>[^<]*", "wall time</$1><td>_");
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    return lines[lines.length - 1];
  }
}
