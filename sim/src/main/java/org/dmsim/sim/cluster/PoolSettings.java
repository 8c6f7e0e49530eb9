package org.dmsim.sim.cluster;

import java.time.Duration;

/**
 * The knobs of a pool run.
 *
 * @param chunkBytes the largest result chunk in bytes; must stay well below Artery's
 *     {@code maximum-frame-size} (256 KiB by default), which also carries the envelope
 * @param chunkWindow chunks a worker may send before the pool acknowledges them (flow control, so a
 *     large result never floods Artery's outbound queue)
 * @param noWorkerTimeout how long a run may have no live worker before it fails
 */
public record PoolSettings(int chunkBytes, int chunkWindow, Duration noWorkerTimeout) {
  /** 64 KiB: a quarter of Artery's default frame size. */
  public static final int DEFAULT_CHUNK_BYTES = 64 * 1024;
  /**
   * 192 KiB: the largest chunk, and the largest job JSON (UTF-8), that fits in one Artery frame of
   * 256 KiB with its envelope. Artery drops a larger message, which would leave its job waiting forever.
   */
  public static final int MAX_MESSAGE_BYTES = 192 * 1024;

  public PoolSettings {
    if (chunkBytes < 1 || chunkBytes > MAX_MESSAGE_BYTES) {
      throw new IllegalArgumentException("chunkBytes must be between 1 and " + MAX_MESSAGE_BYTES
          + " (below Artery's 256 KiB frame), was " + chunkBytes);
    }
    if (chunkWindow < 1) {
      throw new IllegalArgumentException("chunkWindow must be >= 1, was " + chunkWindow);
    }
    if (noWorkerTimeout == null || noWorkerTimeout.isNegative() || noWorkerTimeout.isZero()) {
      throw new IllegalArgumentException("noWorkerTimeout must be positive, was " + noWorkerTimeout);
    }
  }

  /** 64 KiB chunks, a window of 8 chunks, and 60 s without a worker before a run fails. */
  public static PoolSettings defaults() {
    return new PoolSettings(DEFAULT_CHUNK_BYTES, 8, Duration.ofSeconds(60));
  }

  /** These settings with another chunk limit. */
  public PoolSettings withChunkBytes(int bytes) {
    return new PoolSettings(bytes, chunkWindow, noWorkerTimeout);
  }

  /** These settings with another time a run may go without a worker. */
  public PoolSettings withNoWorkerTimeout(Duration timeout) {
    return new PoolSettings(chunkBytes, chunkWindow, timeout);
  }
}
