package org.dmsim.model.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dmsim.model.event.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntitySpecTest {
  private static final Entity IDLE = new Entity() {
    @Override
    public void onStart(SimContext ctx) {
    }

    @Override
    public void onMessage(Message message, SimContext ctx) {
    }
  };

  @ParameterizedTest
  @ValueSource(strings = {"ship", "a", "ship-2", "a1", "truck-load-3", "z-"})
  void constructor_lowerCaseWord_isAccepted(String kind) {
    assertThat(new EntitySpec(kind, IDLE).kind()).isEqualTo(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Ship", "SHIP", "1ship", "-ship", "ship_2", "ship/2", " ship", "ship ", "shïp", "ship.2"})
  void constructor_notALowerCaseWord_throws(String kind) {
    assertThatThrownBy(() -> new EntitySpec(kind, IDLE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + kind + "'");
  }

  @Test
  void constructor_nulls_throw() {
    assertThatNullPointerException().isThrownBy(() -> new EntitySpec(null, IDLE));
    assertThatNullPointerException().isThrownBy(() -> new EntitySpec("ship", null));
  }
}
