package org.dmsim.scenarios.cli.bench;

import java.time.Duration;
import org.dmsim.scenarios.cli.option.EngineOption;
import org.dmsim.scenarios.cli.option.StallTimeoutOption;
import org.dmsim.scenarios.cli.option.WholeNumberOption;
import org.dmsim.sim.engine.EngineKind;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every single-run benchmark takes: which engine on how many threads (and how long the
 * actor engine waits for a stuck run), and how many warm-up and measured runs
 * ({@link Measured#warmUpThenMeasure}).
 */
final class MeasurementOptions {
  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "actors", converter = EngineOption.class,
      completionCandidates = EngineOption.Names.class,
      description = "actors or sequential (default: ${DEFAULT-VALUE}).")
  EngineKind engine;

  @Option(names = "--threads", paramLabel = "T", converter = WholeNumberOption.Threads.class,
      description = "Dispatcher threads of the actor engine, 1 to " + WholeNumberOption.MAX_THREADS
          + " (default: the number of cores).")
  private Integer threads;

  @Mixin
  private StallTimeoutOption stallTimeout;

  @Option(names = "--warmups", paramLabel = "N", defaultValue = "1", converter = WholeNumberOption.AtLeastZero.class,
      description = "Warm-up runs (default: ${DEFAULT-VALUE}).")
  int warmups;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "1", converter = WholeNumberOption.AtLeastOne.class,
      description = "Measured runs (default: ${DEFAULT-VALUE}).")
  int runs;

  /** The threads given, or the number of cores. */
  int threads() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }

  /** The actor engine's progress watchdog given, or its default. */
  Duration stallTimeout() {
    return stallTimeout.stallTimeout();
  }
}
