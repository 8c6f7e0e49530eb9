package org.dmsim.model.random;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.util.FastMath;

/**
 * One entity's random stream for one purpose: xoshiro256** (Blackman and Vigna, 2018) seeded through
 * SplitMix64, behind commons-math3's {@link RandomGenerator} so it can be passed to every
 * commons-math3 distribution. 32 bytes of state, so millions of streams are cheap; results do not
 * depend on the JDK's generators. Not thread-safe: a stream belongs to one entity.
 */
public final class RandomStream implements RandomGenerator {
  private long s0;
  private long s1;
  private long s2;
  private long s3;
  private double nextGaussian = Double.NaN;

  /** A stream whose whole state is derived from one 64-bit seed. */
  public RandomStream(long seed) {
    setSeed(seed);
  }

  @Override
  public void setSeed(long seed) {
    long z = seed;
    s0 = SplitMix64.mix(z += SplitMix64.GOLDEN_GAMMA);
    s1 = SplitMix64.mix(z += SplitMix64.GOLDEN_GAMMA);
    s2 = SplitMix64.mix(z += SplitMix64.GOLDEN_GAMMA);
    s3 = SplitMix64.mix(z + SplitMix64.GOLDEN_GAMMA);
    nextGaussian = Double.NaN;
  }

  @Override
  public void setSeed(int seed) {
    setSeed((long) seed);
  }

  @Override
  public void setSeed(int[] seed) {
    long h = 0;
    for (int v : seed) {
      h = SplitMix64.fold(h, v);
    }
    setSeed(h);
  }

  @Override
  public long nextLong() {
    long result = Long.rotateLeft(s1 * 5, 7) * 9;
    long t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = Long.rotateLeft(s3, 45);
    return result;
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  @Override
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** A uniform double in (0, 1]: safe to take the logarithm of. */
  public double nextOpenDouble() {
    return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
  }

  /** An exponential variate with the given mean, by the ziggurat method ({@link ZigguratExponential}). */
  public double nextExponential(double mean) {
    return mean * ZigguratExponential.sample(this);
  }

  @Override
  public float nextFloat() {
    return (nextLong() >>> 40) * 0x1.0p-24f;
  }

  @Override
  public int nextInt() {
    return (int) (nextLong() >>> 32);
  }

  /** A uniform int in [0, n), without modulo bias (Lemire's method). */
  @Override
  public int nextInt(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + n);
    }
    long m = (nextLong() >>> 32) * n;
    long low = m & 0xFFFFFFFFL;
    if (low < n) {
      long threshold = (0x1_0000_0000L - n) % n;
      while (low < threshold) {
        m = (nextLong() >>> 32) * n;
        low = m & 0xFFFFFFFFL;
      }
    }
    return (int) (m >>> 32);
  }

  @Override
  public boolean nextBoolean() {
    return nextLong() < 0;
  }

  @Override
  public void nextBytes(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      long r = nextLong();
      for (int k = 0; k < 8 && i < bytes.length; k++, r >>>= 8) {
        bytes[i++] = (byte) r;
      }
    }
  }

  /** A standard normal variate by Marsaglia's polar method, computed with {@link FastMath}. */
  @Override
  public double nextGaussian() {
    if (!Double.isNaN(nextGaussian)) {
      double g = nextGaussian;
      nextGaussian = Double.NaN;
      return g;
    }
    double x;
    double y;
    double r2;
    do {
      x = 2 * nextDouble() - 1;
      y = 2 * nextDouble() - 1;
      r2 = x * x + y * y;
    } while (r2 >= 1 || r2 == 0);
    double f = FastMath.sqrt(-2 * FastMath.log(r2) / r2);
    nextGaussian = y * f;
    return x * f;
  }
}
