package org.dmsim.model.mfg.kpi;

import java.util.Map;

/**
 * How well customers were served: orders and units ordered and delivered, the on-time fill rate and
 * OTIF (from the series by due day, so that a warm-up leaves out the same orders on both sides of the
 * ratio), lost sales and the backlog.
 *
 * @param orders          orders placed
 * @param orderedUnits    units ordered
 * @param deliveredUnits  units delivered
 * @param onTimeFillRate  units delivered by their due date ÷ units due; NaN when none were due
 * @param otif            orders delivered in full by their due date ÷ orders due; NaN when none were due
 * @param lostUnits       units lost (the customer's patience ran out)
 * @param lostRate        units lost ÷ units ordered; NaN when none were ordered
 * @param backlogUnitsEnd units ordered and neither delivered nor lost at the end
 * @param backlogUnitsMean time average of the same
 */
record ServiceLevel(double orders, double orderedUnits, double deliveredUnits, double onTimeFillRate, double otif,
    double lostUnits, double lostRate, double backlogUnitsEnd, double backlogUnitsMean) implements IndicatorGroup {

  static ServiceLevel of(MetricTotals t) {
    return new ServiceLevel(t.count(Metrics.ORDERS), t.count(Metrics.ORDERED_UNITS), t.count(Metrics.DELIVERED_UNITS),
        IndicatorGroup.ratio(t.seriesTotal(Metrics.ON_TIME_UNITS_BY_DUE_DAY), t.seriesTotal(Metrics.DUE_UNITS_BY_DAY)),
        IndicatorGroup.ratio(t.seriesTotal(Metrics.ON_TIME_ORDERS_BY_DUE_DAY), t.seriesTotal(Metrics.DUE_ORDERS_BY_DAY)),
        t.count(Metrics.LOST_UNITS), IndicatorGroup.ratio(t.count(Metrics.LOST_UNITS), t.count(Metrics.ORDERED_UNITS)),
        t.finalLevel(Metrics.BACKLOG_UNITS), t.level(Metrics.BACKLOG_UNITS));
  }

  @Override
  public void putInto(Map<String, Double> values) {
    values.put("orders", orders);
    values.put("ordered_units", orderedUnits);
    values.put("delivered_units", deliveredUnits);
    values.put("on_time_fill_rate", onTimeFillRate);
    values.put("otif", otif);
    values.put("lost_sales_units", lostUnits);
    values.put("lost_sales_rate", lostRate);
    values.put("backlog_units_end", backlogUnitsEnd);
    values.put("backlog_units_mean", backlogUnitsMean);
  }
}
