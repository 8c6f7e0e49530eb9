package org.dmsim.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactorySpecTest {

  @Test
  void constructor_validValues_areKept() {
    FactorySpec f = new FactorySpec("plant", 1, 0.001);
    assertThat(f.id()).isEqualTo("plant");
    assertThat(f.machines()).isEqualTo(1);
    assertThat(f.meanProcessingMs()).isEqualTo(0.001);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void constructor_fewerThanOneMachine_throws(int machines) {
    assertThatThrownBy(() -> new FactorySpec("plant", machines, 1000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plant").hasMessageContaining("machine");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void constructor_meanProcessingNotPositiveAndFinite_throws(double mean) {
    assertThatThrownBy(() -> new FactorySpec("plant", 2, mean)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plant").hasMessageContaining("processing");
  }

  @Test
  void constructor_nullId_throws() {
    assertThatNullPointerException().isThrownBy(() -> new FactorySpec(null, 1, 1));
  }
}
