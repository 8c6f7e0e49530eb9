package org.dmsim.model.dist;

import org.dmsim.model.random.RandomStream;

/**
 * Always the same value; draws nothing from the stream, so switching a step to deterministic leaves
 * the stream's later draws where they were.
 *
 * @param value the value every sample returns; finite (zero allowed, e.g. a zero-length step)
 */
public record Deterministic(double value) implements Distribution {
  public Deterministic {
    Checks.finite("deterministic", "value", value);
  }

  @Override
  public double sample(RandomStream rng) {
    return value;
  }

  @Override
  public double mean() {
    return value;
  }

  @Override
  public double lowerBound() {
    return value;
  }

  @Override
  public String describe() {
    return "deterministic(value=" + value + ")";
  }
}
