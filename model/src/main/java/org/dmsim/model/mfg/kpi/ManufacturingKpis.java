package org.dmsim.model.mfg.kpi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.stats.BinnedSums;
import org.dmsim.model.time.SimTime;

/**
 * The indicators of one run of a manufacturing network, computed from its entities' metrics. Every
 * name carries its unit. Lead-time percentiles come from a histogram of 15-minute cells and are the
 * cell's midpoint. Costs: production = unit cost per process step × units made (scrap included);
 * transport = lane cost per tonne-km × tonnes × km per shipment; holding = rate × time-average value
 * of work in process and stock × years; fixed = cost per day × days; lateness = penalty × unit-days late.
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
   * The indicators of {@code run} of {@code spec}, whose statistics leave out the first
   * {@code warmupMs} (0 for none).
   *
   * @throws IllegalArgumentException if the warm-up is negative or not shorter than the horizon
   */
  public static ManufacturingKpis of(RunResult run, ManufacturingSpec spec, long warmupMs) {
    if (warmupMs < 0 || warmupMs >= spec.horizonMs()) {
      throw new IllegalArgumentException("the warm-up must be from 0 to below the horizon ("
          + spec.horizonMs() + " ms), was " + warmupMs + " ms");
    }
    long measuredMs = spec.horizonMs() - warmupMs;
    Sums s = new Sums();
    Map<String, NodeSpec> nodes = new TreeMap<>();
    spec.nodes().forEach(n -> nodes.put(n.id(), n));
    Map<String, double[]> busyByNode = new TreeMap<>();
    Map<String, Double> busyByMachine = new TreeMap<>();
    for (EntityResult e : run.entities()) {
      String entity = e.entity();
      int slash = entity.indexOf('/');
      String node = slash < 0 ? entity : entity.substring(0, slash);
      for (MetricValue m : e.metrics()) {
        s.add(m);
        if (m.name().equals(Metrics.BUSY)) {
          busyByNode.computeIfAbsent(node, k -> new double[2])[0] += m.mean();
          busyByNode.get(node)[1]++;
          busyByMachine.put(entity, m.mean());
        }
      }
    }
    double measuredDays = (double) measuredMs / SimTime.DAY_MS;
    double measuredYears = measuredDays / 365.0;
    double fixed = 0;
    for (NodeSpec n : spec.nodes()) {
      fixed += n.fixedCostEurPerDay() * measuredDays;
    }
    double holding = spec.costs().holdingRatePerYear() * (s.level(Metrics.WIP_VALUE_EUR) + s.level(Metrics.STOCK_VALUE_EUR))
        * measuredYears;
    double lateness = spec.costs().latenessPenaltyEurPerUnitDay() * s.total(Metrics.LATE_UNIT_DAYS);
    double production = s.total(Metrics.PRODUCTION_COST_EUR);
    double transport = s.total(Metrics.TRANSPORT_COST_EUR);
    double co2 = s.total(Metrics.TRANSPORT_CO2_KG);
    double delivered = s.count(Metrics.DELIVERED_UNITS);
    double made = s.count(Metrics.MADE_UNITS);
    double ordersPlaced = s.count(Metrics.ORDERS);

    Map<String, Double> v = new LinkedHashMap<>();
    v.put("orders", ordersPlaced);
    v.put("ordered_units", (double) s.count(Metrics.ORDERED_UNITS));
    v.put("delivered_units", delivered);
    // From the series by due day, so that a warm-up leaves out the same orders from both sides.
    v.put("on_time_fill_rate", ratio(s.seriesTotal(Metrics.ON_TIME_UNITS_BY_DUE_DAY), s.seriesTotal(Metrics.DUE_UNITS_BY_DAY)));
    v.put("otif", ratio(s.seriesTotal(Metrics.ON_TIME_ORDERS_BY_DUE_DAY), s.seriesTotal(Metrics.DUE_ORDERS_BY_DAY)));
    v.put("lost_sales_units", (double) s.count(Metrics.LOST_UNITS));
    v.put("lost_sales_rate", ratio(s.count(Metrics.LOST_UNITS), s.count(Metrics.ORDERED_UNITS)));
    v.put("backlog_units_end", s.finalLevel(Metrics.BACKLOG_UNITS));
    v.put("backlog_units_mean", s.level(Metrics.BACKLOG_UNITS));
    v.put("lead_time_mean_h", s.mean(Metrics.LEAD_TIME_MS) / SimTime.HOUR_MS);
    v.put("lead_time_p50_h", s.percentileCellMidMs(Metrics.LEAD_TIME_15MIN, 0.50) / SimTime.HOUR_MS);
    v.put("lead_time_p95_h", s.percentileCellMidMs(Metrics.LEAD_TIME_15MIN, 0.95) / SimTime.HOUR_MS);
    v.put("lead_time_max_h", s.max(Metrics.LEAD_TIME_MS) / SimTime.HOUR_MS);
    v.put("machine_utilization", s.busyMachines == 0 ? Double.NaN : s.busySum / s.busyMachines);
    v.put("machines_down_share", s.downMachines == 0 ? 0 : s.downSum / s.downMachines);
    v.put("wip_units_mean", s.level(Metrics.QUEUED_UNITS) + s.level(Metrics.IN_PROCESS_UNITS)
        + s.level(Metrics.AWAITING_MATERIAL_UNITS) + s.level(Metrics.REPLENISHMENT_WIP_UNITS));
    v.put("stock_units_mean", s.level(Metrics.STOCK_UNITS));
    v.put("scrapped_units", (double) s.count(Metrics.SCRAPPED_UNITS));
    v.put("production_cost_eur", production);
    v.put("transport_cost_eur", transport);
    v.put("holding_cost_eur", holding);
    v.put("fixed_cost_eur", fixed);
    v.put("lateness_penalty_eur", lateness);
    v.put("total_cost_eur", production + transport + holding + fixed + lateness);
    v.put("production_cost_per_unit_eur", made == 0 ? Double.NaN : production / made);
    v.put("cost_per_delivered_unit_eur", delivered == 0 ? Double.NaN
        : (production + transport + holding + fixed + lateness) / delivered);
    v.put("transport_co2e_kg", co2);
    v.put("transport_co2e_per_unit_kg", delivered == 0 ? Double.NaN : co2 / delivered);
    v.put("shipments", (double) s.count(Metrics.SHIPMENTS));
    double littleL = s.level(Metrics.OPEN_ORDERS);
    double lambdaW = ordersPlaced / measuredMs * s.mean(Metrics.TIME_IN_SYSTEM_MS);
    v.put("little_l_orders", littleL);
    v.put("little_lambda_w_orders", lambdaW);

    Map<String, Double> utilization = new LinkedHashMap<>();
    busyByNode.forEach((node, b) -> utilization.put(node, b[0] / b[1]));
    utilization.putAll(busyByMachine);

    int dayCount = (int) Math.ceil((double) spec.horizonMs() / SimTime.DAY_MS);
    Map<String, double[]> daily = new LinkedHashMap<>();
    double[] fill = new double[dayCount];
    double[] due = s.series(Metrics.DUE_UNITS_BY_DAY, dayCount);
    double[] onTime = s.series(Metrics.ON_TIME_UNITS_BY_DUE_DAY, dayCount);
    for (int d = 0; d < dayCount; d++) {
      fill[d] = due[d] == 0 ? Double.NaN : onTime[d] / due[d];
    }
    daily.put("fill_rate", fill);
    daily.put("due_units", due);
    daily.put("on_time_units", onTime);
    daily.put("backlog_units", s.series(Metrics.BACKLOG_UNITS, dayCount));
    daily.put("stock_units", s.series(Metrics.STOCK_UNITS, dayCount));
    daily.put("throughput_units", s.series(Metrics.DELIVERED_UNITS_BY_DAY, dayCount));
    daily.put("lost_units", s.series(Metrics.LOST_UNITS_BY_DAY, dayCount));
    return new ManufacturingKpis(v, utilization, daily);
  }

  private static double ratio(double a, double b) {
    return b == 0 ? Double.NaN : a / b;
  }

  /** Totals of every metric over all entities. */
  private static final class Sums {
    private final Map<String, long[]> counts = new TreeMap<>();
    private final Map<String, double[]> tallies = new TreeMap<>();
    private final Map<String, double[]> levels = new TreeMap<>();
    private final Map<String, BinnedSums> series = new TreeMap<>();
    private double busySum;
    private int busyMachines;
    private double downSum;
    private int downMachines;

    void add(MetricValue m) {
      switch (m.kind()) {
        case COUNTER -> counts.computeIfAbsent(m.name(), k -> new long[1])[0] += m.count();
        case TALLY -> {
          double[] t = tallies.computeIfAbsent(m.name(), k -> new double[] {0, 0, Double.NEGATIVE_INFINITY});
          t[0] += m.mean() * m.count();
          t[1] += m.count();
          if (m.count() > 0) {
            t[2] = Math.max(t[2], m.max());
          }
        }
        case LEVEL, DAILY -> {
          double[] l = levels.computeIfAbsent(m.name(), k -> new double[2]);
          l[0] += m.mean();
          l[1] += m.max();
          if (m.kind() == MetricValue.Kind.DAILY) {
            series.computeIfAbsent(m.name(), k -> new BinnedSums()).merge(m.series(), 0);
          }
          if (m.name().equals(Metrics.BUSY)) {
            busySum += m.mean();
            busyMachines++;
          } else if (m.name().equals(Metrics.DOWN)) {
            downSum += m.mean();
            downMachines++;
          }
        }
        case BINS -> series.computeIfAbsent(m.name(), k -> new BinnedSums()).merge(m.series(), m.count());
        default -> throw new IllegalStateException("unknown metric kind " + m.kind());
      }
    }

    long count(String name) {
      long[] c = counts.get(name);
      return c == null ? 0 : c[0];
    }

    double total(String name) {
      double[] t = tallies.get(name);
      return t == null ? 0 : t[0];
    }

    double mean(String name) {
      double[] t = tallies.get(name);
      return t == null || t[1] == 0 ? Double.NaN : t[0] / t[1];
    }

    double max(String name) {
      double[] t = tallies.get(name);
      return t == null || t[1] == 0 ? Double.NaN : t[2];
    }

    double level(String name) {
      double[] l = levels.get(name);
      return l == null ? 0 : l[0];
    }

    double finalLevel(String name) {
      double[] l = levels.get(name);
      return l == null ? 0 : l[1];
    }

    double[] series(String name, int length) {
      BinnedSums b = series.get(name);
      double[] out = new double[length];
      if (b != null) {
        double[] sums = b.sums();
        System.arraycopy(sums, 0, out, 0, Math.min(length, sums.length));
      }
      return out;
    }

    double seriesTotal(String name) {
      BinnedSums b = series.get(name);
      double total = 0;
      if (b != null) {
        for (double x : b.sums()) {
          total += x;
        }
      }
      return total;
    }

    double percentileCellMidMs(String name, double q) {
      BinnedSums b = series.get(name);
      if (b == null) {
        return Double.NaN;
      }
      double[] cells = b.sums();
      double total = 0;
      for (double c : cells) {
        total += c;
      }
      if (total == 0) {
        return Double.NaN;
      }
      double cumulative = 0;
      for (int i = 0; i < cells.length; i++) {
        cumulative += cells[i];
        if (cumulative >= q * total) {
          return (i + 0.5) * Metrics.LEAD_TIME_CELL_MS;
        }
      }
      return (cells.length - 0.5) * Metrics.LEAD_TIME_CELL_MS;
    }
  }
}
