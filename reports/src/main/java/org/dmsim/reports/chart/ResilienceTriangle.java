package org.dmsim.reports.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dmsim.model.resilience.PerformanceCurve;
import org.dmsim.model.resilience.ResilienceMeasures;

/**
 * One variant's resilience triangle for one disruption, with the definitions the indicators use
 * ({@link ResilienceMeasures#of}, default criteria; {@code docs/metrics.md}): the curve is the pooled
 * curve of every replication (units due and served on time summed day by day, so each day's share is the
 * unit-weighted mean over replications), its measures are computed on that curve, and each replication's
 * own measures are counted too, so a censored recovery shows as such even when the pooled curve
 * recovers.
 *
 * @param variant               the variant
 * @param dailyShare            the pooled on-time share of units due per day (the zero-demand rule of
 *                              {@link PerformanceCurve}), from day 0
 * @param movingAverage         the trailing average the recovery is judged on, per day; NaN before the
 *                              warm-up
 * @param measures              the measures of the pooled curve
 * @param horizonEndDay         the end of the assessed horizon (exclusive): the next disruption's start or
 *                              the end of the run
 * @param censoredReplications  replications whose own recovery was censored
 * @param meanTimeToRecoverDays mean over replications of their own time to recover, days (a lower bound when
 *                              any is censored)
 * @param replications          replications measured
 */
public record ResilienceTriangle(String variant, double[] dailyShare, double[] movingAverage,
    ResilienceMeasures measures, int horizonEndDay, int censoredReplications, double meanTimeToRecoverDays,
    int replications) {
  public ResilienceTriangle {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(measures, "measures");
    dailyShare = dailyShare.clone();
    movingAverage = movingAverage.clone();
  }

  /** A copy of the daily share. */
  @Override
  public double[] dailyShare() {
    return dailyShare.clone();
  }

  /** A copy of the moving average. */
  @Override
  public double[] movingAverage() {
    return movingAverage.clone();
  }

  /** The day the measures count as recovered: start + time to recover (the horizon end when censored). */
  public int recoveryDay() {
    return measures.disruptionStartDay() + measures.timeToRecoverDays();
  }

  /**
   * The triangle of the disruption starting on {@code startDay}, or empty when no baseline can be formed
   * (no demand due between the warm-up and the start) or the start is outside the curve.
   *
   * @param dueUnits      per replication, units due per day (as {@code due_units})
   * @param onTimeUnits   per replication, units of those served on time (as {@code on_time_units})
   * @param horizonEndDay the next disruption's start day, or anything past the end for the end of the run
   * @param warmupDays    days left out of the baseline and the average; as in the indicators, a disruption
   *                      must start after the warm-up to be measured
   */
  public static Optional<ResilienceTriangle> of(String variant, List<double[]> dueUnits, List<double[]> onTimeUnits,
      int startDay, int horizonEndDay, int warmupDays) {
    if (dueUnits.size() != onTimeUnits.size() || dueUnits.isEmpty()) {
      return Optional.empty();
    }
    int days = dueUnits.stream().mapToInt(a -> a.length).max().orElse(0);
    double[] due = new double[days];
    double[] served = new double[days];
    List<PerformanceCurve> curves = new ArrayList<>();
    for (int r = 0; r < dueUnits.size(); r++) {
      double[] d = dueUnits.get(r);
      double[] s = onTimeUnits.get(r);
      if (d.length != s.length) {
        return Optional.empty();
      }
      for (int i = 0; i < d.length; i++) {
        due[i] += d[i];
        served[i] += s[i];
      }
      curves.add(PerformanceCurve.of(d, s));
    }
    int end = Math.min(horizonEndDay, days);
    if (startDay <= warmupDays || startDay >= end) {
      return Optional.empty();
    }
    PerformanceCurve pooled = PerformanceCurve.of(due, served);
    ResilienceMeasures measures;
    try {
      measures = ResilienceMeasures.of(pooled, startDay, warmupDays, end, ResilienceMeasures.Criteria.DEFAULT);
    } catch (IllegalArgumentException noBaseline) {
      return Optional.empty();
    }
    int censored = 0;
    double timeSum = 0;
    int measured = 0;
    for (PerformanceCurve c : curves) {
      int e = Math.min(end, c.days());
      try {
        ResilienceMeasures m = ResilienceMeasures.of(c, startDay, warmupDays, e, ResilienceMeasures.Criteria.DEFAULT);
        censored += m.censored() ? 1 : 0;
        timeSum += m.timeToRecoverDays();
        measured++;
      } catch (IllegalArgumentException noBaseline) {
        // a replication without a baseline is not measured, as in the indicators
      }
    }
    double[] average = pooled.movingAverage(ResilienceMeasures.Criteria.DEFAULT.averageDays(), warmupDays);
    double[] share = pooled.servedDemandRatio();
    return Optional.of(new ResilienceTriangle(variant, share, average, measures, end, censored,
        measured == 0 ? Double.NaN : timeSum / measured, measured));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResilienceTriangle t && variant.equals(t.variant) && Arrays.equals(dailyShare, t.dailyShare)
        && Arrays.equals(movingAverage, t.movingAverage) && measures.equals(t.measures)
        && horizonEndDay == t.horizonEndDay && censoredReplications == t.censoredReplications
        && Double.compare(meanTimeToRecoverDays, t.meanTimeToRecoverDays) == 0 && replications == t.replications;
  }

  @Override
  public int hashCode() {
    return Objects.hash(variant, Arrays.hashCode(dailyShare), measures, horizonEndDay, censoredReplications);
  }

  @Override
  public String toString() {
    return "ResilienceTriangle[" + variant + " " + measures + " censored " + censoredReplications + "/" + replications
        + "]";
  }
}
