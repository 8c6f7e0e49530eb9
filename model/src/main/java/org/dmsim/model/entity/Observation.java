package org.dmsim.model.entity;

import java.util.Objects;

/**
 * A statistic an entity records through {@link SimContext#record}: a count, a sample of a tallied
 * quantity, or a new level of a time-weighted quantity. Metric names carry their unit
 * ({@code lead-time-ms}, {@code busy-machines}).
 */
public sealed interface Observation {
  /** The metric's name, with its unit. */
  String metric();

  /** Adds {@code amount} to a counter. */
  record Count(String metric, long amount) implements Observation {
    public Count {
      Objects.requireNonNull(metric, "metric");
    }
  }

  /** One sample of a tallied quantity (mean, variance, min, max over samples). */
  record Sample(String metric, double value) implements Observation {
    public Sample {
      Objects.requireNonNull(metric, "metric");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("sample of " + metric + " must be finite: " + value);
      }
    }
  }

  /** A time-weighted quantity changes to {@code value} now (averaged over simulated time). */
  record Level(String metric, double value) implements Observation {
    public Level {
      Objects.requireNonNull(metric, "metric");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("level of " + metric + " must be finite: " + value);
      }
    }
  }

  /** Shorthand for a count of one. */
  static Count count(String metric) {
    return new Count(metric, 1);
  }

  /** Shorthand for a sample. */
  static Sample sample(String metric, double value) {
    return new Sample(metric, value);
  }

  /** Shorthand for a level change. */
  static Level level(String metric, double value) {
    return new Level(metric, value);
  }
}
