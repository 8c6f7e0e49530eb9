package org.dmsim.model.random;

import java.nio.charset.StandardCharsets;

/**
 * The SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014), used to derive stream seeds and to fold values into digests. Stable across JVMs and
 * platforms: plain 64-bit integer arithmetic.
 */
public final class SplitMix64 {
  /** The golden-ratio increment of SplitMix64. */
  public static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private SplitMix64() {}

  /** Mixes one 64-bit value into a well-distributed 64-bit value (a bijection). */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Folds {@code value} into the running hash {@code h}; order-sensitive. */
  public static long fold(long h, long value) {
    return mix(h + GOLDEN_GAMMA + value);
  }

  /** Folds the UTF-8 bytes of {@code text} and its length into {@code h}. */
  public static long fold(long h, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    h = fold(h, bytes.length);
    long word = 0;
    int filled = 0;
    for (byte b : bytes) {
      word = (word << 8) | (b & 0xFF);
      if (++filled == 8) {
        h = fold(h, word);
        word = 0;
        filled = 0;
      }
    }
    return filled == 0 ? h : fold(h, word);
  }
}
