package org.dmsim.model.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Invariants of the served-demand ratio and its moving average over generated curves. */
class PerformanceCurveProperties {

  @Test
  void ratiosAndAveragesAreFractions() {
    qt().forAll(CurveCases.cases(), integers().between(1, 30)).checkAssert((c, window) -> {
      PerformanceCurve curve = c.curve();
      for (double r : curve.servedDemandRatio()) {
        assertThat(r).isBetween(0.0, 1.0);
      }
      double[] avg = curve.movingAverage(window, c.warmup());
      for (int d = 0; d < avg.length; d++) {
        if (d < c.warmup()) {
          assertThat(avg[d]).isNaN();
        } else {
          assertThat(avg[d]).isBetween(0.0, 1.0);
        }
      }
    });
  }

  @Test
  void aWindowsAverageLiesBetweenTheRatiosOfItsDaysWithDemand() {
    qt().forAll(CurveCases.cases(), integers().between(1, 30)).checkAssert((c, window) -> {
      PerformanceCurve curve = c.curve();
      double[] avg = curve.movingAverage(window, 0);
      for (int d = 0; d < avg.length; d++) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int w = Math.max(0, d - window + 1); w <= d; w++) {
          if (curve.demandUnits(w) > 0) {
            double r = curve.servedOnTimeUnits(w) / curve.demandUnits(w);
            lo = Math.min(lo, r);
            hi = Math.max(hi, r);
          }
        }
        if (lo <= hi) {
          assertThat(avg[d]).isBetween(lo - 1e-15, hi + 1e-15);
        } else {
          // No demand in the window: the previous day's value, or 1 on the first day.
          assertThat(avg[d]).isEqualTo(d == 0 ? 1.0 : avg[d - 1]);
        }
      }
    });
  }

  @Test
  void fullServiceIsOneEverywhere() {
    qt().forAll(CurveCases.cases(), integers().between(1, 30)).checkAssert((c, window) -> {
      double[] avg = PerformanceCurve.of(c.demand(), c.demand()).movingAverage(window, c.warmup());
      double[] tail = Arrays.copyOfRange(avg, c.warmup(), avg.length);
      for (double a : tail) {
        assertThat(a).isEqualTo(1.0);
      }
    });
  }
}
