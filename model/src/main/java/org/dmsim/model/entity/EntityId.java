package org.dmsim.model.entity;

import java.util.Objects;

/**
 * A stable entity identity: the name from the scenario ({@code plant-frankfurt},
 * {@code plant-frankfurt/m3}, {@code mf-lyon/ship-42}) and the dense index engines use.
 *
 * <p>Static entities get indices {@code 0..n-1} in sorted name order. Entities spawned during a run
 * get {@code (nodeOrdinal + 1) << 32 | counter}, where the counter is the node's own spawn count;
 * both depend only on the node's event order, never on placement or threads.
 *
 * @param index the dense index, used in event keys and routing
 * @param name  the stable name, used in results, random stream seeds and error messages
 */
public record EntityId(long index, String name) implements Comparable<EntityId> {
  private static final long SPAWN_BASE = 1L << 32;

  public EntityId {
    Objects.requireNonNull(name, "name");
    if (index < 0) {
      throw new IllegalArgumentException("entity index must not be negative: " + index);
    }
  }

  /** The id of the {@code counter}-th entity spawned in the node with ordinal {@code nodeOrdinal}. */
  public static EntityId spawned(int nodeOrdinal, int counter, String name) {
    return new EntityId(((long) (nodeOrdinal + 1) << 32) | (counter & 0xFFFFFFFFL), name);
  }

  /** Whether {@code index} belongs to an entity spawned during the run. */
  public static boolean isSpawned(long index) {
    return index >= SPAWN_BASE;
  }

  /** The ordinal of the node that spawned the entity with this index; only for spawned indices. */
  public static int spawningNode(long index) {
    return (int) (index >>> 32) - 1;
  }

  @Override
  public int compareTo(EntityId other) {
    return Long.compare(index, other.index);
  }

  @Override
  public String toString() {
    return name;
  }
}
