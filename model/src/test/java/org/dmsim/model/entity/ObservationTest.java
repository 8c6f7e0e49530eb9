package org.dmsim.model.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObservationTest {

  @Test
  void shorthands_buildTheRecords() {
    assertThat(Observation.count("orders")).isEqualTo(new Observation.Count("orders", 1));
    assertThat(Observation.sample("lead-time-ms", 2.5)).isEqualTo(new Observation.Sample("lead-time-ms", 2.5));
    assertThat(Observation.level("busy", 1)).isEqualTo(new Observation.Level("busy", 1));
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void sampleAndLevel_nonFiniteValue_throw(double value) {
    assertThatThrownBy(() -> new Observation.Sample("m", value)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("m");
    assertThatThrownBy(() -> new Observation.Level("m", value)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("m");
  }

  @Test
  void nullMetric_throws() {
    assertThatNullPointerException().isThrownBy(() -> new Observation.Count(null, 1));
    assertThatNullPointerException().isThrownBy(() -> new Observation.Sample(null, 1));
    assertThatNullPointerException().isThrownBy(() -> new Observation.Level(null, 1));
  }
}
