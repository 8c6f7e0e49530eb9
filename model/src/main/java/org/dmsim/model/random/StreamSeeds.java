package org.dmsim.model.random;

/**
 * Derives the seed of a random stream from (run seed, replication, entity id, purpose) by SplitMix64
 * over the values and the UTF-8 bytes of the strings (DESIGN.md section 3). The seed depends on
 * nothing else, so adding an entity or creating streams in another order changes no other stream,
 * and every network variant of a replication sees the same streams (common random numbers).
 */
public final class StreamSeeds {
  private StreamSeeds() {}

  /** The seed of the stream for {@code entityId} and {@code purpose} in the given run. */
  public static long seedFor(long runSeed, int replication, String entityId, String purpose) {
    long h = SplitMix64.fold(0x646D73696DL, runSeed);
    h = SplitMix64.fold(h, replication);
    h = SplitMix64.fold(h, entityId);
    return SplitMix64.fold(h, purpose);
  }

  /** A new stream for {@code entityId} and {@code purpose} in the given run. */
  public static RandomStream stream(long runSeed, int replication, String entityId, String purpose) {
    return new RandomStream(seedFor(runSeed, replication, entityId, purpose));
  }
}
