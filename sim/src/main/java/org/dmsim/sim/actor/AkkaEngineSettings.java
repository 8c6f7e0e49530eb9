package org.dmsim.sim.actor;

import java.time.Duration;
import java.util.Objects;

/**
 * How the Akka engine runs: none of these change results, only speed — and, for the watchdog, how long
 * a stuck run is waited for.
 *
 * @param threads           threads that run simulations: one single-threaded dispatcher each; group {@code g}
 *                          (with its nodes and their children) runs on dispatcher {@code g % threads}; at least 1
 * @param groups            node groups per run; at least 1, capped at the node count
 * @param throughput        messages an actor handles before yielding its thread; at least 1
 * @param serializeMessages whether Akka serializes and deserializes every message ({@code serialize-messages = on}),
 *                          to prove the protocol could cross JVMs
 * @param fuseChildren      opt-in fused hosting (DESIGN.md section 5): a node calls its children's entities
 *                          directly instead of hosting each in an actor of its own; same results, fewer
 *                          messages. Off by default: every entity is an actor
 * @param stallTimeout      the progress watchdog: a run in which no time window completes for this long
 *                          fails with a diagnosis (the window, and the groups and nodes that have not
 *                          reported it) instead of waiting for ever. It bounds the wall time of one window,
 *                          never of a run: a long run that keeps completing windows is never stopped.
 *                          {@link Duration#ZERO} waits without limit. Default {@link #DEFAULT_STALL_TIMEOUT}
 */
public record AkkaEngineSettings(int threads, int groups, int throughput, boolean serializeMessages,
    boolean fuseChildren, Duration stallTimeout) {
  /**
   * The default of {@link #stallTimeout}, 60 s: windows take micro- to milliseconds of wall time, so a
   * minute without one is a hang, not a slow model.
   */
  public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(60);

  public AkkaEngineSettings {
    if (threads < 1 || groups < 1 || throughput < 1) {
      throw new IllegalArgumentException("threads, groups and throughput must be at least 1");
    }
    Objects.requireNonNull(stallTimeout, "stallTimeout");
    if (stallTimeout.isNegative()) {
      throw new IllegalArgumentException("the stall timeout must not be negative, was " + stallTimeout);
    }
  }

  /** Defaults for {@code threads} threads: one group per thread, throughput 64, no serialization, 60 s watchdog. */
  public static AkkaEngineSettings of(int threads) {
    return new AkkaEngineSettings(threads, threads, 64, false, false, DEFAULT_STALL_TIMEOUT);
  }

  /** The number of groups a run of {@code nodes} nodes gets: {@link #groups}, but at least 1 and at most {@code nodes}. */
  public int groupsFor(int nodes) {
    return Math.max(1, Math.min(groups, nodes));
  }

  /** The same settings with message serialization on or off. */
  public AkkaEngineSettings withSerializeMessages(boolean on) {
    return new AkkaEngineSettings(threads, groups, throughput, on, fuseChildren, stallTimeout);
  }

  /** The same settings with {@code count} groups. */
  public AkkaEngineSettings withGroups(int count) {
    return new AkkaEngineSettings(threads, count, throughput, serializeMessages, fuseChildren, stallTimeout);
  }

  /** The same settings with fused hosting of children on or off. */
  public AkkaEngineSettings withFusedChildren(boolean on) {
    return new AkkaEngineSettings(threads, groups, throughput, serializeMessages, on, stallTimeout);
  }

  /** The same settings with the progress watchdog set to {@code timeout} ({@link Duration#ZERO}: no limit). */
  public AkkaEngineSettings withStallTimeout(Duration timeout) {
    return new AkkaEngineSettings(threads, groups, throughput, serializeMessages, fuseChildren, timeout);
  }
}
