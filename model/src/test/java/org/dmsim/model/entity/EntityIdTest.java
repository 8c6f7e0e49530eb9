package org.dmsim.model.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityIdTest {

  @Test
  void constructor_negativeIndex_throws() {
    assertThatThrownBy(() -> new EntityId(-1, "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void constructor_nullName_throws() {
    assertThatNullPointerException().isThrownBy(() -> new EntityId(0, null));
  }

  @Test
  void spawned_firstOfTheFirstNode_isJustAboveEveryStaticIndex() {
    EntityId id = EntityId.spawned(0, 1, "plant/ship-1");
    assertThat(id.index()).isEqualTo((1L << 32) | 1);
    assertThat(id.name()).isEqualTo("plant/ship-1");
    assertThat(EntityId.isSpawned(id.index())).isTrue();
    assertThat(EntityId.spawningNode(id.index())).isZero();
  }

  @Test
  void spawned_counterIsTheLow32BitsUnsigned() {
    EntityId id = EntityId.spawned(4, -1, "n/x");
    assertThat(id.index()).isEqualTo((5L << 32) | 0xFFFF_FFFFL);
    assertThat(EntityId.spawningNode(id.index())).isEqualTo(4);
  }

  @Test
  void isSpawned_staticIndices_isFalse() {
    assertThat(EntityId.isSpawned(0)).isFalse();
    assertThat(EntityId.isSpawned(Integer.MAX_VALUE)).isFalse();
    assertThat(EntityId.isSpawned((1L << 32) - 1)).isFalse();
    assertThat(EntityId.isSpawned(1L << 32)).isTrue();
  }

  @Test
  void compareTo_ordersByIndexNotName() {
    EntityId a = new EntityId(2, "a");
    EntityId b = new EntityId(1, "b");
    EntityId spawned = EntityId.spawned(0, 1, "0");
    List<EntityId> ids = new ArrayList<>(List.of(spawned, a, b));
    Collections.sort(ids);
    assertThat(ids).containsExactly(b, a, spawned);
  }

  @Test
  void toString_isTheName() {
    assertThat(new EntityId(3, "plant/m1")).hasToString("plant/m1");
  }
}
