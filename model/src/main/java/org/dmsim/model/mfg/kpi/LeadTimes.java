package org.dmsim.model.mfg.kpi;

import java.util.Map;
import org.dmsim.model.time.SimTime;

/**
 * Placement to delivery of the orders delivered, hours. The percentiles come from a histogram of
 * 15-minute cells and are the midpoint of the cell where the cumulative share reaches them.
 *
 * @param meanH mean; NaN when nothing was delivered
 * @param p50H  median cell midpoint
 * @param p95H  95th percentile cell midpoint
 * @param maxH  longest
 */
record LeadTimes(double meanH, double p50H, double p95H, double maxH) implements IndicatorGroup {

  static LeadTimes of(MetricTotals t) {
    return new LeadTimes(t.mean(Metrics.LEAD_TIME_MS) / SimTime.HOUR_MS,
        t.percentileCellMidMs(Metrics.LEAD_TIME_15MIN, 0.50) / SimTime.HOUR_MS,
        t.percentileCellMidMs(Metrics.LEAD_TIME_15MIN, 0.95) / SimTime.HOUR_MS,
        t.max(Metrics.LEAD_TIME_MS) / SimTime.HOUR_MS);
  }

  @Override
  public void putInto(Map<String, Double> values) {
    values.put("lead_time_mean_h", meanH);
    values.put("lead_time_p50_h", p50H);
    values.put("lead_time_p95_h", p95H);
    values.put("lead_time_max_h", maxH);
  }
}
