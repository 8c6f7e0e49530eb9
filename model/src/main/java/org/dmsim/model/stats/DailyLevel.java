package org.dmsim.model.stats;

import java.util.Arrays;
import org.dmsim.model.time.SimTime;

/** A time-weighted level that also keeps its time average per simulated day. Not thread-safe. */
public final class DailyLevel {
  private final TimeWeighted total = new TimeWeighted();
  private double[] dayAreaMs = new double[8];
  private double level;
  private long lastChangeMs;

  /** The level changes to {@code value} at {@code nowMs}; times must not go backwards. */
  public void set(long nowMs, double value) {
    total.set(nowMs, value);
    accumulate(nowMs);
    level = value;
  }

  private void accumulate(long toMs) {
    long t = lastChangeMs;
    while (t < toMs) {
      int day = (int) (t / SimTime.DAY_MS);
      long dayEnd = (day + 1L) * SimTime.DAY_MS;
      long segmentEnd = Math.min(dayEnd, toMs);
      if (day >= dayAreaMs.length) {
        dayAreaMs = Arrays.copyOf(dayAreaMs, Math.max(day + 1, dayAreaMs.length * 2));
      }
      dayAreaMs[day] += level * (segmentEnd - t);
      t = segmentEnd;
    }
    lastChangeMs = Math.max(lastChangeMs, toMs);
  }

  /**
   * Forgets the history before {@code atMs} (a warm-up): days before it average 0 (a day cut by it
   * counts only its part after it), and the overall average starts there.
   */
  public void restartAt(long atMs) {
    set(Math.max(atMs, lastChangeMs), level);
    total.restartAt(atMs);
    Arrays.fill(dayAreaMs, 0);
  }

  /** The current level. */
  public double level() {
    return level;
  }

  /** The time average over {@code [0, endMs)}. */
  public double average(long endMs) {
    return total.average(endMs);
  }

  /**
   * The average of each day that starts before {@code endMs} (not before the last change); the last
   * day may be partial. Reads only: the level's state does not change.
   */
  public double[] dayAverages(long endMs) {
    if (endMs < lastChangeMs) {
      throw new IllegalArgumentException("end " + endMs + " is before the last change " + lastChangeMs);
    }
    int days = (int) ((endMs + SimTime.DAY_MS - 1) / SimTime.DAY_MS);
    double[] out = new double[days];
    for (int d = 0; d < days; d++) {
      long dayStart = (long) d * SimTime.DAY_MS;
      long dayEnd = Math.min(dayStart + SimTime.DAY_MS, endMs);
      double area = d < dayAreaMs.length ? dayAreaMs[d] : 0;
      // The stretch from the last change to the end is not in dayAreaMs yet.
      long from = Math.max(dayStart, lastChangeMs);
      if (dayEnd > from) {
        area += level * (dayEnd - from);
      }
      out[d] = area / (dayEnd - dayStart);
    }
    return out;
  }
}
