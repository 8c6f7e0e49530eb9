package org.dmsim.model.stats;

/**
 * Count, mean, variance, minimum and maximum of samples, updated in one pass with Welford's method
 * (Welford 1962; merge by Chan, Golub and LeVeque 1979). Not thread-safe.
 */
public final class Tally {
  private long count;
  private double mean;
  private double m2;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  /** A tally rebuilt from a summary (count, mean, unbiased variance, min, max), for merging. */
  public static Tally of(long count, double mean, double variance, double min, double max) {
    Tally t = new Tally();
    if (count > 0) {
      t.count = count;
      t.mean = mean;
      t.m2 = count < 2 ? 0 : variance * (count - 1);
      t.min = min;
      t.max = max;
    }
    return t;
  }

  /** Adds one sample. */
  public void add(double x) {
    count++;
    double delta = x - mean;
    mean += delta / count;
    m2 += delta * (x - mean);
    if (x < min) {
      min = x;
    }
    if (x > max) {
      max = x;
    }
  }

  /** Adds all samples of {@code other}, as if they had been added here after this tally's own. */
  public void merge(Tally other) {
    if (other.count == 0) {
      return;
    }
    if (count == 0) {
      count = other.count;
      mean = other.mean;
      m2 = other.m2;
      min = other.min;
      max = other.max;
      return;
    }
    long n = count + other.count;
    double delta = other.mean - mean;
    mean += delta * other.count / n;
    m2 += other.m2 + delta * delta * ((double) count * other.count / n);
    count = n;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  /** Number of samples. */
  public long count() {
    return count;
  }

  /** Sample mean; 0 when empty. */
  public double mean() {
    return mean;
  }

  /** Unbiased sample variance; 0 with fewer than two samples. */
  public double variance() {
    return count < 2 ? 0 : m2 / (count - 1);
  }

  /** Smallest sample; 0 when empty. */
  public double min() {
    return count == 0 ? 0 : min;
  }

  /** Largest sample; 0 when empty. */
  public double max() {
    return count == 0 ? 0 : max;
  }
}
