package org.dmsim.scenarios.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.dmsim.model.mfg.kpi.EchelonSeries;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.RunResult;
import org.dmsim.scenarios.api.Scenarios;
import org.dmsim.scenarios.api.Simulation;
import org.dmsim.scenarios.api.SimulationOptions;
import org.junit.jupiter.api.Test;

/**
 * Validation against theory: continuous-review stock points under Poisson demand of unit orders and a
 * fixed lead time — base stock with backorders, (r, Q) with backorders, and base stock with lost sales.
 *
 * <p><b>Backorders</b> (e.g. Zipkin, <i>Foundations of Inventory Management</i>, §§ 6.2, 6.5): the
 * inventory position of base stock S stays at S, that of (r, Q) is uniform on r + 1 … r + Q, and a
 * demand is filled at once when the position minus the lead-time demand D_L ~ Poisson(λL) is positive:
 * fill rate P(D_L ≤ S − 1), and (1/Q)·Σ_{y = r+1}^{r+Q} P(D_L ≤ y − 1). With λL = 4: base stock 5 fills
 * 0.6288, (r, Q) = (3, 4) fills 0.6842. Measured as the stage's fill rate (units filled at once / units
 * demanded, from its daily statistics) over 20 replications of 1,000 days; tolerance ±0.015, about
 * 2.5 standard errors of the mean (the replications' fill rates have a standard deviation of about
 * 0.025); measured 0.6252 and 0.6783.
 *
 * <p><b>Lost sales</b> ({@code lostSales: true}).
 * With Poisson demand of unit orders at rate λ, base-stock level S and a replenishment lead time L, every
 * demand met places one order and the orders outstanding form an M/G/S/S loss system with offered load
 * a = λL: a demand is lost exactly when all S units are on order, with probability Erlang B(S, a), for
 * any lead-time distribution (e.g. Zipkin, <i>Foundations of Inventory Management</i>, § 7.3). In
 * {@code continuous-review.yaml}, S = 5, λ = 2 a day, L = 2 days: a = 4 and B = 0.1991, so the fill
 * rate is 0.8009. Twenty replications of 1,000 days (about 40,000 demands): the replications' lost
 * shares have a standard deviation of about 0.016 (losses come in runs over a lead time), so the mean's
 * standard error is about 0.0035 and the stated tolerance of ±0.01 about three of them (measured 0.2023).
 */
class ContinuousReviewValidationTest {
  private static final Path SCENARIO = Path.of("src", "test", "resources", "scenario", "continuous-review.yaml");

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

  @Test
  void baseStockWithBackorders_fillsThePoissonShare() throws Exception {
    Scenarios s = Scenarios.load(SCENARIO).with("nodes[dc].stock[part].lostSales", "false");
    checkFillRate(s, poissonCdf(4, 4), "base stock 5");
  }

  @Test
  void rQWithBackorders_fillsTheUniformPositionShare() throws Exception {
    Scenarios s = Scenarios.load(SCENARIO).with("nodes[dc].stock[part]",
        "{product: part, policy: r-Q, reorderPoint: 3, quantity: 4}");
    double fill = 0;
    for (int y = 4; y <= 7; y++) {
      fill += poissonCdf(4, y - 1) / 4;
    }
    checkFillRate(s, fill, "(r, Q) = (3, 4)");
  }

  private static void checkFillRate(Scenarios s, double theory, String what) throws Exception {
    SummaryStatistics fill = new SummaryStatistics();
    for (RunResult run : Simulation.run(s, SimulationOptions.of(s)).runs()) {
      fill.addValue(EchelonSeries.of(s.network(), run).get(0).fillRate());
    }
    System.out.printf("%s, backorders, a = 4: fill rate %.4f (sd over replications %.4f), theory %.4f%n", what,
        fill.getMean(), fill.getStandardDeviation(), theory);
    assertThat(fill.getMean()).isCloseTo(theory, within(0.015));
  }

  /** P(Poisson(mean) ≤ k). */
  private static double poissonCdf(double mean, int k) {
    return new PoissonDistribution(mean).cumulativeProbability(k);
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
