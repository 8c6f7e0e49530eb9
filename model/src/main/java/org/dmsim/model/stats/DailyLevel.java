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

  /** The current level. */
  public double level() {
    return level;
  }

  /** The time average over {@code [0, endMs)}. */
  public double average(long endMs) {
    return total.average(endMs);
  }

  /** The average of each day that starts before {@code endMs}; the last day may be partial. */
  public double[] dayAverages(long endMs) {
    accumulate(endMs);
    int days = (int) ((endMs + SimTime.DAY_MS - 1) / SimTime.DAY_MS);
    double[] out = new double[days];
    for (int d = 0; d < days; d++) {
      long length = Math.min(SimTime.DAY_MS, endMs - (long) d * SimTime.DAY_MS);
      out[d] = (d < dayAreaMs.length ? dayAreaMs[d] : 0) / length;
    }
    return out;
  }
}
