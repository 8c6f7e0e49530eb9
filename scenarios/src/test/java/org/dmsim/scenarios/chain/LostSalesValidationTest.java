package org.dmsim.scenarios.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.RunResult;
import org.dmsim.scenarios.api.Scenarios;
import org.dmsim.scenarios.api.Simulation;
import org.dmsim.scenarios.api.SimulationOptions;
import org.junit.jupiter.api.Test;

/**
 * Validation against theory: a base-stock stock point with lost sales ({@code lostSales: true}).
 * With Poisson demand of unit orders at rate λ, base-stock level S and a replenishment lead time L, every
 * demand met places one order and the orders outstanding form an M/G/S/S loss system with offered load
 * a = λL: a demand is lost exactly when all S units are on order, with probability Erlang B(S, a), for
 * any lead-time distribution (e.g. Zipkin, <i>Foundations of Inventory Management</i>, § 7.3). In
 * {@code lost-sales-base-stock.yaml}, S = 5, λ = 2 a day, L = 2 days: a = 4 and B = 0.1991, so the fill
 * rate is 0.8009. Twenty replications of 1,000 days (about 40,000 demands): the replications' lost
 * shares have a standard deviation of about 0.016 (losses come in runs over a lead time), so the mean's
 * standard error is about 0.0035 and the stated tolerance of ±0.01 about three of them (measured 0.2023).
 */
class LostSalesValidationTest {
  private static final Path SCENARIO = Path.of("src", "test", "resources", "scenario", "lost-sales-base-stock.yaml");

  @Test
  void baseStockWithLostSales_losesTheErlangBShare() throws Exception {
    Scenarios s = Scenarios.load(SCENARIO);
    SummaryStatistics lostShare = new SummaryStatistics();
    for (RunResult run : Simulation.run(s, SimulationOptions.of(s)).runs()) {
      EntityResult dc = run.entity("dc").orElseThrow();
      long received = dc.metric(Metrics.RECEIVED_UNITS).orElseThrow().count();
      long lost = dc.metric(Metrics.LOST_SALES_UNITS).map(m -> m.count()).orElse(0L);
      lostShare.addValue((double) lost / received);
      // every lost sale is a lost order at the region, and nothing is ever owed
      assertThat(run.entity("market").orElseThrow().metric(Metrics.LOST_UNITS).orElseThrow().count()).isEqualTo(lost);
      assertThat(dc.metric(Metrics.BACKORDERED_UNITS).orElseThrow().max()).isZero();
    }
    double erlangB = erlangB(5, 4);
    System.out.printf("base stock 5, lost sales, a = 4: lost share %.4f (sd over replications %.4f), Erlang B %.4f%n",
        lostShare.getMean(), lostShare.getStandardDeviation(), erlangB);
    assertThat(erlangB).isCloseTo(0.1991, within(1e-4));
    assertThat(lostShare.getMean()).isCloseTo(erlangB, within(0.01));
  }

  /** Erlang's loss formula by its recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)). */
  private static double erlangB(int servers, double load) {
    double b = 1;
    for (int k = 1; k <= servers; k++) {
      b = load * b / (k + load * b);
    }
    return b;
  }
}
