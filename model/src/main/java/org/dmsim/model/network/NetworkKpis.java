package org.dmsim.model.network;

import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;

/**
 * The headline indicators of one run of a network, computed from its entities' metrics.
 *
 * @param orders             orders placed
 * @param delivered          orders delivered
 * @param meanLeadTimeHours  mean placement-to-delivery time of delivered orders, hours
 * @param onTimeFillRate     share of orders due within the run that were delivered by their due date
 * @param machineUtilization mean over machines of the time-average busy fraction
 */
public record NetworkKpis(long orders, long delivered, double meanLeadTimeHours, double onTimeFillRate,
    double machineUtilization) {

  /** Computes the indicators of {@code run}. */
  public static NetworkKpis of(RunResult run) {
    long orders = 0;
    long due = 0;
    long delivered = 0;
    long onTime = 0;
    double leadTimeSumMs = 0;
    long leadTimeCount = 0;
    double busySum = 0;
    int machines = 0;
    for (EntityResult e : run.entities()) {
      for (MetricValue m : e.metrics()) {
        switch (m.name()) {
          case Kpi.ORDERS -> orders += m.count();
          case Kpi.ORDERS_DUE -> due += m.count();
          case Kpi.DELIVERED -> delivered += m.count();
          case Kpi.DELIVERED_ON_TIME_DUE -> onTime += m.count();
          case Kpi.LEAD_TIME_MS -> {
            leadTimeSumMs += m.mean() * m.count();
            leadTimeCount += m.count();
          }
          case Kpi.BUSY -> {
            busySum += m.mean();
            machines++;
          }
          default -> { }
        }
      }
    }
    double meanLeadHours = leadTimeCount == 0 ? Double.NaN : leadTimeSumMs / leadTimeCount / SimTime.HOUR_MS;
    return new NetworkKpis(orders, delivered, meanLeadHours, due == 0 ? Double.NaN : (double) onTime / due,
        machines == 0 ? Double.NaN : busySum / machines);
  }
}
