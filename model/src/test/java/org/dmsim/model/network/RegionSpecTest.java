package org.dmsim.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionSpecTest {

  @Test
  void constructor_smallestValidValues_areKept() {
    RegionSpec r = new RegionSpec("paris", Double.MIN_VALUE, 1, 1, 0);
    assertThat(r.id()).isEqualTo("paris");
    assertThat(r.ordersPerDay()).isEqualTo(Double.MIN_VALUE);
    assertThat(r.orderLatencyMs()).isEqualTo(1);
    assertThat(r.transitMs()).isEqualTo(1);
    assertThat(r.promisedLeadTimeMs()).isZero();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void constructor_ordersPerDayNotPositiveAndFinite_throws(double rate) {
    assertThatThrownBy(() -> new RegionSpec("paris", rate, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paris").hasMessageContaining("orders per day");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void constructor_latencyNotPositive_throws(long latencyMs) {
    assertThatThrownBy(() -> new RegionSpec("paris", 1, latencyMs, 1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latency");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void constructor_transitNotPositive_throws(long transitMs) {
    assertThatThrownBy(() -> new RegionSpec("paris", 1, 1, transitMs, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transit");
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, Long.MIN_VALUE})
  void constructor_negativePromisedLeadTime_throws(long promisedMs) {
    assertThatThrownBy(() -> new RegionSpec("paris", 1, 1, 1, promisedMs))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("promised");
  }

  @Test
  void constructor_nullId_throws() {
    assertThatNullPointerException().isThrownBy(() -> new RegionSpec(null, 1, 1, 1, 0));
  }
}
