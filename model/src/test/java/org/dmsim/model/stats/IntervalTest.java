package org.dmsim.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** Student-t intervals against hand and table values; reference quantiles from Student-t tables. */
class IntervalTest {

  @Test
  void studentT_oneToFive_givesTableHalfWidth() {
    // Mean 3, squared deviations 10, s² = 10 / 4 = 2.5, t(4, 0.975) = 2.776445, h = t·√2.5/√5 = 1.963243.
    Interval i = Interval.studentT(new double[] {1, 2, 3, 4, 5}, 0.95);
    assertThat(i.n()).isEqualTo(5);
    assertThat(i.confidence()).isEqualTo(0.95);
    assertThat(i.mean()).isEqualTo(3.0);
    assertThat(i.standardDeviation()).isCloseTo(Math.sqrt(2.5), within(1e-15));
    assertThat(i.halfWidth()).isCloseTo(1.9632431614775572, within(1e-8));
    assertThat(i.lower()).isEqualTo(i.mean() - i.halfWidth());
    assertThat(i.upper()).isEqualTo(i.mean() + i.halfWidth());
  }

  @Test
  void studentT_defaultConfidence_is95Percent() {
    double[] values = {3, 1, 4, 1, 5, 9, 2, 6};
    assertThat(Interval.studentT(values)).isEqualTo(Interval.studentT(values, 0.95));
  }

  @Test
  void tQuantile_matchesStudentTables() {
    assertThat(Interval.tQuantile(4, 0.95)).isCloseTo(2.7764451051977934, within(1e-8));
    assertThat(Interval.tQuantile(9, 0.90)).isCloseTo(1.833112932656237, within(1e-8));
    assertThat(Interval.tQuantile(29, 0.99)).isCloseTo(2.756385903670605, within(1e-8));
  }

  @Test
  void studentT_oneValue_hasNaNSpreadAndBounds() {
    Interval i = Interval.studentT(new double[] {42.5}, 0.95);
    assertThat(i.n()).isEqualTo(1);
    assertThat(i.mean()).isEqualTo(42.5);
    assertThat(i.standardDeviation()).isNaN();
    assertThat(i.halfWidth()).isNaN();
    assertThat(i.lower()).isNaN();
    assertThat(i.upper()).isNaN();
  }

  @Test
  void studentT_equalValues_haveExactlyZeroWidth() {
    double[] values = new double[30];
    java.util.Arrays.fill(values, 0.1);
    Interval i = Interval.studentT(values, 0.95);
    assertThat(i.mean()).isEqualTo(0.1);
    assertThat(i.standardDeviation()).isZero();
    assertThat(i.halfWidth()).isZero();
    assertThat(i.lower()).isEqualTo(0.1);
    assertThat(i.upper()).isEqualTo(0.1);
  }

  @Test
  void studentT_largeOffset_keepsTheSpreadAccurate() {
    Interval i = Interval.studentT(new double[] {1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16}, 0.95);
    assertThat(i.mean()).isEqualTo(1e9 + 10);
    assertThat(i.standardDeviation()).isCloseTo(Math.sqrt(30.0), within(1e-9));
  }

  @Test
  void studentT_emptyNaNOrBadConfidence_isRejected() {
    assertThatThrownBy(() -> Interval.studentT(new double[0], 0.95))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one value");
    assertThatThrownBy(() -> Interval.studentT(new double[] {1, Double.NaN}, 0.95))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value 1 is NaN");
    assertThatThrownBy(() -> Interval.studentT(new double[] {1, Double.POSITIVE_INFINITY}, 0.95))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    for (double c : new double[] {0, 1, -0.5, 95, Double.NaN}) {
      assertThatThrownBy(() -> Interval.studentT(new double[] {1, 2}, c))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidence");
    }
  }

