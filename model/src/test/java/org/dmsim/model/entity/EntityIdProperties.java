package org.dmsim.model.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class EntityIdProperties {

  @Test
  void aSpawnedIdRemembersItsNodeAndCounter() {
    qt().forAll(nodeOrdinals(), counters()).checkAssert((node, counter) -> {
      long index = EntityId.spawned(node, counter, "n/x").index();
      assertThat(EntityId.isSpawned(index)).isTrue();
      assertThat(EntityId.spawningNode(index)).isEqualTo(node);
      assertThat((int) index).isEqualTo(counter);
    });
  }

  @Test
  void spawnedIdsOfDifferentNodesOrCountersDiffer() {
    qt().forAll(nodeOrdinals(), counters(), nodeOrdinals(), counters()).checkAssert((n1, c1, n2, c2) -> {
      if (!n1.equals(n2) || !c1.equals(c2)) {
        assertThat(EntityId.spawned(n1, c1, "a").index()).isNotEqualTo(EntityId.spawned(n2, c2, "a").index());
      }
    });
  }

  @Test
  void staticIndicesAreNeverSpawned() {
    qt().forAll(longs().between(0, (1L << 32) - 1).mix(Generate.pick(List.of(0L, (1L << 32) - 1)), 20))
        .checkAssert(index -> assertThat(EntityId.isSpawned(index)).isFalse());
  }

  private static Gen<Integer> nodeOrdinals() {
    return integers().between(0, Integer.MAX_VALUE - 1)
        .mix(Generate.pick(List.of(0, 1, 2, Integer.MAX_VALUE - 1)), 40);
  }

  private static Gen<Integer> counters() {
    return integers().all().mix(Generate.pick(List.of(0, 1, 2, -1, Integer.MAX_VALUE, Integer.MIN_VALUE)), 40);
  }
}
