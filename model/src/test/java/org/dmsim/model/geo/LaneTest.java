package org.dmsim.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LaneTest {
  private static final Lane LANE = new Lane("a", "b", TransportMode.ROAD, 500.0, 10_000L, 0.1, 0.08, 0.09);

  @Test
  void costFor_tonnes_isTonnesTimesDistanceTimesRate() {
    assertThat(LANE.costFor(2.0)).isCloseTo(2.0 * 500.0 * 0.08, within(1e-9));
    assertThat(LANE.costFor(0.0)).isZero();
  }

  @Test
  void co2KgFor_tonnes_isTonnesTimesDistanceTimesFactor() {
    assertThat(LANE.co2KgFor(3.0)).isCloseTo(3.0 * 500.0 * 0.09, within(1e-9));
    assertThat(LANE.co2KgFor(0.0)).isZero();
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1.0, Double.NaN, Double.POSITIVE_INFINITY})
  void costFor_tonnesNegativeOrNotFinite_throws(double tonnes) {
    assertThatThrownBy(() -> LANE.costFor(tonnes)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tonnes");
    assertThatThrownBy(() -> LANE.co2KgFor(tonnes)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tonnes");
  }

  @Test
  void constructor_zeroValues_areAccepted() {
    Lane lane = new Lane("a", "b", TransportMode.AIR, 0, 0, 0, 0, 0);
    assertThat(lane.key()).isEqualTo(new LaneKey("a", "b", TransportMode.AIR));
  }

  @Test
  void constructor_sameNodes_throws() {
    assertThatThrownBy(() -> new Lane("a", "a", TransportMode.ROAD, 1, 1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itself");
  }

  @Test
  void constructor_blankNode_throws() {
    assertThatThrownBy(() -> new Lane(" ", "b", TransportMode.ROAD, 1, 1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
  }

  @Test
  void constructor_nullMode_throws() {
    assertThatNullPointerException().isThrownBy(() -> new Lane("a", "b", null, 1, 1, 0, 0, 0))
        .withMessageContaining("mode");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void constructor_negativeOrNotFiniteNumber_throwsNamingTheField(double bad) {
    assertThatThrownBy(() -> new Lane("a", "b", TransportMode.ROAD, bad, 1, 0, 0, 0)).hasMessageContaining("distance");
    assertThatThrownBy(() -> new Lane("a", "b", TransportMode.ROAD, 1, 1, bad, 0, 0)).hasMessageContaining("cv");
    assertThatThrownBy(() -> new Lane("a", "b", TransportMode.ROAD, 1, 1, 0, bad, 0)).hasMessageContaining("cost");
    assertThatThrownBy(() -> new Lane("a", "b", TransportMode.ROAD, 1, 1, 0, 0, bad)).hasMessageContaining("CO2");
  }

  @Test
  void constructor_negativeTransit_throws() {
    assertThatThrownBy(() -> new Lane("a", "b", TransportMode.ROAD, 1, -1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a->b/ROAD").hasMessageContaining("transit");
  }
}
