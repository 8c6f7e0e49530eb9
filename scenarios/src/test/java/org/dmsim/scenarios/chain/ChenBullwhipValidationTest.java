package org.dmsim.scenarios.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dmsim.model.mfg.kpi.EchelonSeries;
import org.dmsim.model.result.RunResult;
import org.dmsim.scenarios.api.Scenarios;
import org.dmsim.scenarios.api.Simulation;
import org.dmsim.scenarios.api.SimulationOptions;
import org.dmsim.scenarios.api.SimulationResults;
import org.junit.jupiter.api.Test;

/**
 * Validation against theory: the bullwhip ratio of an order-up-to policy with a moving-average
 * forecast (Chen, Drezner, Ryan and Simchi-Levi 2000, "Quantifying the bullwhip effect in a simple
 * supply chain", Management Science 46(3)). With i.i.d. demand and no safety term, the order-up-to level
 * is y = L·(mean of the last p demands) and the order q_t = y_t − y_{t−1} + D_{t−1}, so
 *
 * <pre>Var(q) / Var(D) = 1 + 2L/p + 2L²/p²</pre>
 *
 * exactly, where L is the number of periods the level covers: in dmsim's {@code forecast-order-up-to}
 * (R + leadTime) / R. The scenario ({@code bullwhip-chen.yaml}): daily normal demand, mean 1,000, sd 100
 * (orders never come near 0, so no truncation; whole-unit rounding adds a variance of at most 1/4 to
 * 10,000), L = 3, p = 5: the ratio is 2.92. Three replications of 3,000 days: the ratio's standard error
 * with autocorrelated orders is about 2 % of the ratio, so the stated tolerance of ±6 % (3 standard
 * errors) fails a correct model rarely and catches a wrong L or p (2.44 for L = 2, 2.22 for p = 6).
 */
class ChenBullwhipValidationTest {
  private static final Path SCENARIO = Path.of("src", "test", "resources", "scenario", "bullwhip-chen.yaml");

  @Test
  void orderUpToWithMovingAverage_bullwhipRatioAsChenEtAl2000() throws Exception {
    Scenarios s = Scenarios.load(SCENARIO);
    SimulationResults results = Simulation.run(s, SimulationOptions.of(s));
    double l = 3;
    double p = 5;
    double theory = 1 + 2 * l / p + 2 * l * l / (p * p);

    double sumRatios = 0;
    for (RunResult run : results.runs()) {
      EchelonSeries dc = EchelonSeries.of(s.network(), run).get(0);
      // Drop the first p periods, before the moving average is full.
      double[] demand = java.util.Arrays.copyOfRange(dc.demand(), 10, dc.periods());
      double[] orders = java.util.Arrays.copyOfRange(dc.orders(), 10, dc.periods());
      sumRatios += variance(orders) / variance(demand);
    }
    double ratio = sumRatios / results.runs().size();

    assertThat(theory).isEqualTo(2.92, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(ratio).isBetween(theory * 0.94, theory * 1.06);
  }

  private static double variance(double[] x) {
    double mean = java.util.Arrays.stream(x).average().orElseThrow();
    return java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / x.length;
  }
}
