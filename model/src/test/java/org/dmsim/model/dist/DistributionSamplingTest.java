package org.dmsim.model.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.dmsim.model.random.RandomStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statistical tests of each continuous distribution's sampler against commons-math3's reference
 * distribution with the same parameters.
 *
 * <p>The samples come from fixed seeds, so these tests are deterministic: they pass or fail the same
 * way on every run and JVM. The Kolmogorov–Smirnov threshold p > 1e-4 is therefore not a false-alarm
 * rate; it is low enough that a correct sampler passes with a wide margin, while a real defect (a wrong
 * μ/σ conversion, a lost shape < 1 boost, an inverted branch) at 100,000 samples gives p-values many
 * orders of magnitude smaller. The same reasoning sets the mean check at five standard errors.
 */
class DistributionSamplingTest {
  private static final int SAMPLES = 100_000;
  private static final double P_THRESHOLD = 1e-4;

  /** The reference distributions get their own stream so they never seed themselves from the clock. */
  private static final RandomStream REFERENCE_RNG = new RandomStream(0);

  static Stream<Arguments> continuous() {
    LogNormal narrowLogNormal = new LogNormal(20, 0.5);
    LogNormal wideLogNormal = new LogNormal(3_600_000, 2.0);
    return Stream.of(
        Arguments.of(new Exponential(1_200_000), new ExponentialDistribution(REFERENCE_RNG, 1_200_000)),
        Arguments.of(narrowLogNormal, new LogNormalDistribution(REFERENCE_RNG, narrowLogNormal.mu(),
            narrowLogNormal.sigma())),
        Arguments.of(wideLogNormal, new LogNormalDistribution(REFERENCE_RNG, wideLogNormal.mu(),
            wideLogNormal.sigma())),
        Arguments.of(new Gamma(2.5, 4.0), new GammaDistribution(REFERENCE_RNG, 2.5, 4.0)),
        Arguments.of(new Gamma(1.0, 7.0), new GammaDistribution(REFERENCE_RNG, 1.0, 7.0)),
        Arguments.of(new Gamma(0.3, 10.0), new GammaDistribution(REFERENCE_RNG, 0.3, 10.0)),
        Arguments.of(new Gamma(40.0, 0.5), new GammaDistribution(REFERENCE_RNG, 40.0, 0.5)),
        Arguments.of(new Weibull(0.7, 100.0), new WeibullDistribution(REFERENCE_RNG, 0.7, 100.0)),
        Arguments.of(new Weibull(2.0, 100.0), new WeibullDistribution(REFERENCE_RNG, 2.0, 100.0)),
        Arguments.of(new Triangular(2, 3, 10), new TriangularDistribution(REFERENCE_RNG, 2, 3, 10)),
        Arguments.of(new Triangular(-5, -5, 5), new TriangularDistribution(REFERENCE_RNG, -5, -5, 5)),
        Arguments.of(new Triangular(0, 1, 1), new TriangularDistribution(REFERENCE_RNG, 0, 1, 1)),
        Arguments.of(new Uniform(-1, 3), new UniformRealDistribution(REFERENCE_RNG, -1, 3)));
  }

  @ParameterizedTest
  @MethodSource("continuous")
  void sample_manyDraws_matchReferenceDistributionByKolmogorovSmirnov(Distribution dist,
      RealDistribution reference) {
    double[] draws = draw(dist, 11);
    double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(reference, draws);
    assertThat(p).as("KS p-value of %s", dist.describe()).isGreaterThan(P_THRESHOLD);
  }

  @ParameterizedTest
  @MethodSource("continuous")
  void sample_manyDraws_meanWithinFiveStandardErrorsOfMean(Distribution dist, RealDistribution reference) {
    double[] draws = draw(dist, 12);
    double sum = 0;
    for (double d : draws) {
      sum += d;
    }
    double standardError = Math.sqrt(reference.getNumericalVariance() / SAMPLES);
    assertThat(dist.mean()).as("mean() of %s", dist.describe())
        .isCloseTo(reference.getNumericalMean(), within(
            1e-9 * Math.abs(reference.getNumericalMean()) + 1e-12));
    assertThat(sum / SAMPLES).as("sample mean of %s", dist.describe())
        .isCloseTo(dist.mean(), within(5 * standardError));
  }

  @ParameterizedTest
  @MethodSource("continuous")
  void sample_sameSeed_sameSequence(Distribution dist, RealDistribution reference) {
    RandomStream a = new RandomStream(13);
    RandomStream b = new RandomStream(13);
    for (int i = 0; i < 1_000; i++) {
      assertThat(Double.doubleToRawLongBits(dist.sample(a)))
          .isEqualTo(Double.doubleToRawLongBits(dist.sample(b)));
    }
  }

