package org.dmsim.model.dist;

import org.dmsim.model.random.RandomStream;

/**
 * The exponential distribution (memoryless; the usual model of times between failures), sampled by
 * the stream's ziggurat ({@link RandomStream#nextExponential}).
 *
 * @param mean the mean, also the standard deviation; positive and finite
 */
public record Exponential(double mean) implements Distribution {
  public Exponential {
    Checks.positive("exponential", "mean", mean);
  }

  @Override
  public double sample(RandomStream rng) {
    return rng.nextExponential(mean);
  }

  @Override
  public double lowerBound() {
    return 0;
  }

  @Override
  public String describe() {
    return "exponential(mean=" + mean + ")";
  }
}
