package org.dmsim.sim.actor;

/**
 * How the Akka engine runs: none of these change results, only speed.
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
 */
public record AkkaEngineSettings(int threads, int groups, int throughput, boolean serializeMessages,
    boolean fuseChildren) {
  public AkkaEngineSettings {
    if (threads < 1 || groups < 1 || throughput < 1) {
      throw new IllegalArgumentException("threads, groups and throughput must be at least 1");
    }
  }

  /** Defaults for {@code threads} threads: one group per thread, throughput 64, no serialization. */
  public static AkkaEngineSettings of(int threads) {
    return new AkkaEngineSettings(threads, threads, 64, false, false);
  }

  /** The same settings with message serialization on or off. */
  public AkkaEngineSettings withSerializeMessages(boolean on) {
    return new AkkaEngineSettings(threads, groups, throughput, on, fuseChildren);
  }

  /** The same settings with {@code count} groups. */
  public AkkaEngineSettings withGroups(int count) {
    return new AkkaEngineSettings(threads, count, throughput, serializeMessages, fuseChildren);
  }

  /** The same settings with fused hosting of children on or off. */
  public AkkaEngineSettings withFusedChildren(boolean on) {
    return new AkkaEngineSettings(threads, groups, throughput, serializeMessages, on);
  }
}
