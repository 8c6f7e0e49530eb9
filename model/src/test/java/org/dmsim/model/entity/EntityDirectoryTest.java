package org.dmsim.model.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class EntityDirectoryTest {

  /** Nodes "plant" and "region" (listed out of order) and two machines of the plant. */
  private static EntityDirectory directory() {
    Map<String, String> parentOf = new LinkedHashMap<>();
    parentOf.put("region", "region");
    parentOf.put("plant/m2", "plant");
    parentOf.put("plant", "plant");
    parentOf.put("plant/m1", "plant");
    return new EntityDirectory(parentOf);
  }

  @Test
  void indices_followSortedNames() {
    EntityDirectory dir = directory();
    assertThat(dir.all()).extracting(EntityId::name).containsExactly("plant", "plant/m1", "plant/m2", "region");
    assertThat(dir.size()).isEqualTo(4);
    assertThat(dir.id("plant/m2")).isEqualTo(new EntityId(2, "plant/m2"));
    assertThat(dir.byIndex(3)).isEqualTo(new EntityId(3, "region"));
    assertThat(dir.nodes()).extracting(EntityId::name).containsExactly("plant", "region");
  }

  @Test
  void nodeOrdinalOf_staticEntity_isItsNodesPositionAmongNodes() {
    EntityDirectory dir = directory();
    assertThat(dir.nodeOrdinalOf(dir.id("plant").index())).isZero();
    assertThat(dir.nodeOrdinalOf(dir.id("plant/m1").index())).isZero();
    assertThat(dir.nodeOrdinalOf(dir.id("plant/m2").index())).isZero();
    assertThat(dir.nodeOrdinalOf(dir.id("region").index())).isEqualTo(1);
  }

  @Test
  void nodeOrdinalOf_spawnedEntity_isTheSpawningNode() {
    EntityDirectory dir = directory();
    assertThat(dir.nodeOrdinalOf(EntityId.spawned(0, 1, "plant/ship-1").index())).isZero();
    assertThat(dir.nodeOrdinalOf(EntityId.spawned(1, 7, "region/x-7").index())).isEqualTo(1);
    assertThat(dir.nodeOrdinalOf(EntityId.spawned(1, -1, "region/x-max").index())).isEqualTo(1);
  }

  @Test
  void contains_knowsStaticNamesOnly() {
    EntityDirectory dir = directory();
    assertThat(dir.contains("plant/m1")).isTrue();
    assertThat(dir.contains("plant/m3")).isFalse();
    assertThat(dir.contains("plant/ship-1")).isFalse();
  }

  @Test
  void id_unknownName_throwsNamingIt() {
    EntityDirectory dir = directory();
    assertThatThrownBy(() -> dir.id("plant/m3")).isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("'plant/m3'");
  }

  @Test
  void listsAreUnmodifiable() {
    EntityDirectory dir = directory();
    assertThatThrownBy(() -> dir.all().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> dir.nodes().remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }
}
