package org.dmsim.model.resilience;

import org.apache.commons.math3.util.FastMath;

/**
 * How one disruption shows in a run's performance curve: the pre-disruption baseline, the deepest
 * drop, the time to recover (after Simchi-Levi et al.'s time to recover) and the unmet demand while
 * recovering (after Bruneau et al. 2003's resilience triangle). Definitions, with formulas, in
 * {@code docs/metrics.md}; in short, with A the trailing moving average over units from
 * {@link PerformanceCurve#movingAverage} (warm-up days excluded), s the disruption's start day, E the
 * end of the assessed horizon and T = recoveredFraction × baseline:
 * <ul>
 *   <li>baseline = Σ served / Σ demand over days max(warm-up, s − baselineDays) … s − 1;</li>
 *   <li>maxDrop = max(0, baseline − min A[d] over s ≤ d &lt; E);</li>
 *   <li>f = the first day s ≤ d &lt; E with A[d] &lt; T; if there is none, the performance never dropped:
 *       recovery day r = s, time 0, loss 0. Otherwise r = the first day f &lt; d &lt; E with A[d] ≥ T,
 *       and when there is none r = E and the measure is censored;</li>
 *   <li>timeToRecoverDays = r − s;</li>
 *   <li>lossAreaUnitDays = Σ over s ≤ d &lt; r of max(0, baseline × demand[d] − servedOnTime[d]).</li>
 * </ul>
 * Only the first recovery counts: a relapse afterwards is not measured here; end the horizon at the next
 * disruption's start to keep disruptions apart.
 *
 * @param disruptionStartDay the day the disruption started, s
 * @param baseline           the pre-disruption served-demand ratio, from 0 to 1
 * @param maxDrop            baseline minus the lowest moving average from s on, from 0 to baseline (a
 *                           fraction of demand, not of the baseline)
 * @param timeToRecoverDays  r − s, days; 0 when the average never fell below T
 * @param censored           true when the average had not recovered by the end of the horizon; the time
 *                           is then a lower bound, the days from s to the end
 * @param lossAreaUnitDays   unmet demand below the baseline from s until recovery, in units (summed
 *                           daily shortfalls in units per day times one day each; "unit-days")
 */
public record ResilienceMeasures(int disruptionStartDay, double baseline, double maxDrop, int timeToRecoverDays,
    boolean censored, double lossAreaUnitDays) {

  public ResilienceMeasures {
    if (disruptionStartDay < 0 || timeToRecoverDays < 0) {
      throw new IllegalArgumentException("start day and time to recover must not be negative");
    }
    if (!(baseline >= 0 && baseline <= 1)) {
      throw new IllegalArgumentException("baseline must be from 0 to 1, got " + baseline);
    }
    if (!(maxDrop >= 0 && maxDrop <= baseline)) {
      throw new IllegalArgumentException("max drop must be from 0 to the baseline, got " + maxDrop);
    }
    if (!(lossAreaUnitDays >= 0) || Double.isInfinite(lossAreaUnitDays)) {
      throw new IllegalArgumentException("loss area must be finite and not negative, got " + lossAreaUnitDays);
    }
    if (censored && timeToRecoverDays == 0) {
      throw new IllegalArgumentException("a censored recovery has at least one day");
    }
  }

  /**
   * The thresholds the measures use.
   *
   * @param baselineDays      the longest pre-disruption window for the baseline, days; at least 1
   * @param averageDays       the moving average's window, days; at least 1
   * @param recoveredFraction the share of the baseline that counts as recovered, above 0 and at most 1
   */
  public record Criteria(int baselineDays, int averageDays, double recoveredFraction) {
    /** A 28-day baseline, a 7-day average, recovered at 95 % of the baseline (issue 4). */
    public static final Criteria DEFAULT = new Criteria(28, PerformanceCurve.WEEK_DAYS, 0.95);

    public Criteria {
      if (baselineDays < 1 || averageDays < 1) {
        throw new IllegalArgumentException("baseline and average windows must be at least one day");
      }
      if (!(recoveredFraction > 0 && recoveredFraction <= 1)) {
        throw new IllegalArgumentException("recovered fraction must be above 0 and at most 1, got "
            + recoveredFraction);
      }
    }
  }

  /** The measures with {@link Criteria#DEFAULT}, assessed to the end of the run. */
  public static ResilienceMeasures of(PerformanceCurve curve, int disruptionStartDay, int warmupDays) {
    return of(curve, disruptionStartDay, warmupDays, curve.days(), Criteria.DEFAULT);
  }

  /**
   * The measures of a disruption starting on {@code disruptionStartDay}, looking at days up to
   * {@code horizonEndDay} (exclusive; the end of the run, or the next disruption's start).
   *
   * @param warmupDays the days at the start of the run left out of the baseline and the moving average
   * @throws IllegalArgumentException when the start is not inside the horizon, the horizon is not inside
   *                                  the curve, or no demand fell due between the warm-up and the start
   *                                  (no baseline can be formed)
   */
  public static ResilienceMeasures of(PerformanceCurve curve, int disruptionStartDay, int warmupDays,
      int horizonEndDay, Criteria criteria) {
    int s = disruptionStartDay;
    if (warmupDays < 0) {
      throw new IllegalArgumentException("warm-up must not be negative, got " + warmupDays);
    }
    if (horizonEndDay > curve.days()) {
      throw new IllegalArgumentException("horizon end " + horizonEndDay + " is past the curve's " + curve.days()
          + " days");
    }
    if (s < 0 || s >= horizonEndDay) {
      throw new IllegalArgumentException("disruption start " + s + " must be a day before the horizon end "
          + horizonEndDay);
    }
    int from = FastMath.max(warmupDays, s - criteria.baselineDays());
    double demand = 0;
    double served = 0;
    for (int d = from; d < s; d++) {
      demand += curve.demandUnits(d);
      served += curve.servedOnTimeUnits(d);
    }
    if (!(demand > 0)) {
      throw new IllegalArgumentException("no demand fell due between the warm-up (" + warmupDays
          + " days) and the disruption start (day " + s + "): no baseline");
    }
    double baseline = served / demand;
    double threshold = criteria.recoveredFraction() * baseline;
    double[] average = curve.movingAverage(criteria.averageDays(), warmupDays);

    double lowest = Double.POSITIVE_INFINITY;
    int firstBelow = -1;
    int recovery = -1;
    for (int d = s; d < horizonEndDay; d++) {
      lowest = FastMath.min(lowest, average[d]);
      if (firstBelow < 0) {
        if (average[d] < threshold) {
          firstBelow = d;
        }
      } else if (recovery < 0 && average[d] >= threshold) {
        recovery = d;
      }
    }
    boolean censored = firstBelow >= 0 && recovery < 0;
    int recoveryDay = firstBelow < 0 ? s : censored ? horizonEndDay : recovery;

    double loss = 0;
    for (int d = s; d < recoveryDay; d++) {
      loss += FastMath.max(0, baseline * curve.demandUnits(d) - curve.servedOnTimeUnits(d));
    }
    double maxDrop = FastMath.max(0, baseline - lowest);
    return new ResilienceMeasures(s, baseline, maxDrop, recoveryDay - s, censored, loss);
  }
}
