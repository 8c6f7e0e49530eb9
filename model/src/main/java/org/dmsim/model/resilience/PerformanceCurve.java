package org.dmsim.model.resilience;

import java.util.Arrays;

/**
 * A run's daily performance: the units that fell due each day and how many of those were delivered on
 * time, with the served-demand ratio derived from them. Day d is [d, d+1) days of simulated time from
 * the start of the run. Immutable.
 *
 * <p>Ratios are fractions from 0 to 1. A day or window in which no demand fell due has no ratio of its
 * own: it carries the previous day's value (nothing was due, so nothing changed), and is 1 when no
 * earlier day in the series had one (nothing was due, so nothing was late). Carrying, rather than
 * reading 1, keeps a demand-free weekend inside an outage from looking like a recovery.
 */
public final class PerformanceCurve {
  /** The length of the moving average the resilience measures use, days. */
  public static final int WEEK_DAYS = 7;

  private final double[] demandUnits;
  private final double[] servedOnTimeUnits;

  private PerformanceCurve(double[] demandUnits, double[] servedOnTimeUnits) {
    this.demandUnits = demandUnits;
    this.servedOnTimeUnits = servedOnTimeUnits;
  }

  /**
   * A curve from per-day counts (both arrays are copied).
   *
   * @param demandUnits       units due on day d; finite, zero or positive
   * @param servedOnTimeUnits units of those delivered by their due date; finite, from 0 to demandUnits[d]
   * @throws IllegalArgumentException when the arrays are empty, differ in length or break the bounds
   */
  public static PerformanceCurve of(double[] demandUnits, double[] servedOnTimeUnits) {
    if (demandUnits.length != servedOnTimeUnits.length) {
      throw new IllegalArgumentException("demand has " + demandUnits.length + " days but served has "
          + servedOnTimeUnits.length);
    }
    if (demandUnits.length == 0) {
      throw new IllegalArgumentException("a performance curve needs at least one day");
    }
    for (int d = 0; d < demandUnits.length; d++) {
      double demand = demandUnits[d];
      double served = servedOnTimeUnits[d];
      if (!(demand >= 0) || Double.isInfinite(demand)) {
        throw new IllegalArgumentException("day " + d + ": demand must be finite and not negative, got " + demand);
      }
      if (!(served >= 0 && served <= demand)) {
        throw new IllegalArgumentException("day " + d + ": served on time must be from 0 to the demand " + demand
            + ", got " + served);
      }
    }
    return new PerformanceCurve(demandUnits.clone(), servedOnTimeUnits.clone());
  }

  /** The number of days. */
  public int days() {
    return demandUnits.length;
  }

  /** Units due on {@code day}. */
  public double demandUnits(int day) {
    return demandUnits[day];
  }

  /** Units due on {@code day} that were delivered on time. */
  public double servedOnTimeUnits(int day) {
    return servedOnTimeUnits[day];
  }

  /** The daily served-demand ratio, served on time / demand, with the zero-demand rule of this class. */
  public double[] servedDemandRatio() {
    return movingAverage(1, 0);
  }

  /** The trailing {@value #WEEK_DAYS}-day moving average over the whole run: {@code movingAverage(7, 0)}. */
  public double[] weeklyAverage() {
    return movingAverage(WEEK_DAYS, 0);
  }

  /**
   * The trailing moving average of the served-demand ratio, taken over units: for day d, the units
   * served on time over days max(firstDay, d − windowDays + 1) … d divided by the units due over the
   * same days. Days with more demand weigh more, unlike an average of daily ratios. The window is
   * shorter for the first windowDays − 1 days from {@code firstDay}; days before {@code firstDay} (a
   * warm-up) are NaN and never enter a window. A window with no demand follows the zero-demand rule.
   *
   * @param windowDays at least 1
   * @param firstDay   the first day counted, from 0 to {@link #days()}
   */
  public double[] movingAverage(int windowDays, int firstDay) {
    if (windowDays < 1) {
      throw new IllegalArgumentException("window must be at least one day, got " + windowDays);
    }
    if (firstDay < 0 || firstDay > days()) {
      throw new IllegalArgumentException("first day must be from 0 to " + days() + ", got " + firstDay);
    }
    double[] average = new double[days()];
    Arrays.fill(average, 0, firstDay, Double.NaN);
    double previous = 1;
    for (int d = firstDay; d < days(); d++) {
      // Summed afresh per window, not slid: a sliding sum would carry rounding from day to day.
      double demand = 0;
      double served = 0;
      for (int w = Math.max(firstDay, d - windowDays + 1); w <= d; w++) {
        demand += demandUnits[w];
        served += servedOnTimeUnits[w];
      }
      if (demand > 0) {
        previous = served / demand;
      }
      average[d] = previous;
    }
    return average;
  }
}
