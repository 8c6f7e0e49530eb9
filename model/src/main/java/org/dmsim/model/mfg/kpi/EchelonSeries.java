package org.dmsim.model.mfg.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.RunResult;

/**
 * One stage of a stock chain in one run: a distribution centre with a {@code period}, its series per
 * period (index i is period i + 1) of units demanded of it, units it ordered, units on hand and owed
 * at the period's end, and its cost, summed over its products.
 *
 * @param stage   the distribution centre's id
 * @param depth   0 for a stage that refills no other centre (it serves customers), 1 for one that refills
 *                a stage of depth 0, and so on
 * @param demand  units demanded per period (customer orders and the orders of the centres it refills)
 * @param filled  units of each period's demand filled at once from stock
 * @param orders  units ordered from its source per period
 * @param onHand  units on hand at each period's end
 * @param backlog units owed at each period's end
 * @param cost    holding and backlog cost per period, EUR
 */
public record EchelonSeries(String stage, int depth, double[] demand, double[] filled, double[] orders,
    double[] onHand, double[] backlog, double[] cost) {
  public EchelonSeries {
    demand = demand.clone();
    filled = filled.clone();
    orders = orders.clone();
    onHand = onHand.clone();
    backlog = backlog.clone();
    cost = cost.clone();
  }

  /** The stages of {@code run} of {@code spec}: customer-facing first (by depth), then as the spec lists them. */
  public static List<EchelonSeries> of(ManufacturingSpec spec, RunResult run) {
    List<EchelonSeries> out = new ArrayList<>();
    for (NodeSpec n : spec.nodes()) {
      if (n.echelon().periodMs().isEmpty()) {
        continue;
      }
      int periods = (int) (spec.horizonMs() / n.echelon().periodMs().get());
      EntityResult e = run.entity(n.id()).orElseThrow(() -> new IllegalArgumentException("no entity " + n.id()));
      out.add(new EchelonSeries(n.id(), depth(spec, n), series(e, Metrics.PERIOD_DEMAND_UNITS, periods),
          series(e, Metrics.PERIOD_FILLED_UNITS, periods), series(e, Metrics.PERIOD_ORDERED_UNITS, periods), series(e, Metrics.PERIOD_ON_HAND_UNITS, periods),
          series(e, Metrics.PERIOD_BACKLOG_UNITS, periods), series(e, Metrics.PERIOD_COST_EUR, periods)));
    }
    List<EchelonSeries> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparingInt(EchelonSeries::depth));
    return List.copyOf(sorted);
  }

  /** The demand of the stages that serve customers (depth 0) of {@code stages}, summed per period. */
  public static double[] customerDemand(List<EchelonSeries> stages) {
    double[] sum = new double[stages.isEmpty() ? 0 : stages.get(0).periods()];
    for (EchelonSeries s : stages) {
      if (s.depth() == 0) {
        for (int i = 0; i < Math.min(sum.length, s.demand.length); i++) {
          sum[i] += s.demand[i];
        }
      }
    }
    return sum;
  }

  /** How many centres lie between {@code n} and the customers: 0 when no centre names it as its source. */
  private static int depth(ManufacturingSpec spec, NodeSpec n) {
    int depth = 0;
    for (NodeSpec d : spec.nodes()) {
      if (d.replenishFrom().filter(n.id()::equals).isPresent()) {
        depth = Math.max(depth, 1 + depth(spec, d));
      }
    }
    return depth;
  }

  private static double[] series(EntityResult e, String metric, int periods) {
    double[] out = new double[periods];
    e.metric(metric).ifPresent(m -> {
      for (int i = 0; i < periods; i++) {
        out[i] = m.seriesAt(i);
      }
    });
    return out;
  }

  /** Number of periods. */
  public int periods() {
    return demand.length;
  }

  /** The series (copies). */
  @Override
  public double[] demand() {
    return demand.clone();
  }

  @Override
  public double[] filled() {
    return filled.clone();
  }

  @Override
  public double[] orders() {
    return orders.clone();
  }

  @Override
  public double[] onHand() {
    return onHand.clone();
  }

  @Override
  public double[] backlog() {
    return backlog.clone();
  }

  @Override
  public double[] cost() {
    return cost.clone();
  }

  /** The fill rate: the share of all units demanded that were filled at once from stock; NaN without demand. */
  public double fillRate() {
    double d = sum(demand);
    return d == 0 ? Double.NaN : sum(filled) / d;
  }

  /** The ready rate: the share of periods that end with stock on hand. */
  public double readyRate() {
    int ready = 0;
    for (double v : onHand) {
      if (v > 0) {
        ready++;
      }
    }
    return onHand.length == 0 ? Double.NaN : (double) ready / onHand.length;
  }

  private static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }

  /** The cost over all periods, EUR. */
  public double totalCost() {
    return sum(cost);
  }

  /**
   * The bullwhip ratio of this stage: Var(orders) / Var(demand) over its periods (population
   * variances), NaN when its demand does not vary.
   */
  public double bullwhip() {
    return ratioOfVariances(orders, demand);
  }

  /** Var(orders) / Var({@code reference}), for a ratio against the customers' demand; NaN when it does not vary. */
  public double bullwhipAgainst(double[] reference) {
    return ratioOfVariances(orders, reference);
  }

  static double ratioOfVariances(double[] a, double[] b) {
    double vb = variance(b);
    return vb == 0 ? Double.NaN : variance(a) / vb;
  }

  /** Population variance; 0 for fewer than two values. */
  static double variance(double[] x) {
    if (x.length < 2) {
      return 0;
    }
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    return ss / x.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EchelonSeries s && stage.equals(s.stage) && depth == s.depth
        && java.util.Arrays.equals(demand, s.demand) && java.util.Arrays.equals(filled, s.filled)
        && java.util.Arrays.equals(orders, s.orders)
        && java.util.Arrays.equals(onHand, s.onHand) && java.util.Arrays.equals(backlog, s.backlog)
        && java.util.Arrays.equals(cost, s.cost);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(stage, depth, java.util.Arrays.hashCode(orders));
  }

  @Override
  public String toString() {
    return "EchelonSeries[" + stage + ", depth " + depth + ", " + periods() + " periods, cost " + totalCost() + "]";
  }
}
