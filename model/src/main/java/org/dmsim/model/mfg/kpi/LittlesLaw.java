package org.dmsim.model.mfg.kpi;

import java.util.Map;

/**
 * Both sides of Little's law L = λW for customer orders over the measured interval (Little 1961): L is
 * the time-average number of open orders, λ the orders placed in the interval ÷ its length, W the mean
 * time in system (placement to delivery or loss) of the orders that ended in it. They agree up to the
 * orders open at the interval's edges; a gap beyond that points at a defect in the bookkeeping.
 *
 * @param lOrders       L, orders
 * @param lambdaWOrders λW, orders
 */
record LittlesLaw(double lOrders, double lambdaWOrders) implements IndicatorGroup {

  static LittlesLaw of(MetricTotals t, MeasuredInterval interval) {
    double ordersPlaced = t.count(Metrics.ORDERS);
    return new LittlesLaw(t.level(Metrics.OPEN_ORDERS),
        ordersPlaced / interval.lengthMs() * t.mean(Metrics.TIME_IN_SYSTEM_MS));
  }

  @Override
  public void putInto(Map<String, Double> values) {
    values.put("little_l_orders", lOrders);
    values.put("little_lambda_w_orders", lambdaWOrders);
  }
}
