package org.dmsim.scenarios.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.cli.option.EngineOption;
import org.dmsim.scenarios.cli.option.HelpOption;
import org.dmsim.scenarios.cli.option.WholeNumberOption;
import org.dmsim.scenarios.experiment.ProgressListener;
import org.dmsim.scenarios.experiment.Replications;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.EngineKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dmsim bench replications FILE}: how replications of a scenario file speed up from 1 thread to T. */
@Command(name = "replications",
    description = {"How replications of a scenario file speed up from 1 thread to T.", "",
        "After a warm-up replication, runs R replications of a scenario file on 1 thread and on T threads "
        + "(T at once, each on its own engine), in alternating order each round, checks that both give the same "
        + "digest, and prints the wall seconds of each and 'speed-up: N', the median over the rounds."},
    footer = {
        "  dmsim bench replications scenarios/library/eu-spare-parts-distributed.yaml",
        "  dmsim bench replications scenarios/library/mm1.yaml --replications 4",
        "  dmsim bench replications scenarios/library/tiny-factory.yaml --threads 4"})
final class ReplicationsBenchmark implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private HelpOption help;

  @Parameters(paramLabel = "FILE", description = "A scenario file (docs/scenario-format.md).")
  private Path file;

  @Option(names = "--replications", paramLabel = "R", defaultValue = "8",
      converter = WholeNumberOption.AtLeastOne.class,
      description = "Replications per measurement (default: ${DEFAULT-VALUE}).")
  private int replications;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "2", converter = WholeNumberOption.AtLeastOne.class,
      description = "Rounds of one measurement per thread count (default: ${DEFAULT-VALUE}).")
  private int rounds;

  @Option(names = "--threads", paramLabel = "T", converter = WholeNumberOption.AtLeastTwo.class,
      description = "The thread count compared with 1, at least 2 (default: the number of cores, at least 2).")
  private Integer threads;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "actors", converter = EngineOption.class,
      completionCandidates = EngineOption.Names.class,
      description = "actors or sequential (default: ${DEFAULT-VALUE}).")
  private EngineKind engine;

  @Option(names = "--seed", paramLabel = "N", converter = WholeNumberOption.AnyLong.class,
      description = "Master seed (default: the file's).")
  private Long seed;

  @Option(names = "--fused",
      description = "Actor engine: nodes call their machines and shipments directly (same results; default: off).")
  private boolean fused;

  @Override
  public Integer call() throws ScenarioException, IOException {
    Scenario scenario = ScenarioLoader.load(file);
    PrintWriter out = spec.commandLine().getOut();
    int t = threads != null ? threads : Math.max(2, Runtime.getRuntime().availableProcessors());
    long s = seed != null ? seed : scenario.defaultSeed();
    SimulationPlan plan = scenario.network().plan();
    out.printf(Locale.ROOT, "scenario     %s, %s simulated, %d replications per measurement%n", scenario.name(),
        SimTime.format(plan.endMs()), replications);
    out.printf(Locale.ROOT, "engine       %s%s, 1 thread against %d, on Java %s%n", engine.cliName(),
        fused ? " (fused)" : "", t, Runtime.version());
    Measured warm = time(plan, 1, s, 1);
    out.printf(Locale.ROOT, "warm-up      1 replication in %.2f s%n", warm.seconds());
    double[] speedUps = new double[rounds];
    String digest = null;
    for (int round = 0; round < rounds; round++) {
      int[] order = round % 2 == 0 ? new int[] {1, t} : new int[] {t, 1};
      double[] seconds = new double[2];
      for (int threadCount : order) {
        Measured m = time(plan, threadCount, s, replications);
        if (digest != null && !digest.equals(m.digest())) {
          throw new IllegalStateException("bench replications: " + threadCount + " threads gave other results ("
              + m.digest() + ") than before (" + digest + ")");
        }
        digest = m.digest();
        seconds[threadCount == 1 ? 0 : 1] = m.seconds();
        out.printf(Locale.ROOT, "round %d      %d thread%s: %.2f s, %.0f events/s, %.1f replications/min%n",
            round + 1, threadCount, threadCount == 1 ? " " : "s", m.seconds(), m.events() / m.seconds(),
            60 * replications / m.seconds());
      }
      speedUps[round] = seconds[0] / seconds[1];
    }
    out.printf(Locale.ROOT, "digest: %s%n", digest);
    Arrays.sort(speedUps);
    int mid = speedUps.length / 2;
    double median = speedUps.length % 2 == 1 ? speedUps[mid] : (speedUps[mid - 1] + speedUps[mid]) / 2;
    out.printf(Locale.ROOT, "speed-up: %.2f%n", median);
    return 0;
  }

  /** Wall time of {@code count} replications on {@code threadCount} threads; digest over all of them. */
  private Measured time(SimulationPlan plan, int threadCount, long s, int count) {
    long start = System.nanoTime();
    List<RunResult> results = Replications.run(plan, engine, threadCount, fused, s, count, ProgressListener.none());
    double seconds = (System.nanoTime() - start) / 1e9;
    long events = 0;
    for (RunResult r : results) {
      events += r.eventsHandled();
    }
    return new Measured(events, seconds, RunResult.digestOf(results));
  }
}
