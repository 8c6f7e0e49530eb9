package org.dmsim.model.mfg.kpi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.result.RunResult;

/**
 * The indicators of one run of a manufacturing network, computed from its entities' metrics. Every
 * name carries its unit. The headline values come in groups, each computed by its own record in this
 * package, in this order: service level, lead times, machine utilization, holdings (work in process,
 * stock, scrap), costs, transport emissions and Little's law; the daily series are a group of their
 * own. Lead-time percentiles come from a histogram of 15-minute cells and are the cell's midpoint.
 * Costs: production = unit cost per process step × units made (scrap included); transport = lane cost
 * per tonne-km × tonnes × km per shipment; holding = rate × time-average value of work in process and
 * stock × years; fixed = cost per day × days; lateness = penalty × unit-days late.
 *
 * <p>Every indicator covers the <em>measured interval</em> {@code [warm-up, horizon)}: the entities'
 * statistics already leave the warm-up out (see {@code SimulationPlan#withWarmup}), and the days and
 * years behind fixed and holding costs and the arrival rate λ of Little's law are those of the measured
 * interval too, so that L and λW agree and costs do not grow with a longer warm-up.
 *
 * @param values      the headline indicators by name, in print order
 * @param utilization the mean machine utilization of each producing node by node name, then of each
 *                    machine by its name ({@code <node>/m01}), in name order
 * @param daily       daily series by name: {@code fill_rate} (on-time units ÷ units due, by due day),
 *                    {@code due_units}, {@code on_time_units}, {@code backlog_units}, {@code stock_units},
 *                    {@code throughput_units}, {@code lost_units}
 */
public record ManufacturingKpis(Map<String, Double> values, Map<String, Double> utilization,
    Map<String, double[]> daily) {

  /**
   * The names of the headline indicators, in print order: the keys of every {@link #values()} (a test
   * holds the two together), so a command can check an indicator's name before it runs anything.
   */
  public static final List<String> NAMES = List.of("orders", "ordered_units", "delivered_units", "on_time_fill_rate",
      "otif", "lost_sales_units", "lost_sales_rate", "backlog_units_end", "backlog_units_mean", "lead_time_mean_h",
      "lead_time_p50_h", "lead_time_p95_h", "lead_time_max_h", "machine_utilization", "machines_down_share",
      "wip_units_mean", "stock_units_mean", "scrapped_units", "production_cost_eur", "transport_cost_eur",
      "holding_cost_eur", "fixed_cost_eur", "lateness_penalty_eur", "total_cost_eur", "production_cost_per_unit_eur",
      "cost_per_delivered_unit_eur", "transport_co2e_kg", "transport_co2e_per_unit_kg", "shipments", "little_l_orders",
      "little_lambda_w_orders");

  /**
   * The indicators of {@code run} of {@code spec}, whose statistics leave out the first
   * {@code warmupMs} (0 for none).
   *
   * @throws IllegalArgumentException if the warm-up is negative or not shorter than the horizon
   */
  public static ManufacturingKpis of(RunResult run, ManufacturingSpec spec, long warmupMs) {
    MeasuredInterval interval = new MeasuredInterval(warmupMs, spec.horizonMs());
    MetricTotals totals = MetricTotals.of(run);
    MachineUtilization utilization = MachineUtilization.of(run);
    List<IndicatorGroup> groups = List.of(ServiceLevel.of(totals), LeadTimes.of(totals), utilization,
        Holdings.of(totals), Costs.of(totals, spec, interval), TransportEmissions.of(totals),
        LittlesLaw.of(totals, interval));
    Map<String, Double> values = new LinkedHashMap<>();
    groups.forEach(g -> g.putInto(values));
    return new ManufacturingKpis(values, new LinkedHashMap<>(utilization.byName()),
        new LinkedHashMap<>(DailySeries.of(totals, interval).byName()));
  }
}
