package org.dmsim.model.mfg.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmsim.model.time.SimTime.DAY_MS;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The thinning bound: {@code maxRatePerDay(h)} is at least {@code ratePerDay(t)} for every t in
 * [0, h], and rates are never negative, for seasons near full amplitude and trends near −1.
 */
class DemandSpecProperties {

  @Test
  void maxRateBoundsTheRateOverTheHorizon() {
    qt().forAll(demands(), longs().between(0, 10 * 365 * DAY_MS), doubles().between(0, 1))
        .checkAssert((d, horizon, share) -> {
          long t = Math.round(horizon * share);
          double max = d.maxRatePerDay(horizon);
          assertThat(d.ratePerDay(t)).isBetween(0.0, max);
          assertThat(d.ratePerDay(horizon)).isLessThanOrEqualTo(max);
          assertThat(d.ratePerDay(0)).isLessThanOrEqualTo(max);
        });
  }

  @Test
  void maxRateGrowsWithTheHorizon() {
    qt().forAll(demands(), longs().between(0, 10 * 365 * DAY_MS), longs().between(0, 10 * 365 * DAY_MS))
        .checkAssert((d, a, b) -> assertThat(d.maxRatePerDay(Math.min(a, b)))
            .isLessThanOrEqualTo(d.maxRatePerDay(Math.max(a, b))));
  }

  private static Gen<DemandSpec> demands() {
    Gen<Double> rates = doubles().between(1e-3, 1e4).mix(Generate.pick(List.of(1.0, 1e-3)), 20);
    Gen<Double> amplitudes = doubles().between(0, 0.999).mix(Generate.pick(List.of(0.0, 0.999_999)), 30);
    Gen<Double> peaks = doubles().between(-400, 800).mix(Generate.pick(List.of(0.0, 365.0)), 20);
    Gen<Double> trends = doubles().between(-0.999, 3).mix(Generate.pick(List.of(0.0, -0.999_999, 1.0)), 30);
    Gen<double[]> seasons = amplitudes.zip(peaks, (a, p) -> new double[] {a, p});
    return rates.zip(seasons, trends, (rate, s, trend) ->
        new DemandSpec("kit", rate, s[0], s[1], trend, new Deterministic(1), DAY_MS, SimTime.NEVER));
  }
}