  @Test
  void studentT_normalSamples_coverTheTrueMeanAboutAsOftenAsPromised() {
    // 4000 intervals of 5 draws from N(10, 3²) with a fixed seed: at 95 % the count of misses is
    // binomial with mean 200 and standard deviation 13.8; the bound below is three of those.
    RandomGenerator random = new Well19937c(20240611L);
    int covered = 0;
    int trials = 4000;
    for (int k = 0; k < trials; k++) {
      double[] values = new double[5];
      for (int j = 0; j < values.length; j++) {
        values[j] = 10 + 3 * random.nextGaussian();
      }
      Interval i = Interval.studentT(values, 0.95);
      if (i.lower() <= 10 && 10 <= i.upper()) {
        covered++;
      }
    }
    assertThat(covered / (double) trials).isBetween(0.95 - 0.0104, 0.95 + 0.0104);
  }

  @Test
  void pairedDifference_identicalVariants_isExactlyZero() {
    double[] kpi = {0.91, 0.87, 0.93, 0.95, 0.89, 0.9, 1e-17, 1e12};
    Interval i = Interval.pairedDifference(kpi, kpi.clone(), 0.95);
    assertThat(i.n()).isEqualTo(kpi.length);
    assertThat(i.mean()).isZero();
    assertThat(i.standardDeviation()).isZero();
    assertThat(i.halfWidth()).isZero();
    assertThat(i.lower()).isZero();
    assertThat(i.upper()).isZero();
  }

  @Test
  void pairedDifference_isTheIntervalOfTheDifferences() {
    double[] a = {12, 15, 11, 18, 14};
    double[] b = {10, 14, 10, 15, 13};
    // Differences 2, 1, 1, 3, 1: a shared replication effect cancels, which is why pairing is tighter.
    assertThat(Interval.pairedDifference(a, b, 0.9)).isEqualTo(Interval.studentT(new double[] {2, 1, 1, 3, 1}, 0.9));
    Interval i = Interval.pairedDifference(a, b);
    assertThat(i.mean()).isCloseTo(1.6, within(1e-15));
    assertThat(i.halfWidth()).isLessThan(Interval.studentT(a).halfWidth());
  }

  @Test
  void pairedDifference_unequalLengths_isRejected() {
    assertThatThrownBy(() -> Interval.pairedDifference(new double[] {1, 2}, new double[] {1}, 0.95))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 and 1");
  }

  @Test
  void requiredReplications_unitSpreadAndHalfWidthAHalf_isEighteen() {
    // s = 1 (pilot 0, 1, 2). t(16, 0.975)/√17 = 2.1199/4.1231 = 0.5142 > 0.5,
    // t(17, 0.975)/√18 = 2.1098/4.2426 = 0.4973 ≤ 0.5: eighteen replications in all.
    assertThat(Interval.requiredReplications(new double[] {0, 1, 2}, 0.5, 0.95)).isEqualTo(18);
  }

  @Test
  void requiredReplications_precisePilot_needsNoMore() {
    double[] pilot = {5, 5.01, 4.99, 5, 5.02, 4.98};
    assertThat(Interval.requiredReplications(pilot, 1.0, 0.95)).isEqualTo(pilot.length);
    assertThat(Interval.requiredReplications(new double[] {7, 7}, 1e-9, 0.95)).isEqualTo(2);
  }

  @Test
  void requiredReplications_badArguments_areRejected() {
    assertThatThrownBy(() -> Interval.requiredReplications(new double[] {1}, 0.5, 0.95))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two");
    assertThatThrownBy(() -> Interval.requiredReplications(new double[] {1, 2}, 0, 0.95))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("half-width");
    assertThatThrownBy(() -> Interval.requiredReplications(new double[] {0, 1e6}, 1e-6, 0.95))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void constructor_checksCountAndConfidence() {
    assertThatThrownBy(() -> new Interval(0, 0, 0, 0, 0, 0, 0.95)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Interval(0, 0, 0, 0, 0, 3, 1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Interval(0, 1, -1, 1, -1, 3, 0.95)).isInstanceOf(IllegalArgumentException.class);
  }
}
