package org.dmsim.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LaneSpecTest {

  @Test
  void of_noOverrides_allEmpty() {
    LaneSpec spec = LaneSpec.of("a", "b", TransportMode.RAIL);
    assertThat(spec.key()).isEqualTo(new LaneKey("a", "b", TransportMode.RAIL));
    assertThat(spec.distanceKm()).isEmpty();
    assertThat(spec.transitMs()).isEmpty();
    assertThat(spec.transitCv()).isEmpty();
    assertThat(spec.costPerTonneKm()).isEmpty();
    assertThat(spec.co2KgPerTonneKm()).isEmpty();
  }

  @Test
  void withers_values_areReadBackAndLeaveTheOriginalUnchanged() {
    LaneSpec base = LaneSpec.of("a", "b", TransportMode.SEA);
    LaneSpec spec = base.withDistanceKm(0).withTransitMs(0).withTransitCv(0.3).withCostPerTonneKm(0.02)
        .withCo2KgPerTonneKm(0.01);
    assertThat(spec.distanceKm()).hasValue(0.0);
    assertThat(spec.transitMs()).hasValue(0L);
    assertThat(spec.transitCv()).hasValue(0.3);
    assertThat(spec.costPerTonneKm()).hasValue(0.02);
    assertThat(spec.co2KgPerTonneKm()).hasValue(0.01);
    assertThat(base).isEqualTo(LaneSpec.of("a", "b", TransportMode.SEA)).isNotEqualTo(spec);
    assertThat(spec).isEqualTo(base.withDistanceKm(0).withTransitMs(0).withTransitCv(0.3).withCostPerTonneKm(0.02)
        .withCo2KgPerTonneKm(0.01)).hasSameHashCodeAs(spec);
  }

  @Test
  void withers_negativeOrNotFinite_throw() {
    LaneSpec spec = LaneSpec.of("a", "b", TransportMode.SEA);
    assertThatThrownBy(() -> spec.withDistanceKm(Double.NaN)).hasMessageContaining("distance");
    assertThatThrownBy(() -> spec.withTransitMs(-1)).hasMessageContaining("transit");
    assertThatThrownBy(() -> spec.withTransitCv(-0.1)).hasMessageContaining("cv");
    assertThatThrownBy(() -> spec.withCostPerTonneKm(Double.POSITIVE_INFINITY)).hasMessageContaining("cost");
    assertThatThrownBy(() -> spec.withCo2KgPerTonneKm(-1)).hasMessageContaining("CO2");
  }

  @Test
  void of_sameNodes_throws() {
    assertThatThrownBy(() -> LaneSpec.of("a", "a", TransportMode.AIR)).isInstanceOf(IllegalArgumentException.class);
  }
}
