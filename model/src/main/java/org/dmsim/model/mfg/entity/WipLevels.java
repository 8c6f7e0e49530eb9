package org.dmsim.model.mfg.entity;

import java.util.List;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.spec.Product;

/**
 * A production node's work-in-process levels as it records them: customer units awaiting material,
 * queued and in process, replenishment units in work, and the value of all work in process (EUR).
 */
final class WipLevels {
  private final List<Product> products;
  private final long[] levelUnits = new long[3];
  private long replenishmentUnits;
  private double wipValue;

  WipLevels(List<Product> products) {
    this.products = products;
  }

  void start(SimContext ctx) {
    ctx.record(Observation.level(Metrics.AWAITING_MATERIAL_UNITS, 0));
    ctx.record(Observation.level(Metrics.QUEUED_UNITS, 0));
    ctx.record(Observation.level(Metrics.IN_PROCESS_UNITS, 0));
    ctx.record(Observation.level(Metrics.WIP_VALUE_EUR, 0));
  }

  /** Adds {@code delta} units of customer job {@code job} to the level of {@code state}; replenishment jobs do not count. */
  void changeUnits(ProductionJob job, int state, long delta, SimContext ctx) {
    if (job.order == null) {
      return;
    }
    levelUnits[state] += delta;
    String metric = state == ProductionJob.MATERIAL ? Metrics.AWAITING_MATERIAL_UNITS
        : state == ProductionJob.QUEUED ? Metrics.QUEUED_UNITS : Metrics.IN_PROCESS_UNITS;
    ctx.record(Observation.level(metric, levelUnits[state]));
  }

  void changeReplenishment(long delta, SimContext ctx) {
    replenishmentUnits += delta;
    ctx.record(Observation.level(Metrics.REPLENISHMENT_WIP_UNITS, replenishmentUnits));
  }

  /** Adds ({@code sign} 1) or removes (−1) the value of {@code job}. */
  void addValue(ProductionJob job, int sign, SimContext ctx) {
    wipValue += sign * job.units * products.get(job.product).valueEur();
    ctx.record(Observation.level(Metrics.WIP_VALUE_EUR, Math.abs(wipValue) < 1e-9 ? 0 : wipValue));
  }
}
