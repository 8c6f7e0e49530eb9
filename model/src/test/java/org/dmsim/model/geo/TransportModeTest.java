package org.dmsim.model.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransportModeTest {

  @ParameterizedTest
  @EnumSource(TransportMode.class)
  void defaults_everyMode_areUsable(TransportMode mode) {
    assertThat(mode.speedKmPerH()).isPositive().isFinite();
    assertThat(mode.handlingMs()).isNotNegative();
    assertThat(mode.circuity()).isGreaterThanOrEqualTo(1.0).isFinite();
    assertThat(mode.transitCv()).isNotNegative().isFinite();
    assertThat(mode.costPerTonneKm()).isNotNegative().isFinite();
    assertThat(mode.co2KgPerTonneKm()).isNotNegative().isFinite();
  }

  @Test
  void co2KgPerTonneKm_modes_rankAsThePublishedFactorsDo() {
    assertThat(TransportMode.SEA.co2KgPerTonneKm()).isLessThan(TransportMode.RAIL.co2KgPerTonneKm());
    assertThat(TransportMode.RAIL.co2KgPerTonneKm()).isLessThan(TransportMode.ROAD.co2KgPerTonneKm());
    assertThat(TransportMode.ROAD.co2KgPerTonneKm()).isLessThan(TransportMode.AIR.co2KgPerTonneKm());
  }
}
