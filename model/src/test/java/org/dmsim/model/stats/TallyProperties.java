package org.dmsim.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Tally against a two-pass computation. Floating-point results of different but correct algorithms
 * differ by rounding, so results are compared within 1e-9 relative to the data's scale: the largest
 * sample magnitude for the mean, its square for the variance.
 */
class TallyProperties {
  private static final double RELATIVE = 1e-9;

  @Test
  void meanAndVarianceEqualATwoPassComputation() {
    qt().forAll(samples()).checkAssert(xs -> {
      Tally t = TallyTest.tallyOf(toArray(xs));
      assertMatchesTwoPass(t, xs);
    });
  }

  @Test
  void mergingTwoTalliesEqualsAddingAllSamplesInSequence() {
    qt().forAll(samples(), samples()).checkAssert((as, bs) -> {
      Tally merged = TallyTest.tallyOf(toArray(as));
      merged.merge(TallyTest.tallyOf(toArray(bs)));
      List<Double> all = new ArrayList<>(as);
      all.addAll(bs);
      Tally sequential = TallyTest.tallyOf(toArray(all));
      assertThat(merged.count()).isEqualTo(sequential.count());
      assertThat(merged.min()).isEqualTo(sequential.min());
      assertThat(merged.max()).isEqualTo(sequential.max());
      double scale = scale(all);
      assertClose(merged.mean(), sequential.mean(), scale);
      assertClose(merged.variance(), sequential.variance(), scale * scale);
      assertMatchesTwoPass(merged, all);
    });
  }

  @Test
  void aTallyRebuiltFromItsSummaryMergesLikeTheOriginal() {
    qt().forAll(samples(), samples()).checkAssert((as, bs) -> {
      Tally a = TallyTest.tallyOf(toArray(as));
      Tally rebuilt = Tally.of(a.count(), a.mean(), a.variance(), a.min(), a.max());
      assertThat(rebuilt.count()).isEqualTo(a.count());
      assertThat(rebuilt.mean()).isEqualTo(a.mean());
      assertThat(rebuilt.min()).isEqualTo(a.min());
      assertThat(rebuilt.max()).isEqualTo(a.max());
      double scale = scale(as);
      assertClose(rebuilt.variance(), a.variance(), scale * scale);

      Tally b = TallyTest.tallyOf(toArray(bs));
      a.merge(b);
      rebuilt.merge(b);
      List<Double> all = new ArrayList<>(as);
      all.addAll(bs);
      double allScale = scale(all);
      assertThat(rebuilt.count()).isEqualTo(a.count());
      assertClose(rebuilt.mean(), a.mean(), allScale);
      assertClose(rebuilt.variance(), a.variance(), allScale * allScale);
    });
  }

  @Test
  void minAndMaxBoundTheMean() {
    qt().forAll(nonEmptySamples()).checkAssert(xs -> {
      Tally t = TallyTest.tallyOf(toArray(xs));
      double slack = RELATIVE * scale(xs);
      assertThat(t.mean()).isBetween(t.min() - slack, t.max() + slack);
      assertThat(t.variance()).isGreaterThanOrEqualTo(-RELATIVE * scale(xs) * scale(xs));
    });
  }

  private static void assertMatchesTwoPass(Tally t, List<Double> xs) {
    int n = xs.size();
    assertThat(t.count()).isEqualTo(n);
    if (n == 0) {
      assertThat(t.mean()).isZero();
      assertThat(t.variance()).isZero();
      return;
    }
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    double mean = sum / n;
    double squares = 0;
    for (double x : xs) {
      squares += (x - mean) * (x - mean);
    }
    double variance = n < 2 ? 0 : squares / (n - 1);
    double scale = scale(xs);
    assertClose(t.mean(), mean, scale);
    assertClose(t.variance(), variance, scale * scale);
    assertThat(t.min()).isEqualTo(xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
    assertThat(t.max()).isEqualTo(xs.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
  }

  private static void assertClose(double actual, double expected, double scale) {
    assertThat(Math.abs(actual - expected)).as("%s vs %s at scale %s", actual, expected, scale)
        .isLessThanOrEqualTo(RELATIVE * Math.max(scale, Double.MIN_NORMAL));
  }

  private static double scale(List<Double> xs) {
    double max = 0;
    for (double x : xs) {
      max = Math.max(max, Math.abs(x));
    }
    return max;
  }

  /** Sample lists biased to the edges: empty, one sample, all equal, zeros, and widely spread magnitudes. */
  private static Gen<List<Double>> samples() {
    return nonEmptySamples().mix(Generate.constant(List.of()), 10);
  }

  private static Gen<List<Double>> nonEmptySamples() {
    Gen<Double> values = doubles().between(-1e6, 1e6)
        .mix(Generate.pick(List.of(0.0, -0.0, 1.0, -1.0, 0.1, 1e6, 1e-9)), 30)
        .mix(doubles().between(0, 1e12), 10);
    Gen<List<Double>> varied = lists().of(values).ofSizeBetween(1, 60);
    Gen<List<Double>> equal = values.zip(integers().between(1, 20), (x, n) -> Collections.nCopies(n, x));
    return varied.mix(equal, 20);
  }

  private static double[] toArray(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
