package org.dmsim.sim.sequential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.dmsim.model.network.FactorySpec;
import org.dmsim.model.network.Kpi;
import org.dmsim.model.network.NetworkSpec;
import org.dmsim.model.network.RegionSpec;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;

/**
 * The network slice set up as an M/M/1 queue — one machine, Poisson orders at λ = 1/40 min,
 * exponential processing at μ = 1/32 min, utilization ρ = 0.8 — must give the mean time at the
 * machine (waiting plus processing) of queueing theory, W = 1/(μ − λ) = 160 min, within 5 %.
 *
 * <p>How many orders, and why: at ρ = 0.8 successive sojourn times are strongly correlated (the
 * M/M/1 relaxation time is about two days of simulated time here), so one replication's mean
 * varies far more than independent samples would suggest: measured on this model, the standard
 * deviation of a 400-day replication's mean (about 14,400 orders) is about 8 % of W. Forty
 * independent replications (about 576,000 orders) bring the 99 % Student-t half-width to about
 * 3.6 % of W. The test asserts that half-width is below 5 % (so that the check has power), that the
 * estimate is within 5 % of theory, and that theory lies inside the 99 % interval. The start-up bias
 * of the empty queue (a few relaxation times out of 400 days) is below 0.5 %. Fixed seeds make the
 * test deterministic.
 */
class MM1ValidationTest {
  private static final double LAMBDA_PER_MIN = 1.0 / 40;
  private static final double MU_PER_MIN = 1.0 / 32;
  private static final int REPLICATIONS = 40;

  @Test
  void mm1_meanTimeAtMachine_isWithinFivePercentOfTheory() {
    NetworkSpec mm1 = new NetworkSpec("mm1", 400 * SimTime.DAY_MS,
        new FactorySpec("server", 1, 32 * SimTime.MINUTE_MS),
        List.of(new RegionSpec("customers", 36, SimTime.HOUR_MS, SimTime.HOUR_MS, SimTime.DAY_MS)));
    SequentialEngine engine = new SequentialEngine();
    SummaryStatistics sojournMin = new SummaryStatistics();
    SummaryStatistics utilization = new SummaryStatistics();
    long orders = 0;
    for (int rep = 0; rep < REPLICATIONS; rep++) {
      RunResult r = engine.run(mm1.plan(), 1, rep);
      MetricValue station = r.entity("server").orElseThrow().metric(Kpi.STATION_TIME_MS).orElseThrow();
      orders += station.count();
      sojournMin.addValue(station.mean() / SimTime.MINUTE_MS);
      utilization.addValue(r.entity("server/m1").orElseThrow().metric(Kpi.BUSY).orElseThrow().mean());
    }
    double theory = 1 / (MU_PER_MIN - LAMBDA_PER_MIN);
    double halfWidth = new TDistribution(REPLICATIONS - 1).inverseCumulativeProbability(0.995)
        * sojournMin.getStandardDeviation() / Math.sqrt(REPLICATIONS);

    assertThat(orders).isGreaterThan(550_000);
    assertThat(halfWidth).isLessThan(0.05 * theory);
    assertThat(sojournMin.getMean()).isCloseTo(theory, Percentage.withPercentage(5));
    assertThat(Math.abs(sojournMin.getMean() - theory)).isLessThan(halfWidth);
    assertThat(utilization.getMean()).isCloseTo(LAMBDA_PER_MIN / MU_PER_MIN, Offset.offset(0.02));
  }
}
