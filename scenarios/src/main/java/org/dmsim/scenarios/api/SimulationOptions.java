package org.dmsim.scenarios.api;

import java.time.Duration;
import java.util.Objects;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.engine.EngineKind;

/**
 * How to run a scenario: the master seed, how many replications, which engine on how many threads, and
 * how long the actor engine waits for a stuck run. Results depend on the seed and the replications
 * only, never on the engine, the threads or the timeout.
 *
 * @param seed         master seed
 * @param replications replications, at least 1
 * @param engine       the engine
 * @param threads      threads, at least 1
 * @param stallTimeout the actor engine's progress watchdog: a run in which no time window completes for
 *                     this long (wall time) fails, naming the nodes that have not reported;
 *                     {@link Duration#ZERO} waits without limit; not negative. Default
 *                     {@link AkkaEngineSettings#DEFAULT_STALL_TIMEOUT}; the sequential engine ignores it
 */
public record SimulationOptions(long seed, int replications, EngineKind engine, int threads, Duration stallTimeout) {
  public SimulationOptions {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(stallTimeout, "stallTimeout");
    if (replications < 1 || threads < 1) {
      throw new IllegalArgumentException("replications and threads must be at least 1, were " + replications
          + " and " + threads);
    }
    if (stallTimeout.isNegative()) {
      throw new IllegalArgumentException("the stall timeout must not be negative, was " + stallTimeout);
    }
  }

  /** Options with the default stall timeout. */
  public SimulationOptions(long seed, int replications, EngineKind engine, int threads) {
    this(seed, replications, engine, threads, AkkaEngineSettings.DEFAULT_STALL_TIMEOUT);
  }

  /** The scenario file's seed and replications, on the sequential engine, one thread. */
  public static SimulationOptions of(Scenarios s) {
    return new SimulationOptions(s.scenario().defaultSeed(), s.scenario().defaultReplications(), EngineKind.SEQUENTIAL,
        1);
  }

  /** The same options with {@code n} replications. */
  public SimulationOptions withReplications(int n) {
    return new SimulationOptions(seed, n, engine, threads, stallTimeout);
  }

  /** The same options with another seed. */
  public SimulationOptions withSeed(long s) {
    return new SimulationOptions(s, replications, engine, threads, stallTimeout);
  }

  /** The same options on {@code kind} with {@code t} threads. */
  public SimulationOptions on(EngineKind kind, int t) {
    return new SimulationOptions(seed, replications, kind, t, stallTimeout);
  }

  /** The same options with the actor engine's progress watchdog at {@code timeout} ({@link Duration#ZERO}: none). */
  public SimulationOptions withStallTimeout(Duration timeout) {
    return new SimulationOptions(seed, replications, engine, threads, timeout);
  }
}
