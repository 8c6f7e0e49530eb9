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
 */
public record AkkaEngineSettings(int threads, int groups, int throughput, boolean serializeMessages) {
  public AkkaEngineSettings {
    if (threads < 1 || groups < 1 || throughput < 1) {
      throw new IllegalArgumentException("threads, groups and throughput must be at least 1");
    }
  }

  /** Defaults for {@code threads} threads: one group per thread, throughput 64, no serialization. */
  public static AkkaEngineSettings of(int threads) {
    return new AkkaEngineSettings(threads, threads, 64, false);
  }

  /** The same settings with message serialization on or off. */
  public AkkaEngineSettings withSerializeMessages(boolean on) {
    return new AkkaEngineSettings(threads, groups, throughput, on);
  }

  /** The same settings with {@code count} groups. */
  public AkkaEngineSettings withGroups(int count) {
    return new AkkaEngineSettings(threads, count, throughput, serializeMessages);
  }
}
