package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Any value within the bounds of a few key fields (rates, transit and latency, processing times,
 * order sizes, speeds, capacities, factors) loads, and the sequential engine runs a short horizon of
 * it without an internal failure: bounded input never fails inside the simulation. Generators favour
 * the ends of each range, where overflows and infinite times used to come from.
 */
class BoundsProperties {
  private static final long RUN_MS = 5 * SimTime.DAY_MS;

  @Test
  void anyInRangeValue_loadsAndRunsWithoutInternalFailure() {
    qt().withExamples(60).withShrinkCycles(0)
        .forAll(values(), durations(), durations(), durations())
        .checkAssert((v, transit, latency, processing) -> {
          String yaml = BoundsTest.BASE
              .replace("ordersPerDay: 20", "ordersPerDay: " + v.get(0))
              .replace("speed: 1", "speed: " + v.get(1))
              .replace("capacityPerDay: 500", "capacityPerDay: " + v.get(2))
              .replace("cv: 0.5", "cv: " + v.get(3))
              .replace("trendPerYear: 0", "trendPerYear: " + v.get(4))
              .replace("factor: 2", "factor: " + v.get(5))
              .replace("orderSize: 2", "orderSize: {kind: uniform, min: 1, max: " + v.get(6) + "}")
              .replace("transit: 2d", "transit: " + transit)
              .replace("orderLatency: 1h", "orderLatency: " + latency)
              .replace("mean: 20min", "mean: " + processing);
          ManufacturingSpec spec;
          try {
            spec = ScenarioLoader.parse(yaml, BoundsTest.SOURCE).network().withHorizon(RUN_MS);
          } catch (ScenarioException e) {
            throw new AssertionError("an in-range scenario was refused: " + e.getMessage(), e);
          }
          long seed = Math.floorMod(yaml.hashCode(), 7);
          assertThat(new SequentialEngine().run(spec.plan(), seed, 0).endMs()).isEqualTo(RUN_MS);
        });
  }

  /** ordersPerDay, speed, capacityPerDay, cv, trendPerYear, surge factor, largest order size: each at an end or between. */
  private static Gen<List<String>> values() {
    return ends(ScenarioFormat.MIN_ORDERS_PER_DAY, 40)
        .zip(ends(ScenarioFormat.MIN_SPEED, ScenarioFormat.MAX_FACTOR),
            ends(ScenarioFormat.MIN_CAPACITY_PER_DAY, ScenarioFormat.MAX_UNITS),
            ends(0.01, ScenarioFormat.MAX_CV),
            ends(-0.99, ScenarioFormat.MAX_TREND_PER_YEAR),
            (a, b, c, d, e) -> List.of(a, b, c, d, e))
        .zip(ends(0, ScenarioFormat.MAX_FACTOR).map(f -> f.equals("1") ? "1.5" : f), ends(2, 50),
            (head, surge, size) -> List.of(head.get(0), head.get(1), head.get(2), head.get(3), head.get(4), surge, size));
  }

  /** A number from {@code min} to {@code max}, written plainly; the ends a third of the time. */
  private static Gen<String> ends(double min, double max) {
    Gen<Double> between = doubles().between(min, max);
    return between.mix(Generate.pick(List.of(min, max)), 35).map(x -> java.math.BigDecimal.valueOf(x).toPlainString());
  }

  /** A duration in ms from 1 to the ceiling, biased to the ends. */
  private static Gen<String> durations() {
    Gen<Long> ms = longs().between(1, ScenarioFormat.MAX_DURATION_MS)
        .mix(Generate.pick(List.of(1L, ScenarioFormat.MAX_DURATION_MS, SimTime.HOUR_MS)), 40);
    return ms.map(x -> x + "ms");
  }
}
