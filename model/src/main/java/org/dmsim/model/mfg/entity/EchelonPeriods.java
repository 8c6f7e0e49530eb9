package org.dmsim.model.mfg.entity;

import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.spec.StockCosts;

/**
 * A distribution centre's statistics per period, for one with a {@code period}: it counts the units
 * demanded of it (customer orders and orders of the centres it refills), the units of that demand it
 * filled at once from stock, and the units it orders in the period, and at the period's end records
 * them with its on-hand stock, backlog and cost, summed over its products, as binned series whose bin
 * {@code i} is period {@code i + 1}: {@code period-demand-units}, {@code period-filled-units},
 * {@code period-ordered-units}, {@code period-end-on-hand-units}, {@code period-end-backlog-units} and
 * {@code period-cost-eur} (holding per unit on hand plus backlog per unit owed, by each stock rule).
 */
final class EchelonPeriods {
  private final long periodMs;
  private final StockCosts[] costs;
  private long demanded;
  private long filled;
  private long ordered;

  /** Periods of {@code periodMs}; {@code costs} per product index, null where it stocks nothing. */
  EchelonPeriods(long periodMs, StockCosts[] costs) {
    this.periodMs = periodMs;
    this.costs = costs.clone();
  }

  /** Schedules the end of the first period. */
  void start(SimContext ctx) {
    ctx.schedule(periodMs, new MfgMessage.PeriodEnd(1));
  }

  /** {@code units} demanded now. */
  void demand(long units) {
    demanded += units;
  }

  /** {@code units} of the demand arriving now filled at once from stock. */
  void filled(long units) {
    filled += units;
  }

  /** {@code units} ordered now. */
  void ordered(long units) {
    ordered += units;
  }

  /** Records period {@code end} from the centre's stock now, and schedules the next period's end. */
  void end(MfgMessage.PeriodEnd end, long[] onHand, long[] backordered, SimContext ctx) {
    int bin = end.period() - 1;
    long stock = 0;
    long owed = 0;
    double cost = 0;
    for (int p = 0; p < costs.length; p++) {
      if (costs[p] != null) {
        stock += onHand[p];
        owed += backordered[p];
        cost += costs[p].holdingEur() * onHand[p] + costs[p].backlogEur() * backordered[p];
      }
    }
    if (bin <= Observation.Binned.MAX_BIN) {
      ctx.record(new Observation.Binned(Metrics.PERIOD_DEMAND_UNITS, bin, demanded));
      ctx.record(new Observation.Binned(Metrics.PERIOD_FILLED_UNITS, bin, filled));
      ctx.record(new Observation.Binned(Metrics.PERIOD_ORDERED_UNITS, bin, ordered));
      ctx.record(new Observation.Binned(Metrics.PERIOD_ON_HAND_UNITS, bin, stock));
      ctx.record(new Observation.Binned(Metrics.PERIOD_BACKLOG_UNITS, bin, owed));
      ctx.record(new Observation.Binned(Metrics.PERIOD_COST_EUR, bin, cost));
    }
    demanded = 0;
    filled = 0;
    ordered = 0;
    ctx.schedule(periodMs, new MfgMessage.PeriodEnd(end.period() + 1));
  }
}
