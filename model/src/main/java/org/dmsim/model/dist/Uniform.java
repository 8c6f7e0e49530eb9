package org.dmsim.model.dist;

import org.apache.commons.math3.util.FastMath;
import org.dmsim.model.random.RandomStream;

/**
 * The continuous uniform distribution on {@code [min, max)}: {@code min + U·(max − min)}, clamped to
 * {@code [min, max]} against rounding.
 *
 * @param min the lower limit; finite
 * @param max the upper limit; finite, greater than {@code min}, with {@code max − min} finite
 */
public record Uniform(double min, double max) implements Distribution {
  public Uniform {
    Checks.finite("uniform", "min", min);
    Checks.finite("uniform", "max", max);
    if (!(min < max)) {
      throw new IllegalArgumentException("uniform: max must be greater than min, got min " + min
          + " and max " + max + " (use deterministic for a single value)");
    }
    Checks.finite("uniform", "max - min", max - min);
  }

  @Override
  public double sample(RandomStream rng) {
    return FastMath.min(max, min + rng.nextDouble() * (max - min));
  }

  @Override
  public double mean() {
    return min + 0.5 * (max - min);
  }

  @Override
  public double lowerBound() {
    return min;
  }

  @Override
  public String describe() {
    return "uniform(min=" + min + ", max=" + max + ")";
  }
}
