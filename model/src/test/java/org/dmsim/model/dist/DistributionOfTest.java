package org.dmsim.model.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Example tests of {@link Distribution#of}, the factory the scenario loader calls. */
class DistributionOfTest {

  @Test
  void of_eachKindWithItsParameters_buildsTheRecord() {
    assertThat(Distribution.of("deterministic", Map.of("value", 5.0))).isEqualTo(new Deterministic(5));
    assertThat(Distribution.of("exponential", Map.of("mean", 5.0))).isEqualTo(new Exponential(5));
    assertThat(Distribution.of("lognormal", Map.of("mean", 20.0, "cv", 0.5))).isEqualTo(new LogNormal(20, 0.5));
    assertThat(Distribution.of("gamma", Map.of("shape", 2.0, "scale", 3.0))).isEqualTo(new Gamma(2, 3));
    assertThat(Distribution.of("gamma", Map.of("mean", 30.0, "cv", 0.5))).isEqualTo(Gamma.ofMeanCv(30, 0.5));
    assertThat(Distribution.of("weibull", Map.of("shape", 2.0, "scale", 3.0))).isEqualTo(new Weibull(2, 3));
    assertThat(Distribution.of("weibull", Map.of("shape", 2.0, "mean", 3.0))).isEqualTo(Weibull.ofMean(2, 3));
    assertThat(Distribution.of("triangular", Map.of("min", 1.0, "mode", 2.0, "max", 4.0)))
        .isEqualTo(new Triangular(1, 2, 4));
    assertThat(Distribution.of("uniform", Map.of("min", 1.0, "max", 4.0))).isEqualTo(new Uniform(1, 4));
  }

  @Test
  void of_kindInOtherCaseOrPadded_isAccepted() {
    assertThat(Distribution.of(" LogNormal ", Map.of("mean", 20.0, "cv", 0.5))).isEqualTo(new LogNormal(20, 0.5));
  }

  @Test
  void of_unknownKind_listsTheKinds() {
    assertThatThrownBy(() -> Distribution.of("normal", Map.of("mean", 1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown distribution kind 'normal'; expected one of deterministic, exponential, lognormal, "
            + "gamma, weibull, triangular, uniform, empirical");
  }

  @Test
  void of_missingParameter_namesItAndTheExpectedSet() {
    assertThatThrownBy(() -> Distribution.of("lognormal", Map.of("mean", 20.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lognormal: missing parameter 'cv'; expected mean, cv");
    assertThatThrownBy(() -> Distribution.of("gamma", Map.of("shape", 2.0)))
        .hasMessage("gamma: missing parameter 'scale'; expected shape and scale, or mean and cv");
    assertThatThrownBy(() -> Distribution.of("weibull", Map.of()))
        .hasMessage("weibull: missing parameter 'shape'; expected shape and scale, or shape and mean");
  }

  @Test
  void of_unexpectedParameter_namesIt() {
    assertThatThrownBy(() -> Distribution.of("exponential", Map.of("mean", 1.0, "rate", 2.0)))
        .hasMessage("exponential: unexpected parameter 'rate'; expected mean");
    assertThatThrownBy(() -> Distribution.of("gamma", Map.of("shape", 2.0, "scale", 3.0, "mean", 6.0)))
        .hasMessage("gamma: unexpected parameter 'mean'; expected shape and scale, or mean and cv");
    assertThatThrownBy(() -> Distribution.of("weibull", Map.of("shape", 2.0, "scale", 3.0, "mean", 6.0)))
        .hasMessage("weibull: unexpected parameter 'scale'; expected shape and mean, or shape and scale");
  }

  @Test
  void of_outOfRangeValue_passesTheRecordsMessage() {
    assertThatThrownBy(() -> Distribution.of("lognormal", Map.of("mean", -20.0, "cv", 0.5)))
        .hasMessage("lognormal: mean must be positive and finite, got -20.0");
    assertThatThrownBy(() -> Distribution.of("triangular", Map.of("min", 1.0, "mode", 9.0, "max", 4.0)))
        .hasMessage("triangular: mode must lie in [min, max] = [1.0, 4.0], got 9.0");
  }

  @Test
  void of_empirical_pointsToTheConstructor() {
    assertThatThrownBy(() -> Distribution.of("empirical", Map.of()))
        .hasMessageStartingWith("empirical: takes a list of observations");
  }

  @Test
  void of_gammaByMeanAndCv_hasTheRequestedMean() {
    assertThat(Distribution.of("gamma", Map.of("mean", 1_200_000.0, "cv", 0.3)).mean())
        .isCloseTo(1_200_000, within(1e-6));
  }
}
