package org.dmsim.model.mfg.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dmsim.model.time.Durations;
import org.dmsim.model.time.SimTime;

/**
 * A piecewise profile of a demand line's rate over the run: a factor per point in time, held from
 * one point to the next ({@code step}) or joined by straight lines ({@code linear}). The factor is 1
 * before the first point and the last point's factor after the last. Written in a generator's
 * {@code profile} parameter as points {@code "AT FACTOR"} separated by commas, e.g.
 * {@code "30d 1.5, 60d 1"} (a step up by half on day 30 and back on day 60).
 * Immutable; a class rather than a record so that its arrays cannot leak.
 */
public final class RateProfile {
  /** The largest factor a profile may give. */
  public static final double MAX_FACTOR = 1000;

  /** The largest number of points a profile may have. */
  public static final int MAX_POINTS = 10_000;

  /** What a profile parameter looks like, for messages. */
  public static final String EXPECTED = "points \"AT FACTOR\" separated by commas, times increasing, factors from 0 to "
      + (int) MAX_FACTOR + " (e.g. \"30d 1.5, 60d 1\")";

  /** The flat profile: factor 1 throughout. */
  public static final RateProfile FLAT = new RateProfile(new long[0], new double[0], false);

  private final long[] atMs;
  private final double[] factors;
  private final boolean linear;

  /**
   * @param atMs    the points' times, ms, 0 or more and strictly increasing
   * @param factors the factors at those times, each from 0 to {@link #MAX_FACTOR}
   * @param linear  whether the factor changes linearly between points (otherwise in steps)
   * @throws IllegalArgumentException when the points break those rules
   */
  public RateProfile(long[] atMs, double[] factors, boolean linear) {
    this.atMs = atMs.clone();
    this.factors = factors.clone();
    this.linear = linear;
    if (atMs.length != factors.length || atMs.length > MAX_POINTS) {
      throw new IllegalArgumentException("a profile needs one factor per point, at most " + MAX_POINTS + " points");
    }
    for (int i = 0; i < atMs.length; i++) {
      if (atMs[i] < 0 || i > 0 && atMs[i] <= atMs[i - 1]) {
        throw new IllegalArgumentException("profile times must be 0 or more and strictly increasing");
      }
      if (!(factors[i] >= 0 && factors[i] <= MAX_FACTOR)) {
        throw new IllegalArgumentException("profile factors must be from 0 to " + MAX_FACTOR);
      }
    }
  }

  /**
   * The profile a generator's parameters give: {@code profile} (points) and {@code interpolation}
   * ({@code step}, the default, or {@code linear}); {@link #FLAT} without {@code profile}.
   *
   * @throws RuleParameterException when either is malformed
   */
  public static RateProfile read(RuleParams params) {
    Optional<String> text = params.text("profile");
    boolean interpolationGiven = params.has("interpolation");
    boolean linear = params.word("interpolation", "step", List.of("step", "linear")).equals("linear");
    if (text.isEmpty()) {
      if (interpolationGiven) {
        // an interpolation of nothing would be silently ignored
        throw params.invalid("interpolation", "no interpolation without a profile (give profile: \"AT FACTOR, ...\")");
      }
      return FLAT;
    }
    try {
      return parse(text.get(), linear);
    } catch (IllegalArgumentException e) {
      throw params.invalid("profile", EXPECTED);
    }
  }

  /**
   * Parses points {@code "AT FACTOR, AT FACTOR, ..."}.
   *
   * @throws IllegalArgumentException when the text is not such a list
   */
  public static RateProfile parse(String text, boolean linear) {
    List<Long> at = new ArrayList<>();
    List<Double> factor = new ArrayList<>();
    for (String point : text.split(",", -1)) {
      String[] parts = point.strip().split("\\s+");
      if (parts.length != 2) {
        throw new IllegalArgumentException("a point is \"AT FACTOR\", was \"" + point.strip() + "\"");
      }
      at.add(Durations.parseMillis(parts[0]));
      factor.add(Double.parseDouble(parts[1]));
    }
    return new RateProfile(at.stream().mapToLong(Long::longValue).toArray(),
        factor.stream().mapToDouble(Double::doubleValue).toArray(), linear);
  }

  /** Whether the factor is 1 throughout. */
  public boolean flat() {
    for (double f : factors) {
      if (f != 1) {
        return false;
      }
    }
    return true;
  }

  /** The factor at {@code tMs}. */
  public double factor(long tMs) {
    int n = atMs.length;
    if (n == 0 || tMs < atMs[0]) {
      return 1;
    }
    int i = lastAtOrBefore(tMs);
    if (!linear || i == n - 1) {
      return factors[i];
    }
    double w = (double) (tMs - atMs[i]) / (atMs[i + 1] - atMs[i]);
    return factors[i] + w * (factors[i + 1] - factors[i]);
  }

  /** The largest factor over the run: 1 when there are no points. */
  public double maxFactor() {
    double max = 1;
    for (double f : factors) {
      max = Math.max(max, f);
    }
    return max;
  }

  /** The first point strictly after {@code tMs}, or {@link SimTime#NEVER} when none. */
  public long nextPointAfter(long tMs) {
    for (long at : atMs) {
      if (at > tMs) {
        return at;
      }
    }
    return SimTime.NEVER;
  }

  /**
   * The line's rate at {@code tMs} relative to its base {@code ordersPerDay}: season × trend × this
   * profile × the demand surges active then. The generators scale their rate (or quantity) by it.
   */
  public double multiplier(DemandGenerator.Line line, long tMs) {
    return line.demand().ratePerDay(tMs) / line.demand().ordersPerDay() * factor(tMs) * line.surgeFactor(tMs);
  }

  /** An upper bound of {@link #multiplier} over the run. */
  public double maxMultiplier(DemandGenerator.Line line) {
    return line.demand().maxRatePerDay(line.horizonMs()) / line.demand().ordersPerDay() * maxFactor()
        * line.maxSurgeFactor();
  }

  private int lastAtOrBefore(long tMs) {
    int lo = 0;
    int hi = atMs.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (atMs[mid] <= tMs) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RateProfile p && linear == p.linear && Arrays.equals(atMs, p.atMs)
        && Arrays.equals(factors, p.factors);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(atMs) + Arrays.hashCode(factors) + (linear ? 1 : 0);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < atMs.length; i++) {
      s.append(i == 0 ? "" : ", ").append(Durations.format(atMs[i])).append(' ').append(factors[i]);
    }
    return "RateProfile[" + s + (linear ? ", linear" : ", step") + "]";
  }
}
