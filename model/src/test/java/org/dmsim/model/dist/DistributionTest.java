package org.dmsim.model.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Example tests of the distribution records: validation messages, means, descriptions, equality. */
class DistributionTest {

  @Test
  void deterministic_nonFiniteValue_namesValue() {
    assertThatThrownBy(() -> new Deterministic(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("deterministic: value must be a finite number, got NaN");
  }

  @Test
  void deterministic_zero_isAllowed() {
    assertThat(new Deterministic(0).mean()).isZero();
  }

  @Test
  void exponential_zeroOrNegativeOrInfiniteMean_namesMean() {
    for (double bad : new double[] {0, -1, Double.POSITIVE_INFINITY, Double.NaN}) {
      assertThatThrownBy(() -> new Exponential(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("exponential: mean must be positive and finite, got " + bad);
    }
  }

  @Test
  void logNormal_badParameters_nameTheParameter() {
    assertThatThrownBy(() -> new LogNormal(0, 0.5)).hasMessageStartingWith("lognormal: mean must be positive");
    assertThatThrownBy(() -> new LogNormal(10, 0)).hasMessageStartingWith("lognormal: cv must be positive");
    assertThatThrownBy(() -> new LogNormal(10, Double.NaN)).hasMessageStartingWith("lognormal: cv must");
  }

  @Test
  void logNormal_meanAndCv_underlyingNormalFollowsTheMomentFormulas() {
    LogNormal dist = new LogNormal(20, 0.5);
    double sigma2 = Math.log(1 + 0.25);
    assertThat(dist.sigma()).isCloseTo(Math.sqrt(sigma2), within(1e-15));
    assertThat(dist.mu()).isCloseTo(Math.log(20) - sigma2 / 2, within(1e-14));
    assertThat(Math.exp(dist.mu() + dist.sigma() * dist.sigma() / 2)).isCloseTo(20, within(1e-12));
  }

  @Test
  void gamma_badParameters_nameTheParameter() {
    assertThatThrownBy(() -> new Gamma(-1, 2)).hasMessageStartingWith("gamma: shape must be positive");
    assertThatThrownBy(() -> new Gamma(1, 0)).hasMessageStartingWith("gamma: scale must be positive");
    assertThatThrownBy(() -> new Gamma(1e200, 1e200)).hasMessageStartingWith("gamma: mean shape*scale");
    assertThatThrownBy(() -> Gamma.ofMeanCv(10, 0)).hasMessageStartingWith("gamma: cv must be positive");
    assertThatThrownBy(() -> Gamma.ofMeanCv(-10, 1)).hasMessageStartingWith("gamma: mean must be positive");
  }

  @Test
  void gamma_ofMeanCv_hasShapeOneOverCvSquared() {
    Gamma dist = Gamma.ofMeanCv(30, 0.5);
    assertThat(dist.shape()).isCloseTo(4, within(1e-12));
    assertThat(dist.scale()).isCloseTo(7.5, within(1e-12));
    assertThat(dist.mean()).isCloseTo(30, within(1e-12));
  }

  @Test
  void weibull_badParameters_nameTheParameter() {
    assertThatThrownBy(() -> new Weibull(0, 1)).hasMessageStartingWith("weibull: shape must be positive");
    assertThatThrownBy(() -> new Weibull(1, -1)).hasMessageStartingWith("weibull: scale must be positive");
    assertThatThrownBy(() -> new Weibull(1e-3, 1)).hasMessageStartingWith("weibull: mean scale*Γ(1 + 1/shape)");
    assertThatThrownBy(() -> Weibull.ofMean(2, 0)).hasMessageStartingWith("weibull: mean must be positive");
  }

  @Test
  void weibull_ofMeanWithShapeOne_isExponentialScale() {
    assertThat(Weibull.ofMean(1, 250).scale()).isCloseTo(250, within(1e-9));
    // Shape 2 (Rayleigh): mean = scale * sqrt(pi) / 2.
    assertThat(Weibull.ofMean(2, 100).scale()).isCloseTo(200 / Math.sqrt(Math.PI), within(1e-9));
  }

  @Test
  void triangular_badParameters_nameTheParameter() {
    assertThatThrownBy(() -> new Triangular(5, 5, 5)).hasMessageStartingWith("triangular: max must be greater than min");
    assertThatThrownBy(() -> new Triangular(5, 4, 10)).hasMessage("triangular: mode must lie in [min, max] = [5.0, 10.0], got 4.0");
    assertThatThrownBy(() -> new Triangular(0, 1, Double.POSITIVE_INFINITY)).hasMessageStartingWith("triangular: max must be a finite");
    assertThatThrownBy(() -> new Triangular(-Double.MAX_VALUE, 0, Double.MAX_VALUE)).hasMessageStartingWith("triangular: max - min must be a finite");
  }

  @Test
  void uniform_badParameters_nameTheParameter() {
    assertThatThrownBy(() -> new Uniform(3, 1)).hasMessageStartingWith("uniform: max must be greater than min");
    assertThatThrownBy(() -> new Uniform(Double.NaN, 1)).hasMessageStartingWith("uniform: min must be a finite");
  }

  @Test
  void empirical_emptyOrNonFinite_namesValues() {
    assertThatThrownBy(() -> new Empirical(new double[0])).hasMessage("empirical: values must hold at least one observation");
    assertThatThrownBy(() -> new Empirical(new double[] {1, Double.NaN})).hasMessage("empirical: values[1] must be a finite number, got NaN");
    assertThatThrownBy(() -> new Empirical(null)).isInstanceOf(NullPointerException.class).hasMessage("empirical: values");
  }

  @Test
  void empirical_sameObservationsInAnotherOrder_isEqualWithTheSameHashCode() {
    Empirical a = new Empirical(new double[] {3, 1, 2, 2});
    Empirical b = new Empirical(new double[] {2, 2, 1, 3});
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(new Empirical(new double[] {1, 2, 3}));
    assertThat(a.toString()).isEqualTo("Empirical[values=[1.0, 2.0, 2.0, 3.0]]");
  }

  @Test
  void empirical_inputAndAccessorArrays_areDefensiveCopies() {
    double[] input = {3, 1, 2};
    Empirical dist = new Empirical(input);
    input[0] = 100;
    dist.values()[0] = 100;
    assertThat(dist.values()).containsExactly(1, 2, 3);
    assertThat(dist.mean()).isEqualTo(2);
    assertThat(dist.lowerBound()).isEqualTo(1);
  }

  @Test
  void describe_eachKind_givesKindAndCanonicalParameters() {
    assertThat(new Deterministic(5).describe()).isEqualTo("deterministic(value=5.0)");
    assertThat(new Exponential(5).describe()).isEqualTo("exponential(mean=5.0)");
    assertThat(new LogNormal(20, 0.5).describe()).isEqualTo("lognormal(mean=20.0, cv=0.5)");
    assertThat(new Gamma(2, 3).describe()).isEqualTo("gamma(shape=2.0, scale=3.0)");
    assertThat(new Weibull(2, 3).describe()).isEqualTo("weibull(shape=2.0, scale=3.0)");
    assertThat(new Triangular(1, 2, 3).describe()).isEqualTo("triangular(min=1.0, mode=2.0, max=3.0)");
    assertThat(new Uniform(1, 3).describe()).isEqualTo("uniform(min=1.0, max=3.0)");
    assertThat(new Empirical(new double[] {4, 1, 9}).describe()).isEqualTo("empirical(n=3, min=1.0, max=9.0)");
  }

  @Test
  void mean_closedForms_matchTheirFormulas() {
    assertThat(new Triangular(1, 2, 6).mean()).isEqualTo(3);
    assertThat(new Uniform(-1, 3).mean()).isEqualTo(1);
    assertThat(new Gamma(2, 3).mean()).isEqualTo(6);
    assertThat(new Weibull(1, 7).mean()).isCloseTo(7, within(1e-12));
  }
}
