package org.dmsim.model.mfg.kpi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run day by day, one value per simulated day of the whole run (warm-up days included, so that
 * day {@code d} is always index {@code d}): the fill rate by due day, units due and on time by due
 * day, backlog and stock (daily time averages), throughput and lost units.
 *
 * @param byName the series by name: {@code fill_rate} (on-time units ÷ units due, NaN on a day with
 *               none due), {@code due_units}, {@code on_time_units}, {@code backlog_units},
 *               {@code stock_units}, {@code throughput_units}, {@code lost_units}
 */
record DailySeries(Map<String, double[]> byName) {
  DailySeries {
    byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
  }

  static DailySeries of(MetricTotals t, MeasuredInterval interval) {
    int dayCount = interval.runDays();
    Map<String, double[]> daily = new LinkedHashMap<>();
    double[] fill = new double[dayCount];
    double[] due = t.series(Metrics.DUE_UNITS_BY_DAY, dayCount);
    double[] onTime = t.series(Metrics.ON_TIME_UNITS_BY_DUE_DAY, dayCount);
    for (int d = 0; d < dayCount; d++) {
      fill[d] = due[d] == 0 ? Double.NaN : onTime[d] / due[d];
    }
    daily.put("fill_rate", fill);
    daily.put("due_units", due);
    daily.put("on_time_units", onTime);
    daily.put("backlog_units", t.series(Metrics.BACKLOG_UNITS, dayCount));
    daily.put("stock_units", t.series(Metrics.STOCK_UNITS, dayCount));
    daily.put("throughput_units", t.series(Metrics.DELIVERED_UNITS_BY_DAY, dayCount));
    daily.put("lost_units", t.series(Metrics.LOST_UNITS_BY_DAY, dayCount));
    return new DailySeries(daily);
  }
}
