package org.dmsim.model.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/**
 * Checks the parts of the ziggurat that the whole-distribution tests in {@link RandomStreamTest}
 * barely see: the tail beyond the base layer and the narrow layers just below it. Fixed seeds make
 * these deterministic; the bounds are about five standard deviations of a correct sampler.
 */
class ZigguratExponentialTest {
  /** Start of the tail, Marsaglia and Tsang's r for 256 layers. */
  private static final double R = 7.69711747013104972;
  private static final int DRAWS = 4_000_000;

  @Test
  void sample_tailBeyondR_occursWithProbabilityExpMinusR() {
    RandomStream stream = new RandomStream(101);
    long tail = 0;
    for (int i = 0; i < DRAWS; i++) {
      if (ZigguratExponential.sample(stream) > R) {
        tail++;
      }
    }
    double expected = DRAWS * Math.exp(-R); // e^-7.697 = 4.54e-4, about 1,817 draws
    assertThat(Math.exp(-R)).isCloseTo(4.54e-4, within(0.01e-4));
    assertThat((double) tail).isCloseTo(expected, within(5 * Math.sqrt(expected)));
  }

  @Test
  void sample_excessOverR_isStandardExponential() {
    // Memorylessness: given X > r, X - r is again Exp(1), which is what the tail branch must produce.
    RandomStream stream = new RandomStream(102);
    List<Double> excess = new ArrayList<>();
    for (int i = 0; i < DRAWS; i++) {
      double x = ZigguratExponential.sample(stream);
      if (x > R) {
        excess.add(x - R);
      }
    }
    double[] values = excess.stream().mapToDouble(Double::doubleValue).toArray();
    ExponentialDistribution standard = new ExponentialDistribution(new RandomStream(0), 1.0);
    assertThat(values).hasSizeGreaterThan(1_000);
    assertThat(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(standard, values)).isGreaterThan(1e-4);
  }

  @Test
  void sample_justBelowTheTail_hasTheRightMass() {
    // [6, r) lies in the widest layers, where most draws need the wedge test.
    RandomStream stream = new RandomStream(103);
    long inRange = 0;
    for (int i = 0; i < DRAWS; i++) {
      double x = ZigguratExponential.sample(stream);
      if (x >= 6 && x < R) {
        inRange++;
      }
    }
    double expected = DRAWS * (Math.exp(-6) - Math.exp(-R)); // about 8,100
    assertThat((double) inRange).isCloseTo(expected, within(5 * Math.sqrt(expected)));
  }

  @Test
  void sample_isFiniteNonNegativeAndBoundedByTheTailOfA53BitUniform() {
    // The largest variate is r - log(2^-53), about 44.5.
    RandomStream stream = new RandomStream(104);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < 1_000_000; i++) {
      double x = ZigguratExponential.sample(stream);
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    assertThat(min).isGreaterThanOrEqualTo(0.0);
    assertThat(max).isGreaterThan(R).isLessThanOrEqualTo(R + 53 * Math.log(2));
  }
}
