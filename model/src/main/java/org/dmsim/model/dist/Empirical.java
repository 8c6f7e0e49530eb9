package org.dmsim.model.dist;

import java.util.Arrays;
import java.util.Objects;
import org.dmsim.model.random.RandomStream;

/**
 * The empirical distribution of a set of observations: each sample is one of the observations, chosen
 * uniformly (resampling, as in the bootstrap), so repeated observations weigh more and no value that
 * was not observed is ever produced. We chose this over interpolating between order statistics
 * because its mean is exactly the observations' mean and it suits discrete quantities such as order
 * sizes as well as times.
 *
 * <p>The observations are stored as a sorted copy, so two empiricals with the same observations in
 * any order are equal and sample the same sequence; equality and hash code are over that content
 * (a record compares arrays by identity otherwise).
 *
 * @param values the observations; at least one, all finite. The accessor returns a sorted copy.
 */
public record Empirical(double[] values) implements Distribution {
  public Empirical {
    Objects.requireNonNull(values, "empirical: values");
    if (values.length == 0) {
      throw new IllegalArgumentException("empirical: values must hold at least one observation");
    }
    values = values.clone();
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("empirical: values[" + i + "] must be a finite number, got "
            + values[i]);
      }
    }
    Arrays.sort(values);
  }

  /** The observations, sorted ascending; a copy. */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** The number of observations. */
  public int size() {
    return values.length;
  }

  @Override
  public double sample(RandomStream rng) {
    return values[rng.nextInt(values.length)];
  }

  /** The observations' arithmetic mean. */
  @Override
  public double mean() {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  @Override
  public double lowerBound() {
    return values[0];
  }

  @Override
  public String describe() {
    return "empirical(n=" + values.length + ", min=" + values[0] + ", max=" + values[values.length - 1]
        + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Empirical other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Empirical[values=" + Arrays.toString(values) + "]";
  }
}
