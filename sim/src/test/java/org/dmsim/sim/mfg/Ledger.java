package org.dmsim.sim.mfg;

import java.util.TreeMap;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;

/** Totals of a run's counters and final levels over all entities, for conservation checks. */
final class Ledger {
  private final TreeMap<String, Double> counters = new TreeMap<>();
  private final TreeMap<String, Double> finals = new TreeMap<>();

  Ledger(RunResult run) {
    for (EntityResult e : run.entities()) {
      for (MetricValue m : e.metrics()) {
        switch (m.kind()) {
          case COUNTER -> counters.merge(m.name(), (double) m.count(), Double::sum);
          case LEVEL, DAILY -> finals.merge(m.name(), m.max(), Double::sum);
          default -> { }
        }
      }
    }
  }

  double count(String metric) {
    return counters.getOrDefault(metric, 0.0);
  }

  double end(String metric) {
    return finals.getOrDefault(metric, 0.0);
  }

  /** Customer units neither delivered nor lost, by the regions' own books. */
  double openAtRegions() {
    return end(Metrics.BACKLOG_UNITS);
  }

  /** Where the open customer units are, by the holders' books and the messages still on their way. */
  double openInPipeline() {
    double toPlatform = count(Metrics.ORDERED_UNITS) - count(Metrics.PLATFORM_RECEIVED_UNITS);
    double toSites = count(Metrics.ASSIGNED_UNITS) - count(Metrics.RECEIVED_UNITS);
    double lostNotYetConfirmed = count(Metrics.PLATFORM_LOST_UNITS) + count(Metrics.CANCELLED_UNITS)
        - count(Metrics.LOST_UNITS);
    double atSites = end(Metrics.AWAITING_MATERIAL_UNITS) + end(Metrics.QUEUED_UNITS) + end(Metrics.IN_PROCESS_UNITS)
        + end(Metrics.AWAITING_SHIPMENT_UNITS) + end(Metrics.BACKORDERED_UNITS);
    return toPlatform + end(Metrics.PENDING_UNITS) + toSites + atSites + end(Metrics.IN_TRANSIT_UNITS)
        + lostNotYetConfirmed;
  }

  /** Replenishment units ordered by distribution centres and not yet received, by the pipeline's books. */
  double replenishmentInPipeline() {
    return count(Metrics.STOCK_ORDERED_UNITS) - count(Metrics.REPLENISHMENT_RECEIVED_UNITS)
        + end(Metrics.REPLENISHMENT_WIP_UNITS) + end(Metrics.IN_TRANSIT_STOCK_UNITS);
  }
}
