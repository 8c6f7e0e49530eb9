package org.dmsim.model.mfg.kpi;

import org.dmsim.model.time.SimTime;

/**
 * The part of a run its indicators cover, {@code [warmupMs, horizonMs)}: durations behind rates and
 * time-based costs (days of fixed cost, years of holding, λ of Little's law) are its length, not the
 * horizon's.
 *
 * @param warmupMs  the start, ms; at least 0 and below the horizon
 * @param horizonMs the end of the run, ms
 */
record MeasuredInterval(long warmupMs, long horizonMs) {
  MeasuredInterval {
    if (warmupMs < 0 || warmupMs >= horizonMs) {
      throw new IllegalArgumentException("the warm-up must be from 0 to below the horizon ("
          + horizonMs + " ms), was " + warmupMs + " ms");
    }
  }

  /** Its length, ms. */
  long lengthMs() {
    return horizonMs - warmupMs;
  }

  /** Its length, days. */
  double days() {
    return (double) lengthMs() / SimTime.DAY_MS;
  }

  /** Its length, years of 365 days. */
  double years() {
    return days() / 365.0;
  }

  /** The days of the whole run, a last partial day included: the length of the daily series. */
  int runDays() {
    return (int) Math.ceil((double) horizonMs / SimTime.DAY_MS);
  }
}
