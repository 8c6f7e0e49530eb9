package org.dmsim.sim.mfg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.spec.Batching;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.kpi.ManufacturingKpis;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every indicator of {@link ManufacturingKpis} covers the measured interval {@code [warm-up, horizon)}.
 *
 * <p><b>Little's law.</b> Over the measured interval of length T, L is the time-average number of open
 * orders, λ the orders placed in it divided by T, and W the mean time in system of the orders that
 * ended (delivered or lost) in it. Orders open at the start of the interval add time before it to W,
 * orders open at its end leave time out of it; in steady state the two edges cancel in expectation,
 * and each is about L·W_mean/(L·T) = W/T relative: with W ≈ 2 d and T ≥ 100 d at most 2 %. The test
 * allows 3 %. Dividing by the whole horizon instead (the defect this test guards against) would make
 * λW miss by exactly the warm-up's share of the horizon: 10 % or 50 %.
 *
 * <p><b>Costs.</b> Fixed cost is cost per day × measured days, exactly. Holding cost is rate × the
 * time-average value held over the measured interval × measured years; with half the run as warm-up,
 * years of the whole horizon would double it.
 */
class MeasuredIntervalTest {
  private static final long HORIZON_MS = 200 * SimTime.DAY_MS;
  private static final ManufacturingSpec SPEC =
      MfgFixtures.everything(AllocationPolicy.NEAREST, 1.0, Batching.PER_ORDER, HORIZON_MS);

  private static RunResult run(long warmupMs) {
    return new SequentialEngine().run(SPEC.plan().withWarmup(warmupMs), 7, 0);
  }

  @Test
  void names_areTheIndicatorsOfARunInPrintOrder() {
    assertThat(ManufacturingKpis.of(run(0), SPEC, 0).values().keySet()).containsExactlyElementsOf(ManufacturingKpis.NAMES);
  }

  @ParameterizedTest(name = "warm-up {0} % of the horizon")
  @ValueSource(ints = {0, 10, 50})
  void littlesLaw_holdsOverTheMeasuredInterval(int warmupPercent) {
    long warmupMs = HORIZON_MS * warmupPercent / 100;
    Map<String, Double> k = ManufacturingKpis.of(run(warmupMs), SPEC, warmupMs).values();
    double l = k.get("little_l_orders");
    double lambdaW = k.get("little_lambda_w_orders");
    assertThat(l).as("L, orders open on average").isGreaterThan(10);
    assertThat(lambdaW).as("λW against L = %.3f", l).isCloseTo(l, within(0.03 * l));
  }

  @Test
  void fixedCost_isCostPerDayTimesMeasuredDays() {
    double perDay = SPEC.nodes().stream().mapToDouble(NodeSpec::fixedCostEurPerDay).sum();
    assertThat(perDay).isPositive();
    for (int warmupDays : new int[] {0, 20, 100}) {
      long warmupMs = warmupDays * SimTime.DAY_MS;
      double fixed = ManufacturingKpis.of(run(warmupMs), SPEC, warmupMs).values().get("fixed_cost_eur");
      assertThat(fixed).as("warm-up %d d", warmupDays).isCloseTo(perDay * (200 - warmupDays), within(1e-6));
    }
  }

  @Test
  void holdingCost_isRateTimesValueHeldTimesMeasuredYears() {
    long halfMs = HORIZON_MS / 2;
    RunResult second = run(halfMs);
    double half = ManufacturingKpis.of(second, SPEC, halfMs).values().get("holding_cost_eur");
    assertThat(half).isPositive();
    double held = level(second, Metrics.WIP_VALUE_EUR) + level(second, Metrics.STOCK_VALUE_EUR);
    assertThat(half).as("rate × value held × measured years")
        .isCloseTo(SPEC.costs().holdingRatePerYear() * held * 100 / 365.0, within(1e-6 * half));
  }

  @Test
  void warmupAtOrBeyondTheHorizon_isRejected() {
    RunResult r = run(0);
    assertThatThrownBy(() -> ManufacturingKpis.of(r, SPEC, HORIZON_MS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("warm-up");
    assertThatThrownBy(() -> ManufacturingKpis.of(r, SPEC, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static double level(RunResult r, String metric) {
    double sum = 0;
    for (EntityResult e : r.entities()) {
      sum += e.metric(metric).map(MetricValue::mean).orElse(0.0);
    }
    return sum;
  }
}
