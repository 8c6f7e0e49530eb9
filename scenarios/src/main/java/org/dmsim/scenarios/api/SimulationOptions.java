package org.dmsim.scenarios.api;

import java.util.Objects;
import org.dmsim.sim.engine.EngineKind;

/**
 * How to run a scenario: the master seed, how many replications, which engine on how many threads.
 * Results depend on the seed and the replications only, never on the engine or the threads.
 *
 * @param seed         master seed
 * @param replications replications, at least 1
 * @param engine       the engine
 * @param threads      threads, at least 1
 */
public record SimulationOptions(long seed, int replications, EngineKind engine, int threads) {
  public SimulationOptions {
    Objects.requireNonNull(engine, "engine");
    if (replications < 1 || threads < 1) {
      throw new IllegalArgumentException("replications and threads must be at least 1, were " + replications
          + " and " + threads);
    }
  }

  /** The scenario file's seed and replications, on the sequential engine, one thread. */
  public static SimulationOptions of(Scenarios s) {
    return new SimulationOptions(s.scenario().defaultSeed(), s.scenario().defaultReplications(), EngineKind.SEQUENTIAL,
        1);
  }

  /** The same options with {@code n} replications. */
  public SimulationOptions withReplications(int n) {
    return new SimulationOptions(seed, n, engine, threads);
  }

  /** The same options with another seed. */
  public SimulationOptions withSeed(long s) {
    return new SimulationOptions(s, replications, engine, threads);
  }

  /** The same options on {@code kind} with {@code t} threads. */
  public SimulationOptions on(EngineKind kind, int t) {
    return new SimulationOptions(seed, replications, kind, t);
  }
}
