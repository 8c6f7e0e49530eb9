package org.dmsim.scenarios.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.dmsim.scenarios.cli.option.DirectoryOption;
import org.dmsim.scenarios.cli.option.EngineOption;
import org.dmsim.scenarios.cli.option.StallTimeoutOption;
import org.dmsim.scenarios.cli.option.WholeNumberOption;
import org.dmsim.sim.engine.EngineKind;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code dmsim run} and {@code dmsim demo}: which replications, on which engine and how
 * many threads (and how long the actor engine waits for a stuck run), and where the output files go. Unset options take the scenario file's values.
 */
final class RunOptions {
  @Option(names = "--seed", paramLabel = "N", converter = WholeNumberOption.AnyLong.class,
      description = "Master seed, any whole number (default: the file's).")
  private Long seed;

  @Option(names = "--replications", paramLabel = "R", converter = WholeNumberOption.Replications.class,
      description = "Replications, 1 to " + WholeNumberOption.MAX_REPLICATIONS + " (default: the file's).")
  private Integer replications;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "actors", converter = EngineOption.class,
      completionCandidates = EngineOption.Names.class,
      description = "actors: every node, machine and shipment an Akka actor; sequential: the single-threaded "
          + "reference engine; same results on both (default: ${DEFAULT-VALUE}).")
  private EngineKind engine;

  @Option(names = "--threads", paramLabel = "T", converter = WholeNumberOption.Threads.class,
      description = "Threads: up to T replications run at once, each on its own engine; a single replication "
          + "on actors gets all T; 1 to " + WholeNumberOption.MAX_THREADS + " (default: the number of cores).")
  private Integer threads;

  @Option(names = "--fused",
      description = "Actor engine: nodes call their machines and shipments directly instead of hosting each "
          + "in an actor of its own (faster; same results and digest; default: off).")
  private boolean fused;

  @Mixin
  private StallTimeoutOption stallTimeout;

  @Option(names = "--out", paramLabel = "DIR", converter = DirectoryOption.class,
      description = "Where the output files go (default: runs/<the file's name>; dmsim sweep: "
          + "runs/<the experiment's name>-sweep).")
  private Path out;

  @Option(names = "--quiet", description = "No progress bar (default: a bar on a terminal, none in a pipe or CI).")
  private boolean quiet;

  /** The seed given, or the file's. */
  long seed(long fileSeed) {
    return seed != null ? seed : fileSeed;
  }

  /** The replications given, or the file's. */
  int replications(int fileReplications) {
    return replications != null ? replications : fileReplications;
  }

  EngineKind engine() {
    return engine;
  }

  /** The threads given, or the number of cores. */
  int threads() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }

  boolean fused() {
    return fused;
  }

  /** The actor engine's progress watchdog given, or its default. */
  Duration stallTimeout() {
    return stallTimeout.stallTimeout();
  }

  boolean quiet() {
    return quiet;
  }

  /** The output directory given, or {@code runs/<name>}. */
  Path out(String name) {
    return out != null ? out : Path.of("runs", name);
  }
}
