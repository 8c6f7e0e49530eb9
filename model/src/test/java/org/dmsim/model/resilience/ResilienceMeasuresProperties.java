package org.dmsim.model.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of the resilience measures over generated curves ({@link CurveCases}). */
class ResilienceMeasuresProperties {

  @Test
  void measuresStayWithinTheirBounds() {
    qt().forAll(CurveCases.cases()).checkAssert(c -> {
      ResilienceMeasures m = ResilienceMeasures.of(c.curve(), c.start(), c.warmup());
      int days = c.demand().length;
      double due = 0;
      for (int d = c.start(); d < days; d++) {
        due += c.demand()[d];
      }
      assertThat(m.lossAreaUnitDays()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(due);
      assertThat(m.baseline()).isBetween(0.0, 1.0);
      assertThat(m.maxDrop()).isBetween(0.0, m.baseline());
      assertThat(m.timeToRecoverDays()).isBetween(0, days - c.start());
      if (m.censored()) {
        assertThat(m.timeToRecoverDays()).isEqualTo(days - c.start());
      }
      if (m.timeToRecoverDays() == 0) {
        assertThat(m.censored()).isFalse();
        assertThat(m.lossAreaUnitDays()).isZero();
      }
    });
  }

  @Test
  void aCurveThatNeverDropsHasNoLossAndNoTime() {
    Gen<Double> shares = doubles().between(0.01, 1).mix(Generate.pick(List.of(1.0, 0.5, 0.9, 0.95)), 50);
    qt().forAll(CurveCases.cases(), shares).checkAssert((c, share) -> {
      double[] served = new double[c.demand().length];
      for (int d = 0; d < served.length; d++) {
        served[d] = share * c.demand()[d];
      }
      ResilienceMeasures m = ResilienceMeasures.of(PerformanceCurve.of(c.demand(), served), c.start(), c.warmup());
      assertThat(m.timeToRecoverDays()).isZero();
      assertThat(m.censored()).isFalse();
      assertThat(m.lossAreaUnitDays()).isZero();
      assertThat(m.maxDrop()).isLessThanOrEqualTo(1e-12);
      if (share == 1.0) {
        assertThat(m.maxDrop()).isZero();
        assertThat(m.baseline()).isEqualTo(1.0);
      }
    });
  }

  @Test
  void scalingDemandAndServedLeavesRatiosAndTimesAndScalesTheLoss() {
    Gen<Integer> factors = integers().between(1, 1000).mix(Generate.pick(List.of(1, 2, 3, 7, 10, 1000)), 30);
    qt().forAll(CurveCases.cases(), factors).checkAssert((c, k) -> {
      PerformanceCurve curve = c.curve();
      PerformanceCurve scaled = scale(c, k);
      // Whole units times a whole factor sum exactly, and a correctly rounded quotient of exact values
      // depends only on their ratio: the ratios agree to the bit.
      assertThat(scaled.servedDemandRatio()).containsExactly(curve.servedDemandRatio());
      assertThat(scaled.weeklyAverage()).containsExactly(curve.weeklyAverage());
      ResilienceMeasures m = ResilienceMeasures.of(curve, c.start(), c.warmup());
      ResilienceMeasures s = ResilienceMeasures.of(scaled, c.start(), c.warmup());
      assertThat(s.baseline()).isEqualTo(m.baseline());
      assertThat(s.maxDrop()).isEqualTo(m.maxDrop());
      assertThat(s.timeToRecoverDays()).isEqualTo(m.timeToRecoverDays());
      assertThat(s.censored()).isEqualTo(m.censored());
      double due = 0;
      for (double x : c.demand()) {
        due += k * x;
      }
      assertThat(Math.abs(s.lossAreaUnitDays() - k * m.lossAreaUnitDays())).isLessThanOrEqualTo(1e-12 * due);
    });
  }

  @Test
  void scalingByAPowerOfTwoScalesTheLossExactly() {
    qt().forAll(CurveCases.cases(), integers().between(-20, 20)).checkAssert((c, exponent) -> {
      double k = Math.scalb(1.0, exponent);
      ResilienceMeasures m = ResilienceMeasures.of(c.curve(), c.start(), c.warmup());
      ResilienceMeasures s = ResilienceMeasures.of(scale(c, k), c.start(), c.warmup());
      assertThat(s).isEqualTo(new ResilienceMeasures(m.disruptionStartDay(), m.baseline(), m.maxDrop(),
          m.timeToRecoverDays(), m.censored(), k * m.lossAreaUnitDays()));
    });
  }

  @Test
  void aShorterHorizonNeverSeesALaterRecovery() {
    qt().forAll(CurveCases.cases(), integers().between(0, 1000)).checkAssert((c, f) -> {
      int days = c.demand().length;
      int end = c.start() + 1 + (days - c.start() - 1) * f / 1000;
      ResilienceMeasures full = ResilienceMeasures.of(c.curve(), c.start(), c.warmup());
      ResilienceMeasures cut = ResilienceMeasures.of(c.curve(), c.start(), c.warmup(), end,
          ResilienceMeasures.Criteria.DEFAULT);
      // A drop seen before the cut keeps the recovery that came before the cut, or is censored at the cut;
      // a drop only after the cut is not seen at all.
      if (cut.timeToRecoverDays() > 0) {
        assertThat(cut.timeToRecoverDays()).isEqualTo(Math.min(full.timeToRecoverDays(), end - c.start()));
      }
      if (full.timeToRecoverDays() == 0) {
        assertThat(cut.timeToRecoverDays()).isZero();
      }
      assertThat(cut.lossAreaUnitDays()).isLessThanOrEqualTo(full.lossAreaUnitDays());
      assertThat(cut.maxDrop()).isLessThanOrEqualTo(full.maxDrop());
      if (cut.censored()) {
        assertThat(full.timeToRecoverDays()).isGreaterThanOrEqualTo(end - c.start());
      }
    });
  }

  private static PerformanceCurve scale(CurveCases.Case c, double k) {
    double[] demand = c.demand().clone();
    double[] served = c.served().clone();
    for (int d = 0; d < demand.length; d++) {
      demand[d] *= k;
      served[d] *= k;
    }
    return PerformanceCurve.of(demand, served);
  }
}