  @Test
  void sample_exponential_isTheStreamsZiggurat() {
    RandomStream a = new RandomStream(14);
    RandomStream b = new RandomStream(14);
    Exponential dist = new Exponential(42);
    for (int i = 0; i < 100; i++) {
      assertThat(dist.sample(a)).isEqualTo(b.nextExponential(42));
    }
  }

  @Test
  void sample_deterministic_returnsValueAndDrawsNothing() {
    RandomStream a = new RandomStream(15);
    RandomStream b = new RandomStream(15);
    assertThat(new Deterministic(7.5).sample(a)).isEqualTo(7.5);
    assertThat(a.nextLong()).isEqualTo(b.nextLong());
  }

  @Test
  void sample_empiricalWithRepeats_drawsEachObservationInProportion() {
    Empirical dist = new Empirical(new double[] {5, 1, 5, 2});
    RandomStream rng = new RandomStream(16);
    int ones = 0;
    int twos = 0;
    int fives = 0;
    for (int i = 0; i < SAMPLES; i++) {
      double x = dist.sample(rng);
      if (x == 1) {
        ones++;
      } else if (x == 2) {
        twos++;
      } else if (x == 5) {
        fives++;
      }
    }
    assertThat(ones + twos + fives).isEqualTo(SAMPLES);
    // Binomial standard deviation at p = 1/4 is about 137, at p = 1/2 about 158; five of them.
    assertThat((double) ones).isCloseTo(SAMPLES / 4.0, within(700.0));
    assertThat((double) twos).isCloseTo(SAMPLES / 4.0, within(700.0));
    assertThat((double) fives).isCloseTo(SAMPLES / 2.0, within(800.0));
    assertThat(dist.mean()).isEqualTo(13 / 4.0);
  }

  @Test
  void sample_sameSeed_givesPinnedValues() {
    // Pins the algorithms: a change here changes every stochastic run's results, so it must be
    // deliberate. Values are exact, so they also catch a JVM that computes differently.
    assertThat(firstThree(new Exponential(10))).containsExactly(PINNED_EXPONENTIAL);
    assertThat(firstThree(new LogNormal(10, 0.5))).containsExactly(PINNED_LOGNORMAL);
    assertThat(firstThree(new Gamma(2.5, 4))).containsExactly(PINNED_GAMMA);
    assertThat(firstThree(new Gamma(0.5, 4))).containsExactly(PINNED_GAMMA_SMALL_SHAPE);
    assertThat(firstThree(new Weibull(1.5, 10))).containsExactly(PINNED_WEIBULL);
    assertThat(firstThree(new Triangular(1, 2, 10))).containsExactly(PINNED_TRIANGULAR);
    assertThat(firstThree(new Uniform(1, 10))).containsExactly(PINNED_UNIFORM);
    assertThat(firstThree(new Empirical(new double[] {1, 2, 3, 4, 5}))).containsExactly(PINNED_EMPIRICAL);
  }

  private static double[] firstThree(Distribution dist) {
    RandomStream rng = new RandomStream(2024);
    return new double[] {dist.sample(rng), dist.sample(rng), dist.sample(rng)};
  }

  private static double[] draw(Distribution dist, long seed) {
    RandomStream rng = new RandomStream(seed);
    double[] draws = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      draws[i] = dist.sample(rng);
    }
    return draws;
  }

  /** The first three samples from seed 2024, as exact hexadecimal doubles. */
  private static final double[] PINNED_EXPONENTIAL = {0x1.bfc33edccaef1p0, 0x1.fda40f9107db1p3, 0x1.62f42d4e14808p2};
  private static final double[] PINNED_LOGNORMAL = {0x1.9f3f951ef5acdp3, 0x1.949f9b6c5d59bp2, 0x1.a7fa84576358ep2};
  private static final double[] PINNED_GAMMA = {0x1.c5cf8287775cfp3, 0x1.416375ac9e039p2, 0x1.2475c506a5bf7p3};
  private static final double[] PINNED_GAMMA_SMALL_SHAPE = {0x1.0956664f7de0cp-7, 0x1.14eecc38c17d5p0, 0x1.882a1c32a5629p-1};
  private static final double[] PINNED_WEIBULL = {0x1.9053ccb8c96d5p1, 0x1.b4687a6e0cc09p3, 0x1.b006260354874p2};
  private static final double[] PINNED_TRIANGULAR = {0x1.b567d431afe1ap0, 0x1.8281076bcc998p2, 0x1.ce279611d5baep0};
  private static final double[] PINNED_UNIFORM = {0x1.808bfc2ab292fp0, 0x1.013ef26c5bc95p3, 0x1.a603bba3c560dp0};
  private static final double[] PINNED_EMPIRICAL = {1, 4, 1};
}
