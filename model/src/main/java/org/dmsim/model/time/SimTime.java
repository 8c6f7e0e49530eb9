package org.dmsim.model.time;

/**
 * Constants and formatting for simulated time, which is a {@code long} count of milliseconds since
 * the start of a run. Exact integer time gives exact ties and no drift in {@code t + delay}.
 */
public final class SimTime {
  /** Milliseconds in one second. */
  public static final long SECOND_MS = 1_000L;
  /** Milliseconds in one minute. */
  public static final long MINUTE_MS = 60 * SECOND_MS;
  /** Milliseconds in one hour. */
  public static final long HOUR_MS = 60 * MINUTE_MS;
  /** Milliseconds in one day. */
  public static final long DAY_MS = 24 * HOUR_MS;
  /** Milliseconds in one week. */
  public static final long WEEK_MS = 7 * DAY_MS;
  /** The latest time an event can have: 2^47 - 1 ms, about 4,400 years. */
  public static final long LATEST_MS = (1L << 47) - 1;
  /** A time later than every real event; the next-event time of an entity with nothing scheduled. */
  public static final long NEVER = Long.MAX_VALUE;

  private SimTime() {}

  /**
   * A drawn or computed duration rounded to whole ms, at most {@link #LATEST_MS}: a random draw from a
   * long-tailed distribution (or a huge job) may exceed the time a run can hold, and then means "not
   * within this run" rather than overflowing the sums it enters. Below the cap it is {@link Math#round}.
   */
  public static long roundedDelayMs(double ms) {
    return Math.min(Math.round(ms), LATEST_MS);
  }

  /** Converts milliseconds to days as a {@code double}, for reporting only. */
  public static double toDays(long ms) {
    return ms / (double) DAY_MS;
  }

  /** Converts milliseconds to hours as a {@code double}, for reporting only. */
  public static double toHours(long ms) {
    return ms / (double) HOUR_MS;
  }

  /** Renders a time or duration in the largest unit that divides it exactly, e.g. {@code 36h}, {@code 90s}. */
  public static String format(long ms) {
    if (ms == NEVER) {
      return "never";
    }
    return Durations.format(ms);
  }
}
