package org.dmsim.model.stats;

/**
 * The time average of a piecewise-constant level (busy machines, queue length, stock) from time 0:
 * the integral of the level over simulated time divided by the elapsed time. Not thread-safe.
 */
public final class TimeWeighted {
  private double level;
  private long lastChangeMs;
  private double areaMs;
  private long originMs;

  /** The level changes to {@code value} at {@code nowMs}; times must not go backwards. */
  public void set(long nowMs, double value) {
    if (nowMs < lastChangeMs) {
      throw new IllegalArgumentException("time went backwards: " + nowMs + " < " + lastChangeMs);
    }
    areaMs += level * (nowMs - lastChangeMs);
    lastChangeMs = nowMs;
    level = value;
  }

  /**
   * Forgets the history before {@code atMs}: from now on the average covers {@code [atMs, end)}, starting
   * from the current level (used to exclude a warm-up period).
   */
  public void restartAt(long atMs) {
    set(Math.max(atMs, lastChangeMs), level);
    areaMs = 0;
    originMs = atMs;
    lastChangeMs = Math.max(atMs, lastChangeMs);
  }

  /** The current level. */
  public double level() {
    return level;
  }

  /**
   * The average level over {@code [0, endMs)}, or over {@code [restart, endMs)} after {@link #restartAt};
   * the current level if that span is empty.
   */
  public double average(long endMs) {
    if (endMs <= originMs) {
      return level;
    }
    double area = areaMs + level * Math.max(0, endMs - lastChangeMs);
    return area / (endMs - originMs);
  }
}
