package org.dmsim.model.stats;

/**
 * The time average of a piecewise-constant level (busy machines, queue length, stock) from time 0:
 * the integral of the level over simulated time divided by the elapsed time. Not thread-safe.
 */
public final class TimeWeighted {
  private double level;
  private long lastChangeMs;
  private double areaMs;

  /** The level changes to {@code value} at {@code nowMs}; times must not go backwards. */
  public void set(long nowMs, double value) {
    if (nowMs < lastChangeMs) {
      throw new IllegalArgumentException("time went backwards: " + nowMs + " < " + lastChangeMs);
    }
    areaMs += level * (nowMs - lastChangeMs);
    lastChangeMs = nowMs;
    level = value;
  }

  /** The current level. */
  public double level() {
    return level;
  }

  /** The average level over {@code [0, endMs)}; the current level if {@code endMs} is 0. */
  public double average(long endMs) {
    if (endMs <= 0) {
      return level;
    }
    double area = areaMs + level * Math.max(0, endMs - lastChangeMs);
    return area / endMs;
  }
}
