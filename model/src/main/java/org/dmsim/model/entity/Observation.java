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

  /**
   * Adds {@code amount} to bin {@code bin} of a binned sum: a histogram ({@code bin} = cell) or, with
   * {@code byDay}, a daily series ({@code bin} = day of simulated time). A warm-up forgets a histogram
   * entirely but keeps a daily series' days from the warm-up on, even if recorded before it (units
   * counted on their due day when the order is placed).
   */
  record Binned(String metric, int bin, double amount, boolean byDay) implements Observation {
    /** The largest bin index accepted. */
    public static final int MAX_BIN = 1 << 20;

    public Binned {
      Objects.requireNonNull(metric, "metric");
      if (bin < 0 || bin > MAX_BIN) {
        throw new IllegalArgumentException("bin of " + metric + " must be from 0 to " + MAX_BIN + ": " + bin);
      }
      if (!Double.isFinite(amount)) {
        throw new IllegalArgumentException("amount of " + metric + " must be finite: " + amount);
      }
    }

    /** A histogram entry. */
    public Binned(String metric, int bin, double amount) {
      this(metric, bin, amount, false);
    }
  }

  /** Adds {@code amount} to day {@code day} of the daily series {@code metric}. */
  static Binned byDay(String metric, int day, double amount) {
    return new Binned(metric, day, amount, true);
  }

  /** Like {@link Level}, also averaged per simulated day. */
  record Daily(String metric, double value) implements Observation {
    public Daily {
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
