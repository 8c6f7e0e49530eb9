package org.dmsim.model.mfg.kpi;

import java.util.Map;

/**
 * What the network holds on average: customer units in work (waiting for material or a machine, on a
 * machine, and replenishment units in production), units in stock, and the units scrapped.
 *
 * @param wipUnitsMean   time average of work in process, units
 * @param stockUnitsMean time average of stock on hand at distribution centres, units
 * @param scrappedUnits  units scrapped (and remade)
 */
record Holdings(double wipUnitsMean, double stockUnitsMean, double scrappedUnits) implements IndicatorGroup {

  static Holdings of(MetricTotals t) {
    return new Holdings(t.level(Metrics.QUEUED_UNITS) + t.level(Metrics.IN_PROCESS_UNITS)
        + t.level(Metrics.AWAITING_MATERIAL_UNITS) + t.level(Metrics.REPLENISHMENT_WIP_UNITS),
        t.level(Metrics.STOCK_UNITS), t.count(Metrics.SCRAPPED_UNITS));
  }

  @Override
  public void putInto(Map<String, Double> values) {
    values.put("wip_units_mean", wipUnitsMean);
    values.put("stock_units_mean", stockUnitsMean);
    values.put("scrapped_units", scrappedUnits);
  }
}
