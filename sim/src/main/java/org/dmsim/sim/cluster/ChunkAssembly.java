package org.dmsim.sim.cluster;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Reassembles one result from its chunks, which must arrive in sequence (Akka keeps the order of one
 * sender's messages to one receiver); a gap means a chunk was lost.
 */
final class ChunkAssembly {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private int nextSeq;

  /** Appends chunk {@code seq}; false, appending nothing, if it is not the next one expected. */
  boolean add(int seq, byte[] chunk) {
    if (seq != nextSeq) {
      return false;
    }
    bytes.write(chunk, 0, chunk.length);
    nextSeq++;
    return true;
  }

  /** The bytes received so far. */
  byte[] bytes() {
    return bytes.toByteArray();
  }

  /** Chunk {@code seq} of {@code result} cut in chunks of at most {@code chunkBytes}. */
  static byte[] chunk(byte[] result, int seq, int chunkBytes) {
    int from = seq * chunkBytes;
    return Arrays.copyOfRange(result, from, Math.min(result.length, from + chunkBytes));
  }

  /** How many chunks {@code length} bytes make: at least one, so an empty result is still sent. */
  static int chunkCount(int length, int chunkBytes) {
    return Math.max(1, (length + chunkBytes - 1) / chunkBytes);
  }
}
