package org.dmsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.dmsim.model.resilience.PerformanceCurve;
import org.dmsim.model.resilience.ResilienceMeasures;
import org.junit.jupiter.api.Test;

class ResilienceTriangleTest {
  /** 60 days, 10 units due a day from day 5 (a 5-day warm-up without demand), all on time but a dip. */
  static double[][] replication(int dipFrom, int dipTo, double servedInDip) {
    double[] due = new double[60];
    double[] served = new double[60];
    for (int d = 5; d < 60; d++) {
      due[d] = 10;
      served[d] = d >= dipFrom && d < dipTo ? servedInDip : 10;
    }
    return new double[][] {due, served};
  }

  @Test
  void of_twoReplications_measuresArePooledCurvesWithTheIndicatorsDefinitions() {
    double[][] a = replication(30, 35, 0);
    double[][] b = replication(30, 40, 5);

    ResilienceTriangle t = ResilienceTriangle.of("centralized", List.of(a[0], b[0]), List.of(a[1], b[1]), 30,
        Integer.MAX_VALUE, 5).orElseThrow();

    double[] due = new double[60];
    double[] served = new double[60];
    for (int d = 0; d < 60; d++) {
      due[d] = a[0][d] + b[0][d];
      served[d] = a[1][d] + b[1][d];
    }
    PerformanceCurve pooled = PerformanceCurve.of(due, served);
    assertThat(t.measures()).isEqualTo(ResilienceMeasures.of(pooled, 30, 5, 60, ResilienceMeasures.Criteria.DEFAULT));
    assertThat(t.measures().baseline()).isEqualTo(1.0);
    assertThat(t.dailyShare()[32]).isEqualTo(0.25);
    assertThat(t.dailyShare()[37]).isEqualTo(0.75);
    assertThat(t.movingAverage()).containsExactly(pooled.movingAverage(7, 5));
    assertThat(t.recoveryDay()).isEqualTo(30 + t.measures().timeToRecoverDays());
    assertThat(t.measures().censored()).isFalse();
    assertThat(t.censoredReplications()).isZero();
    double ta = ResilienceMeasures.of(PerformanceCurve.of(a[0], a[1]), 30, 5).timeToRecoverDays();
    double tb = ResilienceMeasures.of(PerformanceCurve.of(b[0], b[1]), 30, 5).timeToRecoverDays();
    assertThat(t.meanTimeToRecoverDays()).isEqualTo((ta + tb) / 2);
    assertThat(t.replications()).isEqualTo(2);
  }

  @Test
  void of_notRecoveredByTheEnd_censoredInPooledCurveAndReplications() {
    double[][] a = replication(40, 60, 0);

    ResilienceTriangle t = ResilienceTriangle.of("distributed", List.of(a[0]), List.of(a[1]), 40, 1000, 5)
        .orElseThrow();

    assertThat(t.measures().censored()).isTrue();
    assertThat(t.recoveryDay()).isEqualTo(60);
    assertThat(t.horizonEndDay()).isEqualTo(60);
    assertThat(t.censoredReplications()).isEqualTo(1);
    assertThat(t.measures().lossAreaUnitDays()).isEqualTo(200.0);
  }

  @Test
  void of_nextDisruptionEndsTheHorizon() {
    double[][] a = replication(40, 60, 0);
    ResilienceTriangle t = ResilienceTriangle.of("c", List.of(a[0]), List.of(a[1]), 40, 50, 5).orElseThrow();
    assertThat(t.horizonEndDay()).isEqualTo(50);
    assertThat(t.recoveryDay()).isEqualTo(50);
    assertThat(t.measures().censored()).isTrue();
  }

  @Test
  void of_startInsideTheWarmupOrWithoutBaseline_empty() {
    double[][] a = replication(40, 60, 0);
    assertThat(ResilienceTriangle.of("c", List.of(a[0]), List.of(a[1]), 5, 60, 5)).isEmpty();
    double[] none = new double[60];
    assertThat(ResilienceTriangle.of("c", List.of(none), List.of(none), 30, 60, 5)).isEmpty();
    assertThat(ResilienceTriangle.of("c", List.of(), List.of(), 30, 60, 5)).isEmpty();
  }

  @Test
  void of_recordCopiesItsArrays() {
    double[][] a = replication(30, 35, 0);
    ResilienceTriangle t = ResilienceTriangle.of("c", List.of(a[0]), List.of(a[1]), 30, 60, 5).orElseThrow();
    double[] share = t.dailyShare();
    Arrays.fill(share, -1);
    assertThat(t.dailyShare()[30]).isEqualTo(0.0);
  }
}
