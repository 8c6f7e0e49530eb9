package org.dmsim.model.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import org.dmsim.model.random.RandomStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DistributionProperties {
  private static final int DRAWS = 200;

  @Test
  void positiveDistributionsNeverSampleBelowZero() {
    qt().forAll(seeds(), shapes(), means(), cvs()).checkAssert((seed, shape, mean, cv) -> {
      RandomStream rng = new RandomStream(seed);
      List<Distribution> dists = List.of(new Exponential(mean), new LogNormal(mean, cv),
          Gamma.ofMeanCv(mean, cv), new Gamma(shape, mean), new Weibull(shape, mean));
      for (Distribution dist : dists) {
        assertThat(dist.lowerBound()).isZero();
        for (int i = 0; i < DRAWS; i++) {
          assertThat(dist.sample(rng)).as(dist.describe()).isGreaterThanOrEqualTo(0.0).isNotNaN();
        }
      }
    });
  }

  @Test
  void boundedDistributionsSampleWithinTheirLimits() {
    qt().forAll(seeds(), limits(), limits(), doubles().between(0, 1)).checkAssert((seed, a, b, modeAt) -> {
      double min = Math.min(a, b);
      double max = Math.max(a, b);
      if (min == max) {
        max = min + 1;
      }
      double mode = Math.min(max, min + modeAt * (max - min));
      RandomStream rng = new RandomStream(seed);
      for (Distribution dist : List.of(new Triangular(min, mode, max), new Uniform(min, max))) {
        assertThat(dist.lowerBound()).isEqualTo(min);
        for (int i = 0; i < DRAWS; i++) {
          assertThat(dist.sample(rng)).as(dist.describe()).isBetween(min, max);
        }
      }
    });
  }

  @Test
  void empiricalSamplesOnlyItsObservations() {
    qt().forAll(seeds(), observations()).checkAssert((seed, values) -> {
      Empirical dist = new Empirical(values);
      RandomStream rng = new RandomStream(seed);
      List<Double> allowed = Arrays.stream(values).boxed().toList();
      for (int i = 0; i < DRAWS; i++) {
        double x = dist.sample(rng);
        assertThat(allowed).contains(x);
      }
      assertThat(dist.lowerBound()).isEqualTo(dist.values()[0]);
    });
  }

  @Test
  void empiricalEqualityIsByContentWhateverTheOrder() {
    qt().forAll(observations(), seeds()).checkAssert((values, seed) -> {
      double[] shuffled = values.clone();
      RandomStream rng = new RandomStream(seed);
      for (int i = shuffled.length - 1; i > 0; i--) {
        int j = rng.nextInt(i + 1);
        double t = shuffled[i];
        shuffled[i] = shuffled[j];
        shuffled[j] = t;
      }
      Empirical a = new Empirical(values);
      Empirical b = new Empirical(shuffled);
      assertThat(a).isEqualTo(b);
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    });
  }

  @Test
  void meanFactoriesGiveTheRequestedMean() {
    qt().forAll(shapes(), means(), cvs()).checkAssert((shape, mean, cv) -> {
      assertThat(Gamma.ofMeanCv(mean, cv).mean()).isCloseTo(mean, within(1e-9 * mean));
      assertThat(Weibull.ofMean(shape, mean).mean()).isCloseTo(mean, within(1e-9 * mean));
      assertThat(new LogNormal(mean, cv).mean()).isEqualTo(mean);
    });
  }

  @Test
  void sameSeedGivesTheSameSamples() {
    qt().forAll(seeds(), shapes(), means(), cvs()).checkAssert((seed, shape, mean, cv) -> {
      for (Distribution dist : List.of(new LogNormal(mean, cv), new Gamma(shape, mean), new Weibull(shape, mean))) {
        RandomStream a = new RandomStream(seed);
        RandomStream b = new RandomStream(seed);
        for (int i = 0; i < 32; i++) {
          assertThat(dist.sample(a)).isEqualTo(dist.sample(b));
        }
      }
    });
  }

  private static Gen<Long> seeds() {
    return longs().all().mix(Generate.pick(List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE)), 20);
  }

  /** Shapes across both gamma branches, the exponential case and steep wear-out, biased to the edges. */
  private static Gen<Double> shapes() {
    return doubles().between(0.05, 50).mix(Generate.pick(List.of(0.05, 0.5, 0.999, 1.0, 1.001, 3.0)), 40);
  }

  /** Means from a millisecond to a year in ms, biased to the round values scenarios use. */
  private static Gen<Double> means() {
    return doubles().between(1e-3, 3.2e10).mix(Generate.pick(List.of(1e-3, 1.0, 60_000.0, 3.6e6, 3.2e10)), 40);
  }

  private static Gen<Double> cvs() {
    return doubles().between(0.01, 5).mix(Generate.pick(List.of(0.01, 0.1, 1.0, 5.0)), 30);
  }

  private static Gen<Double> limits() {
    return doubles().between(-1e9, 1e9).mix(Generate.pick(List.of(0.0, -1.0, 1.0, 1e-9)), 40);
  }

  private static Gen<double[]> observations() {
    Gen<Double> value = doubles().between(-1e6, 1e6).mix(Generate.pick(List.of(0.0, 1.0, 2.0)), 50);
    return lists().of(value).ofSizeBetween(1, 20).map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
