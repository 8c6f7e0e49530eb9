package org.dmsim.model.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.util.FastMath;

/**
 * A Student-t confidence interval for the mean of independent replications: mean ± t(n−1, (1+c)/2)·s/√n
 * (Law, Simulation Modeling and Analysis, on output analysis for terminating simulations). Values are in
 * the unit of the indicator they summarise.
 *
 * <p>With one value the standard deviation, half-width and bounds are NaN: one replication says nothing
 * about the spread. Values of zero spread give exactly zero width.
 *
 * @param mean              the sample mean
 * @param standardDeviation the sample standard deviation (divisor n − 1); NaN when n = 1
 * @param halfWidth         t·s/√n; NaN when n = 1
 * @param lower             mean − halfWidth
 * @param upper             mean + halfWidth
 * @param n                 the number of values, at least 1
 * @param confidence        the confidence level, strictly between 0 and 1 (0.95 for 95 %)
 */
public record Interval(double mean, double standardDeviation, double halfWidth, double lower, double upper,
    int n, double confidence) {

  /** The confidence level used when none is given: 95 %. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  public Interval {
    if (n < 1) {
      throw new IllegalArgumentException("an interval needs at least one value, got " + n);
    }
    requireConfidence(confidence);
    if (n >= 2 && !(halfWidth >= 0)) {
      throw new IllegalArgumentException("half-width must be zero or positive with " + n + " values, got " + halfWidth);
    }
  }

  /** {@code values} without their undefined (NaN) entries, in order. */
  public static double[] defined(double[] values) {
    return java.util.Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
  }

  /**
   * The Student-t interval of {@code values} (one per replication).
   *
   * @throws IllegalArgumentException when {@code values} is empty or holds a NaN or infinite value (drop
   *                                  undefined indicators, e.g. a fill rate with no orders due, first), or
   *                                  {@code confidence} is not strictly between 0 and 1
   */
  public static Interval studentT(double[] values, double confidence) {
    requireConfidence(confidence);
    int n = values.length;
    if (n == 0) {
      throw new IllegalArgumentException("an interval needs at least one value");
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("value " + i + " is " + values[i] + "; an interval needs finite values");
      }
    }
    // Two passes around a shift by the first value: accurate for large offsets, and exactly zero spread
    // (not rounding noise) when all values are equal, which the common-random-numbers test relies on.
    double shift = values[0];
    double shiftedSum = 0;
    for (double v : values) {
      shiftedSum += v - shift;
    }
    double mean = shift + shiftedSum / n;
    if (n == 1) {
      return new Interval(mean, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1, confidence);
    }
    double squares = 0;
    double deviations = 0;
    for (double v : values) {
      double d = v - mean;
      squares += d * d;
      deviations += d;
    }
    // The corrected two-pass formula (Chan, Golub and LeVeque 1983) removes the rounding left in the mean.
    double variance = FastMath.max(0, (squares - deviations * deviations / n) / (n - 1));
    double sd = FastMath.sqrt(variance);
    double halfWidth = tQuantile(n - 1, confidence) * sd / FastMath.sqrt(n);
    return new Interval(mean, sd, halfWidth, mean - halfWidth, mean + halfWidth, n, confidence);
  }

  /** {@link #studentT(double[], double)} at {@link #DEFAULT_CONFIDENCE}. */
  public static Interval studentT(double[] values) {
    return studentT(values, DEFAULT_CONFIDENCE);
  }

  /**
   * The paired-t interval of the differences a[i] − b[i], where index i is one replication run on both
   * variants with the same random numbers (common random numbers; Law, on comparing alternative system
   * configurations). When a equals b element by element every difference is exactly 0, and so are the
   * mean and, from two replications on, the half-width.
   *
   * @throws IllegalArgumentException when the arrays differ in length or {@link #studentT} rejects the
   *                                  differences
   */
  public static Interval pairedDifference(double[] a, double[] b, double confidence) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("paired values need one value per replication on both sides, got "
          + a.length + " and " + b.length);
    }
    double[] differences = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      differences[i] = a[i] - b[i];
    }
    return studentT(differences, confidence);
  }

  /** {@link #pairedDifference(double[], double[], double)} at {@link #DEFAULT_CONFIDENCE}. */
  public static Interval pairedDifference(double[] a, double[] b) {
    return pairedDifference(a, b, DEFAULT_CONFIDENCE);
  }

  /**
   * The total number of replications (the pilot's included) expected to bring the half-width down to
   * {@code targetHalfWidth}: the smallest i ≥ n with t(i−1, (1+c)/2)·s/√i ≤ h, where n and s are the
   * pilot's size and standard deviation (Law's "specified precision" estimate, absolute error). This is
   * the fixed point of the iteration i = ⌈(t(i−1)·s/h)²⌉; because t(i−1)/√i falls as i grows, the
   * first i that meets the bound is the answer. It is an estimate: s itself changes as replications
   * are added, so a caller replicating to a target re-checks the interval and calls again.
   *
   * @param pilot           one value per pilot replication, at least two
   * @param targetHalfWidth the wanted half-width h, positive, in the values' unit
   * @return at least {@code pilot.length}; exactly {@code pilot.length} when the pilot is precise enough
   * @throws IllegalArgumentException when the pilot has fewer than two values or {@code targetHalfWidth}
   *                                  is not positive and finite
   * @throws ArithmeticException      when the answer does not fit an {@code int}
   */
  public static int requiredReplications(double[] pilot, double targetHalfWidth, double confidence) {
    if (!(targetHalfWidth > 0) || Double.isInfinite(targetHalfWidth)) {
      throw new IllegalArgumentException("target half-width must be positive and finite, got " + targetHalfWidth);
    }
    if (pilot.length < 2) {
      throw new IllegalArgumentException("a pilot needs at least two replications, got " + pilot.length);
    }
    Interval interval = studentT(pilot, confidence);
    double ratio = interval.standardDeviation() / targetHalfWidth;
    // t(i−1) exceeds the normal quantile z for every finite i, so no i below (z·s/h)² can qualify;
    // starting there leaves a handful of steps.
    double z = normalQuantile(confidence);
    double lowerBound = FastMath.floor(z * ratio * z * ratio);
    if (lowerBound >= Integer.MAX_VALUE) {
      throw new ArithmeticException("over " + Integer.MAX_VALUE + " replications needed for half-width "
          + targetHalfWidth);
    }
    int i = FastMath.max(pilot.length, (int) lowerBound);
    while (tQuantile(i - 1, confidence) * ratio / FastMath.sqrt(i) > 1) {
      if (i == Integer.MAX_VALUE) {
        throw new ArithmeticException("over " + Integer.MAX_VALUE + " replications needed for half-width "
            + targetHalfWidth);
      }
      i++;
    }
    return i;
  }

  /** The two-sided Student-t quantile t(df, (1+c)/2). */
  static double tQuantile(int degreesOfFreedom, double confidence) {
    // No random generator: the distribution is only inverted, and the default one is seeded from the clock.
    return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.5 + confidence / 2);
  }

  private static double normalQuantile(double confidence) {
    return new NormalDistribution(null, 0, 1)
        .inverseCumulativeProbability(0.5 + confidence / 2);
  }

  private static void requireConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be strictly between 0 and 1, got " + confidence);
    }
  }
}
