package org.dmsim.model.mfg.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.dmsim.model.mfg.kpi.KpiRuns.counter;
import static org.dmsim.model.mfg.kpi.KpiRuns.entity;
import static org.dmsim.model.mfg.kpi.KpiRuns.level;
import static org.dmsim.model.mfg.kpi.KpiRuns.run;
import static org.dmsim.model.mfg.kpi.KpiRuns.tally;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dmsim.model.mfg.spec.CostSpec;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.MfgSpecs;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;

/** Each group of indicators, on hand-made totals. */
class IndicatorGroupsTest {
  private static final long DAY = SimTime.DAY_MS;

  @Test
  void measuredInterval_lengthInDaysAndYears_leavesOutTheWarmup() {
    MeasuredInterval i = new MeasuredInterval(73 * DAY, 438 * DAY);
    assertThat(i.lengthMs()).isEqualTo(365 * DAY);
    assertThat(i.days()).isEqualTo(365.0);
    assertThat(i.years()).isEqualTo(1.0);
    assertThat(new MeasuredInterval(0, DAY + 1).runDays()).isEqualTo(2);
  }

  @Test
  void measuredInterval_warmupOutsideTheRun_isRejected() {
    assertThatThrownBy(() -> new MeasuredInterval(DAY, DAY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("warm-up").hasMessageContaining(DAY + " ms");
    assertThatThrownBy(() -> new MeasuredInterval(-1, DAY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void serviceLevel_fillRateAndOtif_comeFromTheSeriesByDueDay() {
    ServiceLevel s = ServiceLevel.of(MetricTotals.of(run(entity("region",
        counter(Metrics.ORDERS, 5), counter(Metrics.ORDERED_UNITS, 40), counter(Metrics.LOST_UNITS, 4),
        MetricValue.bins(Metrics.DUE_UNITS_BY_DAY, 5, new double[] {10, 10}),
        MetricValue.bins(Metrics.ON_TIME_UNITS_BY_DUE_DAY, 4, new double[] {10, 5}),
        MetricValue.bins(Metrics.DUE_ORDERS_BY_DAY, 4, new double[] {2, 2}),
        MetricValue.bins(Metrics.ON_TIME_ORDERS_BY_DUE_DAY, 1, new double[] {1, 0}),
        MetricValue.daily(Metrics.BACKLOG_UNITS, 3.0, 6.0, new double[] {2, 4})))));
    assertThat(s.onTimeFillRate()).isEqualTo(0.75);
    assertThat(s.otif()).isEqualTo(0.25);
    assertThat(s.lostRate()).isEqualTo(0.1);
    assertThat(s.backlogUnitsEnd()).isEqualTo(6.0);
    assertThat(s.backlogUnitsMean()).isEqualTo(3.0);
    assertThat(ServiceLevel.of(MetricTotals.of(run())).onTimeFillRate()).as("nothing due").isNaN();
  }

  @Test
  void leadTimes_areInHours() {
    LeadTimes l = LeadTimes.of(MetricTotals.of(run(entity("region",
        tally(Metrics.LEAD_TIME_MS, 2, 3 * SimTime.HOUR_MS, 5 * SimTime.HOUR_MS),
        MetricValue.bins(Metrics.LEAD_TIME_15MIN, 2, new double[] {0, 0, 0, 0, 1, 0, 0, 0, 1})))));
    assertThat(l.meanH()).isEqualTo(3.0);
    assertThat(l.maxH()).isEqualTo(5.0);
    assertThat(l.p50H()).isEqualTo(1.125);
    assertThat(l.p95H()).isEqualTo(2.125);
  }

  @Test
  void machineUtilization_averagesMachinesThenNodes() {
    RunResult r = run(
        entity("plant-a/m01", level(Metrics.BUSY, 0.5, 0), level(Metrics.DOWN, 0.1, 0)),
        entity("plant-a/m02", level(Metrics.BUSY, 1.0, 0), level(Metrics.DOWN, 0.3, 0)),
        entity("mf-b/m01", level(Metrics.BUSY, 0.3, 0), level(Metrics.DOWN, 0.2, 0)),
        entity("region-p", counter(Metrics.ORDERS, 9)));
    MachineUtilization u = MachineUtilization.of(r);
    assertThat(u.mean()).isCloseTo(0.6, within(1e-12));
    assertThat(u.downShare()).isCloseTo(0.2, within(1e-12));
    assertThat(u.byName()).containsExactly(Map.entry("mf-b", 0.3), Map.entry("plant-a", 0.75),
        Map.entry("mf-b/m01", 0.3), Map.entry("plant-a/m01", 0.5), Map.entry("plant-a/m02", 1.0));
    MachineUtilization none = MachineUtilization.of(run(entity("region-p")));
    assertThat(none.mean()).isNaN();
    assertThat(none.downShare()).isZero();
  }

  @Test
  void holdings_workInProcessAddsEveryStage() {
    Holdings h = Holdings.of(MetricTotals.of(run(entity("plant-a",
        level(Metrics.QUEUED_UNITS, 1, 0), level(Metrics.IN_PROCESS_UNITS, 2, 0),
        level(Metrics.AWAITING_MATERIAL_UNITS, 4, 0), level(Metrics.REPLENISHMENT_WIP_UNITS, 8, 0),
        level(Metrics.AWAITING_SHIPMENT_UNITS, 16, 0), counter(Metrics.SCRAPPED_UNITS, 3)))));
    assertThat(h.wipUnitsMean()).as("units awaiting shipment are not in work").isEqualTo(15.0);
    assertThat(h.scrappedUnits()).isEqualTo(3.0);
  }

  @Test
  void costs_fixedAndHoldingScaleWithTheMeasuredInterval() {
    ManufacturingSpec base = MfgSpecs.valid().build();
    ManufacturingSpec spec = new ManufacturingSpec(base.name(), 438 * DAY, base.products(), base.machineTypes(),
        base.nodes(), base.suppliers(), base.regions(), base.platform(), base.transport(), new CostSpec(0.2, 10));
    double perDay = spec.nodes().stream().mapToDouble(n -> n.fixedCostEurPerDay()).sum();
    MetricTotals t = MetricTotals.of(run(
        entity("plant-a", tally(Metrics.PRODUCTION_COST_EUR, 4, 25.0, 30.0), counter(Metrics.MADE_UNITS, 20),
            level(Metrics.WIP_VALUE_EUR, 300, 0)),
        entity("dc-c", level(Metrics.STOCK_VALUE_EUR, 200, 0)),
        entity("region-p", tally(Metrics.LATE_UNIT_DAYS, 2, 1.5, 2.0), counter(Metrics.DELIVERED_UNITS, 10)),
        entity("plant-a/ship", tally(Metrics.TRANSPORT_COST_EUR, 2, 50.0, 60.0))));
    Costs c = Costs.of(t, spec, new MeasuredInterval(73 * DAY, 438 * DAY));
    assertThat(c.productionEur()).isEqualTo(100.0);
    assertThat(c.transportEur()).isEqualTo(100.0);
    assertThat(c.holdingEur()).as("0.2 × 500 EUR × 1 year").isCloseTo(100.0, within(1e-9));
    assertThat(c.fixedEur()).isCloseTo(perDay * 365, within(1e-9));
    assertThat(c.latenessEur()).as("10 EUR × 3 unit-days").isEqualTo(30.0);
    assertThat(c.totalEur()).isEqualTo(c.productionEur() + c.transportEur() + c.holdingEur() + c.fixedEur() + 30.0);
    assertThat(c.productionPerUnitEur()).isEqualTo(5.0);
    assertThat(c.perDeliveredUnitEur()).isEqualTo(c.totalEur() / 10);
  }

  @Test
  void transportEmissions_perUnitDelivered() {
    TransportEmissions e = TransportEmissions.of(MetricTotals.of(run(
        entity("plant-a/ship", tally(Metrics.TRANSPORT_CO2_KG, 3, 4.0, 6.0), counter(Metrics.SHIPMENTS, 3)),
        entity("region-p", counter(Metrics.DELIVERED_UNITS, 6)))));
    assertThat(e.co2eKg()).isEqualTo(12.0);
    assertThat(e.co2ePerUnitKg()).isEqualTo(2.0);
    assertThat(e.shipments()).isEqualTo(3.0);
    assertThat(TransportEmissions.of(MetricTotals.of(run())).co2ePerUnitKg()).isNaN();
  }

  @Test
  void littlesLaw_lambdaIsOrdersPerMeasuredMs() {
    LittlesLaw l = LittlesLaw.of(MetricTotals.of(run(entity("region-p", counter(Metrics.ORDERS, 100),
        level(Metrics.OPEN_ORDERS, 7.0, 0), tally(Metrics.TIME_IN_SYSTEM_MS, 100, 0.5 * DAY, DAY)))),
        new MeasuredInterval(10 * DAY, 20 * DAY));
    assertThat(l.lOrders()).isEqualTo(7.0);
    assertThat(l.lambdaWOrders()).as("10 orders a day × half a day").isCloseTo(5.0, within(1e-12));
  }

  @Test
  void dailySeries_coverEveryDayOfTheRun() {
    DailySeries d = DailySeries.of(MetricTotals.of(run(entity("region-p",
        MetricValue.bins(Metrics.DUE_UNITS_BY_DAY, 2, new double[] {4, 0, 8}),
        MetricValue.bins(Metrics.ON_TIME_UNITS_BY_DUE_DAY, 2, new double[] {2, 0, 8})))),
        new MeasuredInterval(DAY, 4 * DAY));
    assertThat(d.byName().keySet()).containsExactly("fill_rate", "due_units", "on_time_units", "backlog_units",
        "stock_units", "throughput_units", "lost_units");
    assertThat(d.byName().get("fill_rate")).containsExactly(0.5, Double.NaN, 1.0, Double.NaN);
    assertThat(d.byName().get("stock_units")).containsExactly(0, 0, 0, 0);
  }

  @Test
  void groups_putTheirIndicatorsInPrintOrder() {
    Map<String, Double> values = new LinkedHashMap<>();
    new LittlesLaw(1, 2).putInto(values);
    new TransportEmissions(3, 4, 5).putInto(values);
    assertThat(values).containsExactly(Map.entry("little_l_orders", 1.0), Map.entry("little_lambda_w_orders", 2.0),
        Map.entry("transport_co2e_kg", 3.0), Map.entry("transport_co2e_per_unit_kg", 4.0),
        Map.entry("shipments", 5.0));
  }
}
