package org.dmsim.model.dist;

import java.util.Map;
import org.dmsim.model.random.RandomStream;

/**
 * A probability distribution of a real quantity that a model samples from its own random stream.
 *
 * <p>Values carry no unit of their own: they are in whatever unit the caller uses (the model uses
 * milliseconds for durations, units of product for order sizes). Implementations are immutable
 * records validated on construction; sampling allocates nothing, draws only from the stream passed
 * in and computes with {@link org.apache.commons.math3.util.FastMath}, so the same stream state gives
 * the same sample on every JVM.
 */
public sealed interface Distribution
    permits Deterministic, Exponential, LogNormal, Gamma, Weibull, Triangular, Uniform, Empirical {

  /** One variate, drawn from {@code rng} (which advances). */
  double sample(RandomStream rng);

  /** The distribution's expected value. */
  double mean();

  /** The smallest value {@link #sample} can return (0 for the positive distributions). */
  double lowerBound();

  /**
   * The distribution in the form {@link #of} reads, e.g. {@code lognormal(mean=20.0, cv=0.5)}: the
   * kind followed by its canonical parameters.
   */
  String describe();

  /**
   * Builds a distribution from a scenario's kind and named parameters, for example
   * {@code of("lognormal", Map.of("mean", 20.0, "cv", 0.5))}.
   *
   * <p>Kinds (case-insensitive) and their parameter sets: {@code deterministic(value)},
   * {@code exponential(mean)}, {@code lognormal(mean, cv)}, {@code gamma(shape, scale)} or
   * {@code gamma(mean, cv)}, {@code weibull(shape, scale)} or {@code weibull(shape, mean)},
   * {@code triangular(min, mode, max)}, {@code uniform(min, max)}. {@link Empirical} takes a list of
   * observations rather than named numbers and is constructed directly.
   *
   * @throws IllegalArgumentException naming the kind and the parameter that is unknown, missing or
   *     out of range, and what is expected
   */
  static Distribution of(String kind, Map<String, Double> params) {
    return DistributionKinds.build(kind, params);
  }
}
