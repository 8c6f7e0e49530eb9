package org.dmsim.model.mfg.kpi;

import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.stats.BinnedSums;
import org.dmsim.model.time.SimTime;

/**
 * A run's delivered orders by lead time (placement to delivery) in cells of
 * {@link Metrics#LEAD_TIME_CELL_MS} (15 minutes): cell i counts the orders with a lead time in
 * [i, i+1) cells; the last cell also holds every longer one. The histogram behind the lead-time
 * percentiles of the indicators, summed over the run's entities in their order.
 *
 * @param orders orders per cell; may be empty (no delivery)
 */
public record LeadTimeHistogram(double[] orders) {
  public LeadTimeHistogram {
    orders = orders.clone();
  }

  /** A copy of the counts per cell. */
  @Override
  public double[] orders() {
    return orders.clone();
  }

  /** The width of one cell, hours. */
  public static double cellHours() {
    return (double) Metrics.LEAD_TIME_CELL_MS / SimTime.HOUR_MS;
  }

  /** The histogram of {@code run}. */
  public static LeadTimeHistogram of(RunResult run) {
    BinnedSums sums = new BinnedSums();
    for (EntityResult e : run.entities()) {
      for (MetricValue m : e.metrics()) {
        if (m.kind() == MetricValue.Kind.BINS && m.name().equals(Metrics.LEAD_TIME_15MIN)) {
          sums.merge(m.series(), m.count());
        }
      }
    }
    return new LeadTimeHistogram(sums.sums());
  }
}
