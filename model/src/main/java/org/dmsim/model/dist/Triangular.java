package org.dmsim.model.dist;

import org.apache.commons.math3.util.FastMath;
import org.dmsim.model.random.RandomStream;

/**
 * The triangular distribution on {@code [min, max]} with its peak at {@code mode}: the usual choice
 * when all that is known is a shortest, most likely and longest time.
 *
 * <p>Sampled by inversion of the distribution function: with {@code U} uniform and
 * {@code F(mode) = (mode − min)/(max − min)}, {@code min + √(U·(max − min)·(mode − min))} when
 * {@code U < F(mode)}, else {@code max − √((1 − U)·(max − min)·(max − mode))} (Law, <i>Simulation
 * Modeling and Analysis</i>, 5th ed., 2015, section 8.3.15). The result is clamped to
 * {@code [min, max]} against rounding.
 *
 * @param min  the lower limit; finite
 * @param mode the most likely value; {@code min <= mode <= max}
 * @param max  the upper limit; finite, greater than {@code min}, with {@code max − min} finite
 */
public record Triangular(double min, double mode, double max) implements Distribution {
  public Triangular {
    Checks.finite("triangular", "min", min);
    Checks.finite("triangular", "mode", mode);
    Checks.finite("triangular", "max", max);
    if (!(min < max)) {
      throw new IllegalArgumentException("triangular: max must be greater than min, got min " + min
          + " and max " + max + " (use deterministic for a single value)");
    }
    if (mode < min || mode > max) {
      throw new IllegalArgumentException("triangular: mode must lie in [min, max] = [" + min + ", " + max
          + "], got " + mode);
    }
    Checks.finite("triangular", "max - min", max - min);
  }

  @Override
  public double sample(RandomStream rng) {
    double width = max - min;
    double u = rng.nextDouble();
    double x;
    if (u * width < mode - min) {
      x = min + FastMath.sqrt(u * width * (mode - min));
    } else {
      x = max - FastMath.sqrt((1 - u) * width * (max - mode));
    }
    return FastMath.min(max, FastMath.max(min, x));
  }

  @Override
  public double mean() {
    return (min + mode + max) / 3;
  }

  @Override
  public double lowerBound() {
    return min;
  }

  @Override
  public String describe() {
    return "triangular(min=" + min + ", mode=" + mode + ", max=" + max + ")";
  }
}
