package org.dmsim.model.mfg.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;

/**
 * The demand generators against probability theory, driven through the region's protocol without an
 * engine ({@link DemandDriver}).
 *
 * <p><b>Renewal counting.</b> For an ordinary renewal process with inter-arrival mean μ and
 * coefficient of variation c, the number of orders N(T) in [0, T] has E N(T) = T/μ + (c² − 1)/2 + o(1)
 * and Var N(T) = c²·T/μ + o(T) (Cox, <i>Renewal Theory</i>, 1962, §4.5). With T/μ = 500 (5 orders a
 * day over 100 days) and R = 400 independent replications per inter-arrival kind, the standard error
 * of the mean count is c·√(500/400) ≈ 1.1·c orders; the test asserts the mean within 4 standard errors
 * of theory (a correct generator fails that for about one seed in 16,000) and the sample variance
 * within 25 % of c²·T/μ (its relative standard error is about √(2/R) = 7 %, so 25 % is 3.5 of them).
 *
 * <p><b>Per-period totals.</b> With one draw per period of mean m and variance s², the total over n
 * periods has mean n·m and variance n·s² (rounding a continuous draw adds at most 1/12 per period,
 * below 0.3 % of s² here). n = 365 daily periods, R = 200 replications: the mean total within 4
 * standard errors (√(n·s²/R)) of n·m, the variance within 30 % (relative standard error √(2/R) = 10 %).
 *
 * <p>Fixed seeds make the test deterministic.
 */
class DemandTheoryValidationTest {
  private static final long DAY = SimTime.DAY_MS;

  @Test
  void renewal_meanAndVarianceOfTheOrderCount_matchRenewalTheory() {
    assertRenewalCount(Map.of("interarrival", "exponential"), 1);
    assertRenewalCount(Map.of("interarrival", "uniform", "cv", "0.5"), 0.5);
    assertRenewalCount(Map.of("interarrival", "gamma", "cv", "2"), 2);
    assertRenewalCount(Map.of("interarrival", "erlang", "k", "4"), 0.5);
    assertRenewalCount(Map.of("interarrival", "lognormal", "cv", "0.8"), 0.8);
  }

  private static void assertRenewalCount(Map<String, String> params, double cv) {
    double ordersPerDay = 5;
    long days = 100;
    int replications = 400;
    DemandSpec line = DemandDriver.line(ordersPerDay, RuleRef.of("renewal", params));
    SummaryStatistics count = new SummaryStatistics();
    for (int r = 0; r < replications; r++) {
      count.addValue(DemandDriver.run(line, days * DAY, 1000 + r).size());
    }
    double expected = ordersPerDay * days + (cv * cv - 1) / 2;
    double variance = cv * cv * ordersPerDay * days;
    double standardError = Math.sqrt(variance / replications);
    assertThat(count.getMean()).as("mean count, %s", params).isCloseTo(expected,
        org.assertj.core.data.Offset.offset(4 * standardError));
    assertThat(count.getVariance() / variance).as("variance of the count / theory, %s", params)
        .isBetween(0.75, 1.25);
  }

  @Test
  void perPeriod_meanAndVarianceOfTheTotal_matchTheDistribution() {
    assertPerPeriodTotal(Map.of("distribution", "normal", "mean", "100", "sd", "15"), 100, 225);
    assertPerPeriodTotal(Map.of("distribution", "gamma", "mean", "40", "cv", "0.5"), 40, 400);
    assertPerPeriodTotal(Map.of("distribution", "poisson", "mean", "7"), 7, 7);
    // 0, 5, 10, 20 with weights 4, 3, 2, 1: mean 5.5, E X² = (75 + 200 + 400) / 10 = 67.5.
    assertPerPeriodTotal(Map.of("distribution", "empirical", "values", "0, 5, 10, 20", "weights", "4, 3, 2, 1"),
        5.5, 67.5 - 5.5 * 5.5);
  }

  private static void assertPerPeriodTotal(Map<String, String> params, double mean, double variance) {
    int periods = 365;
    int replications = 200;
    DemandSpec line = DemandDriver.line(1, RuleRef.of("per-period", params));
    SummaryStatistics total = new SummaryStatistics();
    for (int r = 0; r < replications; r++) {
      total.addValue(DemandDriver.units(DemandDriver.run(line, periods * DAY, 5000 + r)));
    }
    double standardError = Math.sqrt(periods * variance / replications);
    assertThat(total.getMean()).as("mean total, %s", params).isCloseTo(periods * mean,
        org.assertj.core.data.Offset.offset(4 * standardError));
    assertThat(total.getVariance() / (periods * variance)).as("variance of the total / theory, %s", params)
        .isBetween(0.7, 1.3);
  }
}
