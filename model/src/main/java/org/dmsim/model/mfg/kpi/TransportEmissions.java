package org.dmsim.model.mfg.kpi;

import java.util.Map;

/**
 * Greenhouse gases of transport, kg CO2e (lane factor per tonne-km × tonnes × km per shipment), and
 * the shipments that emitted them.
 *
 * @param co2eKg        all shipments
 * @param co2ePerUnitKg per unit delivered; NaN when none were delivered
 * @param shipments     shipments dispatched
 */
record TransportEmissions(double co2eKg, double co2ePerUnitKg, double shipments) implements IndicatorGroup {

  static TransportEmissions of(MetricTotals t) {
    double co2 = t.total(Metrics.TRANSPORT_CO2_KG);
    double delivered = t.count(Metrics.DELIVERED_UNITS);
    return new TransportEmissions(co2, delivered == 0 ? Double.NaN : co2 / delivered, t.count(Metrics.SHIPMENTS));
  }

  @Override
  public void putInto(Map<String, Double> values) {
    values.put("transport_co2e_kg", co2eKg);
    values.put("transport_co2e_per_unit_kg", co2ePerUnitKg);
    values.put("shipments", shipments);
  }
}
