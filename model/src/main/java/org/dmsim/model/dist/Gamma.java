package org.dmsim.model.dist;

import org.apache.commons.math3.util.FastMath;
import org.dmsim.model.random.RandomStream;

/**
 * The gamma distribution with density proportional to {@code x^(shape−1)·exp(−x/scale)}; mean
 * {@code shape·scale}, coefficient of variation {@code 1/√shape}. Shape 1 is the exponential; integer
 * shapes are Erlang (a step made of {@code shape} exponential phases).
 *
 * <p>Sampled by Marsaglia and Tsang's squeeze-and-reject method ("A simple method for generating gamma
 * variables", ACM TOMS 26(3), 2000) from {@link RandomStream#nextGaussian} and uniforms. For
 * {@code shape < 1} it draws {@code Gamma(shape + 1)} and multiplies by {@code U^(1/shape)}, the boost
 * given in the same paper (section 6).
 *
 * @param shape the shape k; positive and finite
 * @param scale the scale θ, in the caller's unit; positive and finite, with {@code shape·scale} finite
 */
public record Gamma(double shape, double scale) implements Distribution {
  public Gamma {
    Checks.positive("gamma", "shape", shape);
    Checks.positive("gamma", "scale", scale);
    if (Double.isInfinite(shape * scale)) {
      throw new IllegalArgumentException("gamma: mean shape*scale must be finite, got shape " + shape
          + " and scale " + scale);
    }
  }

  /**
   * The gamma distribution with the given mean and coefficient of variation: {@code shape = 1/cv²},
   * {@code scale = mean·cv²}.
   *
   * @param mean positive and finite
   * @param cv   positive and finite
   */
  public static Gamma ofMeanCv(double mean, double cv) {
    Checks.positive("gamma", "mean", mean);
    Checks.positive("gamma", "cv", cv);
    double cv2 = cv * cv;
    return new Gamma(1 / cv2, mean * cv2);
  }

  @Override
  public double sample(RandomStream rng) {
    if (shape >= 1) {
      return scale * marsagliaTsang(shape, rng);
    }
    double boost = FastMath.pow(rng.nextOpenDouble(), 1 / shape);
    return scale * marsagliaTsang(shape + 1, rng) * boost;
  }

  /** A standard gamma variate (scale 1) for {@code alpha >= 1}. */
  private static double marsagliaTsang(double alpha, RandomStream rng) {
    double d = alpha - 1.0 / 3;
    double c = 1 / FastMath.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = rng.nextGaussian();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = rng.nextOpenDouble();
      double x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) {
        return d * v;
      }
      if (FastMath.log(u) < 0.5 * x2 + d * (1 - v + FastMath.log(v))) {
        return d * v;
      }
    }
  }

  @Override
  public double mean() {
    return shape * scale;
  }

  @Override
  public double lowerBound() {
    return 0;
  }

  @Override
  public String describe() {
    return "gamma(shape=" + shape + ", scale=" + scale + ")";
  }
}
