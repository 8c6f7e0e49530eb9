package org.dmsim.model.dist;

import org.apache.commons.math3.util.FastMath;
import org.dmsim.model.random.RandomStream;

/**
 * The lognormal distribution, parameterised by its own mean and coefficient of variation (standard
 * deviation over mean) rather than by the underlying normal's, because those are what a process
 * engineer measures.
 *
 * <p>The underlying normal has {@code σ² = ln(1 + cv²)} and {@code μ = ln(mean) − σ²/2}, from
 * {@code E[X] = exp(μ + σ²/2)} and {@code Var[X] = (exp(σ²) − 1)·E[X]²} (Johnson, Kotz and
 * Balakrishnan, <i>Continuous Univariate Distributions</i>, vol. 1, 2nd ed., 1994, ch. 14). A sample
 * is {@code exp(μ + σ·Z)} with {@code Z} from {@link RandomStream#nextGaussian}.
 *
 * @param mean the distribution's mean; positive and finite
 * @param cv   the distribution's coefficient of variation; positive and finite (use
 *             {@link Deterministic} for no variation)
 */
public record LogNormal(double mean, double cv) implements Distribution {
  public LogNormal {
    Checks.positive("lognormal", "mean", mean);
    Checks.positive("lognormal", "cv", cv);
  }

  /** σ of the underlying normal. */
  public double sigma() {
    return FastMath.sqrt(FastMath.log1p(cv * cv));
  }

  /** μ of the underlying normal. */
  public double mu() {
    return FastMath.log(mean) - 0.5 * FastMath.log1p(cv * cv);
  }

  @Override
  public double sample(RandomStream rng) {
    double sigma2 = FastMath.log1p(cv * cv);
    double mu = FastMath.log(mean) - 0.5 * sigma2;
    return FastMath.exp(mu + FastMath.sqrt(sigma2) * rng.nextGaussian());
  }

  @Override
  public double lowerBound() {
    return 0;
  }

  @Override
  public String describe() {
    return "lognormal(mean=" + mean + ", cv=" + cv + ")";
  }
}
