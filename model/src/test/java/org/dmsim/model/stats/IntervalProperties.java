package org.dmsim.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of Student-t and paired intervals and of the replication estimate. */
class IntervalProperties {

  @Test
  void theIntervalIsCentredOnTheMeanAndHasNoNegativeWidth() {
    qt().forAll(replications(2), confidences()).checkAssert((xs, c) -> {
      Interval i = Interval.studentT(toArray(xs), c);
      assertThat(i.n()).isEqualTo(xs.size());
      assertThat(i.halfWidth()).isGreaterThanOrEqualTo(0);
      assertThat(i.lower()).isLessThanOrEqualTo(i.mean());
      assertThat(i.upper()).isGreaterThanOrEqualTo(i.mean());
      double min = xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
      double max = xs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
      double slack = 1e-12 * Math.max(Math.abs(min), Math.abs(max));
      assertThat(i.mean()).isBetween(min - slack, max + slack);
    });
  }

  @Test
  void identicalVariantsHaveExactlyZeroPairedDifference() {
    qt().forAll(replications(1), confidences()).checkAssert((xs, c) -> {
      double[] a = toArray(xs);
      Interval i = Interval.pairedDifference(a, a.clone(), c);
      assertThat(i.mean()).isZero();
      if (a.length >= 2) {
        assertThat(i.halfWidth()).isZero();
        assertThat(i.lower()).isZero();
        assertThat(i.upper()).isZero();
      } else {
        assertThat(i.halfWidth()).isNaN();
      }
    });
  }

  @Test
  void swappingTheVariantsMirrorsThePairedInterval() {
    qt().forAll(replications(2), replications(2), confidences()).checkAssert((as, bs, c) -> {
      int n = Math.min(as.size(), bs.size());
      double[] a = toArray(as.subList(0, n));
      double[] b = toArray(bs.subList(0, n));
      Interval ab = Interval.pairedDifference(a, b, c);
      Interval ba = Interval.pairedDifference(b, a, c);
      assertThat(ba.mean()).isEqualTo(-ab.mean());
      assertThat(ba.halfWidth()).isEqualTo(ab.halfWidth());
      assertThat(ba.lower()).isEqualTo(-ab.upper());
    });
  }

  @Test
  void higherConfidenceNeverNarrowsTheInterval() {
    qt().forAll(replications(2), confidences(), confidences()).checkAssert((xs, c1, c2) -> {
      double[] v = toArray(xs);
      double low = Math.min(c1, c2);
      double high = Math.max(c1, c2);
      Interval narrow = Interval.studentT(v, low);
      // The t quantile is found by a solver to 1e-9; allow that much.
      assertThat(Interval.studentT(v, high).halfWidth())
          .isGreaterThanOrEqualTo(narrow.halfWidth() - 1e-8 * narrow.standardDeviation());
    });
  }

  @Test
  void requiredReplicationsIsTheFirstCountThatMeetsTheTarget() {
    Gen<Double> pilotValues = doubles().between(-10, 10).mix(Generate.pick(List.of(0.0, 1.0, 0.5)), 30);
    Gen<List<Double>> pilots = lists().of(pilotValues).ofSizeBetween(2, 40);
    Gen<Double> targets = doubles().between(1e-2, 1e3).mix(Generate.pick(List.of(1e-2, 0.5, 1.0, 100.0)), 20);
    qt().forAll(pilots, targets, confidences()).checkAssert((xs, h, c) -> {
      double[] pilot = toArray(xs);
      double ratio = Interval.studentT(pilot, c).standardDeviation() / h;
      int n = Interval.requiredReplications(pilot, h, c);
      assertThat(n).isGreaterThanOrEqualTo(pilot.length);
      assertThat(Interval.tQuantile(n - 1, c) * ratio / Math.sqrt(n)).isLessThanOrEqualTo(1.0);
      if (n > pilot.length) {
        assertThat(Interval.tQuantile(n - 2, c) * ratio / Math.sqrt(n - 1)).isGreaterThan(1.0);
      }
    });
  }

  /** Replication values biased to the edges: all equal, zeros, tiny and huge magnitudes, two values. */
  private static Gen<List<Double>> replications(int minSize) {
    Gen<Double> values = doubles().between(-1e3, 1e3)
        .mix(Generate.pick(List.of(0.0, 1.0, 0.1, 0.95, 1e-12, 1e9)), 30);
    Gen<List<Double>> varied = lists().of(values).ofSizeBetween(minSize, 40);
    Gen<List<Double>> equal = values.zip(integers().between(minSize, 20), (x, n) -> Collections.nCopies(n, x));
    return varied.mix(equal, 20);
  }

  private static Gen<Double> confidences() {
    return doubles().between(0.5, 0.999).mix(Generate.pick(List.of(0.9, 0.95, 0.99)), 40);
  }

  private static double[] toArray(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
