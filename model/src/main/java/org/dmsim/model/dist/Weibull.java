package org.dmsim.model.dist;

import org.apache.commons.math3.util.FastMath;
import org.dmsim.model.random.RandomStream;

/**
 * The Weibull distribution with {@code P(X > x) = exp(−(x/scale)^shape)}: the usual model of times to
 * failure, wearing out for {@code shape > 1}, infant mortality for {@code shape < 1}, exponential at 1.
 *
 * <p>Sampled by inversion of the survival function, {@code scale·E^(1/shape)} with {@code E} a
 * standard exponential from the stream's ziggurat (equivalent to {@code scale·(−ln U)^(1/shape)};
 * Devroye, <i>Non-Uniform Random Variate Generation</i>, 1986, ch. II.2).
 *
 * @param shape the shape k; positive and finite
 * @param scale the scale λ, in the caller's unit; positive and finite, with a finite mean (which
 *              rules out shapes below about 0.006)
 */
public record Weibull(double shape, double scale) implements Distribution {
  public Weibull {
    Checks.positive("weibull", "shape", shape);
    Checks.positive("weibull", "scale", scale);
    if (!Double.isFinite(scale * org.apache.commons.math3.special.Gamma.gamma(1 + 1 / shape))) {
      throw new IllegalArgumentException("weibull: mean scale*Γ(1 + 1/shape) must be finite, got shape "
          + shape + " and scale " + scale);
    }
  }

  /**
   * The Weibull distribution with the given shape and mean: {@code scale = mean / Γ(1 + 1/shape)}.
   *
   * @param shape positive and finite; below about 0.006 the gamma function overflows and the scale is
   *              rejected
   * @param mean  positive and finite
   */
  public static Weibull ofMean(double shape, double mean) {
    Checks.positive("weibull", "shape", shape);
    Checks.positive("weibull", "mean", mean);
    return new Weibull(shape, mean / org.apache.commons.math3.special.Gamma.gamma(1 + 1 / shape));
  }

  @Override
  public double sample(RandomStream rng) {
    return scale * FastMath.pow(rng.nextExponential(1.0), 1 / shape);
  }

  /** {@code scale·Γ(1 + 1/shape)}. */
  @Override
  public double mean() {
    return scale * org.apache.commons.math3.special.Gamma.gamma(1 + 1 / shape);
  }

  @Override
  public double lowerBound() {
    return 0;
  }

  @Override
  public String describe() {
    return "weibull(shape=" + shape + ", scale=" + scale + ")";
  }
}
