package org.dmsim.model.mfg.kpi;

import java.util.Map;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;

/**
 * What the measured interval cost, EUR: production = unit cost per process step × units made (scrap
 * included); transport = lane cost per tonne-km × tonnes × km per shipment; holding = rate per year ×
 * time-average value of work in process and stock × measured years; fixed = each node's cost per day ×
 * measured days; lateness = penalty × unit-days late.
 *
 * @param productionEur          production
 * @param transportEur           transport
 * @param holdingEur             holding
 * @param fixedEur               fixed
 * @param latenessEur            lateness penalties
 * @param totalEur               the five added
 * @param productionPerUnitEur   production ÷ units made; NaN when none were made
 * @param perDeliveredUnitEur    total ÷ units delivered; NaN when none were delivered
 */
record Costs(double productionEur, double transportEur, double holdingEur, double fixedEur, double latenessEur,
    double totalEur, double productionPerUnitEur, double perDeliveredUnitEur) implements IndicatorGroup {

  static Costs of(MetricTotals t, ManufacturingSpec spec, MeasuredInterval interval) {
    double measuredDays = interval.days();
    double fixed = 0;
    for (NodeSpec n : spec.nodes()) {
      fixed += n.fixedCostEurPerDay() * measuredDays;
    }
    double holding = spec.costs().holdingRatePerYear()
        * (t.level(Metrics.WIP_VALUE_EUR) + t.level(Metrics.STOCK_VALUE_EUR)) * interval.years();
    double lateness = spec.costs().latenessPenaltyEurPerUnitDay() * t.total(Metrics.LATE_UNIT_DAYS);
    double production = t.total(Metrics.PRODUCTION_COST_EUR);
    double transport = t.total(Metrics.TRANSPORT_COST_EUR);
    double made = t.count(Metrics.MADE_UNITS);
    double delivered = t.count(Metrics.DELIVERED_UNITS);
    double total = production + transport + holding + fixed + lateness;
    return new Costs(production, transport, holding, fixed, lateness, total,
        made == 0 ? Double.NaN : production / made, delivered == 0 ? Double.NaN : total / delivered);
  }

  @Override
  public void putInto(Map<String, Double> values) {
    values.put("production_cost_eur", productionEur);
    values.put("transport_cost_eur", transportEur);
    values.put("holding_cost_eur", holdingEur);
    values.put("fixed_cost_eur", fixedEur);
    values.put("lateness_penalty_eur", latenessEur);
    values.put("total_cost_eur", totalEur);
    values.put("production_cost_per_unit_eur", productionPerUnitEur);
    values.put("cost_per_delivered_unit_eur", perDeliveredUnitEur);
  }
}
