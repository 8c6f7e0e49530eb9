package org.dmsim.model.mfg.spec;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import org.dmsim.model.time.SimTime;

/**
 * When a node's machines work: the same daily window {@code [fromMs, toMs)} on the listed days of
 * the week. Simulated time 0 is a Monday, 00:00. Work that does not fit before the window closes
 * continues when it next opens.
 *
 * @param days   working days; at least one
 * @param fromMs start of the daily window, ms after midnight
 * @param toMs   end of the daily window, ms after midnight; after {@code fromMs}, at most 24 h
 */
public record ShiftCalendar(Set<DayOfWeek> days, long fromMs, long toMs) {
  /** Around the clock, every day. */
  public static final ShiftCalendar ALWAYS = new ShiftCalendar(EnumSet.allOf(DayOfWeek.class), 0, SimTime.DAY_MS);

  public ShiftCalendar {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("a shift calendar needs at least one working day");
    }
    days = Set.copyOf(EnumSet.copyOf(days));
    if (fromMs < 0 || toMs > SimTime.DAY_MS || fromMs >= toMs) {
      throw new IllegalArgumentException("a shift must start before it ends within one day, was "
          + SimTime.format(fromMs) + " to " + SimTime.format(toMs));
    }
  }

  /** Whether machines work at every instant. */
  public boolean alwaysOpen() {
    return days.size() == 7 && fromMs == 0 && toMs == SimTime.DAY_MS;
  }

  /** Working ms per week. */
  public long workingMsPerWeek() {
    return days.size() * (toMs - fromMs);
  }

  /** The instant at which {@code workMs} of working time, started at {@code startMs}, is done. */
  public long finish(long startMs, long workMs) {
    if (workMs < 0) {
      throw new IllegalArgumentException("work must not be negative: " + workMs);
    }
    if (workMs == 0 || alwaysOpen()) {
      return startMs + workMs;
    }
    long t = startMs;
    long left = workMs;
    long weeks = left / workingMsPerWeek();
    if (weeks > 1) {
      t += (weeks - 1) * SimTime.WEEK_MS;
      left -= (weeks - 1) * workingMsPerWeek();
    }
    while (true) {
      long dayStart = Math.floorDiv(t, SimTime.DAY_MS) * SimTime.DAY_MS;
      if (isWorkingDay(dayStart)) {
        long open = dayStart + fromMs;
        long close = dayStart + toMs;
        long from = Math.max(t, open);
        if (from < close) {
          if (from + left <= close) {
            return from + left;
          }
          left -= close - from;
        }
      }
      t = dayStart + SimTime.DAY_MS;
    }
  }

  /** Working ms in {@code [fromMsAbs, toMsAbs)}. */
  public long workBetween(long fromMsAbs, long toMsAbs) {
    if (toMsAbs <= fromMsAbs) {
      return 0;
    }
    if (alwaysOpen()) {
      return toMsAbs - fromMsAbs;
    }
    long sum = 0;
    long t = fromMsAbs;
    while (t < toMsAbs) {
      long dayStart = Math.floorDiv(t, SimTime.DAY_MS) * SimTime.DAY_MS;
      long dayEnd = dayStart + SimTime.DAY_MS;
      if (isWorkingDay(dayStart)) {
        long a = Math.max(t, dayStart + fromMs);
        long b = Math.min(toMsAbs, dayStart + toMs);
        if (b > a) {
          sum += b - a;
        }
      }
      t = dayEnd;
    }
    return sum;
  }

  private boolean isWorkingDay(long dayStartMs) {
    int dayIndex = (int) Math.floorMod(Math.floorDiv(dayStartMs, SimTime.DAY_MS), 7L);
    return days.contains(DayOfWeek.of(dayIndex + 1));
  }
}
