package org.dmsim.scenarios.cli.option;

import java.util.OptionalLong;
import org.dmsim.sim.engine.EngineKind;
import picocli.CommandLine.Option;

/**
 * {@code --seed}, {@code --engine} and {@code --threads} of the commands that run many short runs at once
 * ({@code dmsim stress}, {@code dmsim size}): the sequential engine by default, since the runs of a batch
 * already fill every thread and it is about twice as fast per run; results are the same on both.
 */
public final class BatchRunOptions {
  @Option(names = "--seed", paramLabel = "N", converter = WholeNumberOption.AnyLong.class,
      description = "Master seed, any whole number (default: the file's).")
  private Long seed;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "sequential", converter = EngineOption.class,
      completionCandidates = EngineOption.Names.class,
      description = "sequential or actors; same results on both (default here: ${DEFAULT-VALUE}, about twice "
          + "as fast per run, and the runs already fill every thread).")
  private EngineKind engine;

  @Option(names = "--threads", paramLabel = "T", converter = WholeNumberOption.Threads.class,
      description = "Threads: up to T runs at once, 1 to " + WholeNumberOption.MAX_THREADS
          + " (default: the number of cores).")
  private Integer threads;

  /** The seed given, if {@code --seed} was. */
  public OptionalLong seed() {
    return seed != null ? OptionalLong.of(seed) : OptionalLong.empty();
  }

  /** The engine chosen (default: sequential). */
  public EngineKind engine() {
    return engine;
  }

  /** The threads given, or the number of cores. */
  public int threads() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }
}
