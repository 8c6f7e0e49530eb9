package org.dmsim.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TallyTest {

  @Test
  void emptyTally_reportsZeros() {
    Tally t = new Tally();
    assertThat(t.count()).isZero();
    assertThat(t.mean()).isZero();
    assertThat(t.variance()).isZero();
    assertThat(t.min()).isZero();
    assertThat(t.max()).isZero();
  }

  @Test
  void oneSample_isMeanMinAndMaxWithZeroVariance() {
    Tally t = new Tally();
    t.add(-4.5);
    assertThat(t.count()).isEqualTo(1);
    assertThat(t.mean()).isEqualTo(-4.5);
    assertThat(t.variance()).isZero();
    assertThat(t.min()).isEqualTo(-4.5);
    assertThat(t.max()).isEqualTo(-4.5);
  }

  @Test
  void handComputedSamples_giveMeanAndUnbiasedVariance() {
    Tally t = new Tally();
    for (double x : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
      t.add(x);
    }
    // Sum 40, mean 5, squared deviations 32, unbiased variance 32 / 7.
    assertThat(t.count()).isEqualTo(8);
    assertThat(t.mean()).isEqualTo(5.0);
    assertThat(t.variance()).isCloseTo(32.0 / 7, within(1e-12));
    assertThat(t.min()).isEqualTo(2);
    assertThat(t.max()).isEqualTo(9);
  }

  @Test
  void equalSamples_haveExactlyZeroVariance() {
    Tally t = new Tally();
    for (int i = 0; i < 1_000; i++) {
      t.add(0.1);
    }
    assertThat(t.mean()).isEqualTo(0.1);
    assertThat(t.variance()).isZero();
  }

  @Test
  void largeOffset_keepsTheVarianceAccurate() {
    // Welford's update does not cancel catastrophically the way sum-of-squares minus square-of-sum does.
    Tally t = new Tally();
    for (double x : new double[] {1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16}) {
      t.add(x);
    }
    assertThat(t.mean()).isEqualTo(1e9 + 10);
    assertThat(t.variance()).isCloseTo(30.0, within(1e-6));
  }

  @Test
  void merge_emptyIntoEmpty_staysEmpty() {
    Tally t = new Tally();
    t.merge(new Tally());
    assertThat(t.count()).isZero();
    assertThat(t.min()).isZero();
    assertThat(t.max()).isZero();
  }

  @Test
  void merge_emptyOther_changesNothing() {
    Tally t = tallyOf(1, 2, 3);
    t.merge(new Tally());
    assertThat(t.count()).isEqualTo(3);
    assertThat(t.mean()).isEqualTo(2);
    assertThat(t.variance()).isEqualTo(1);
    assertThat(t.min()).isEqualTo(1);
    assertThat(t.max()).isEqualTo(3);
  }

  @Test
  void merge_intoEmpty_copiesTheOther() {
    Tally t = new Tally();
    t.merge(tallyOf(1, 2, 3));
    assertThat(t.count()).isEqualTo(3);
    assertThat(t.mean()).isEqualTo(2);
    assertThat(t.variance()).isEqualTo(1);
    assertThat(t.min()).isEqualTo(1);
    assertThat(t.max()).isEqualTo(3);
  }

  @Test
  void merge_handComputedHalves_equalsTheWhole() {
    Tally t = tallyOf(2, 4, 4, 4);
    t.merge(tallyOf(5, 5, 7, 9));
    assertThat(t.count()).isEqualTo(8);
    assertThat(t.mean()).isEqualTo(5.0);
    assertThat(t.variance()).isCloseTo(32.0 / 7, within(1e-12));
    assertThat(t.min()).isEqualTo(2);
    assertThat(t.max()).isEqualTo(9);
  }

  @Test
  void merge_withItself_doublesTheSamples() {
    Tally t = tallyOf(1, 3);
    t.merge(t);
    // Samples 1, 3, 1, 3: mean 2, squared deviations 4, variance 4 / 3.
    assertThat(t.count()).isEqualTo(4);
    assertThat(t.mean()).isEqualTo(2);
    assertThat(t.variance()).isCloseTo(4.0 / 3, within(1e-12));
  }

  @Test
  void of_summary_rebuildsTheTally() {
    Tally original = tallyOf(2, 4, 4, 4, 5, 5, 7, 9);
    Tally rebuilt = Tally.of(original.count(), original.mean(), original.variance(), original.min(), original.max());
    assertThat(rebuilt.count()).isEqualTo(original.count());
    assertThat(rebuilt.mean()).isEqualTo(original.mean());
    assertThat(rebuilt.variance()).isCloseTo(original.variance(), within(1e-12));
    assertThat(rebuilt.min()).isEqualTo(original.min());
    assertThat(rebuilt.max()).isEqualTo(original.max());
  }

  @Test
  void of_oneSample_ignoresTheGivenVariance() {
    Tally t = Tally.of(1, 3.0, 99.0, 3.0, 3.0);
    assertThat(t.variance()).isZero();
    t.add(5.0);
    assertThat(t.variance()).isEqualTo(2.0);
  }

  @Test
  void of_zeroOrNegativeCount_isEmpty() {
    for (long count : new long[] {0, -1}) {
      Tally t = Tally.of(count, 3.0, 1.0, 1.0, 5.0);
      assertThat(t.count()).isZero();
      assertThat(t.mean()).isZero();
      assertThat(t.min()).isZero();
      assertThat(t.max()).isZero();
    }
  }

  static Tally tallyOf(double... xs) {
    Tally t = new Tally();
    for (double x : xs) {
      t.add(x);
    }
    return t;
  }
}
