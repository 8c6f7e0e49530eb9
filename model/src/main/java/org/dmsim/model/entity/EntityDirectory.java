package org.dmsim.model.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * The static entities of a run — nodes and their children — with dense indices assigned in sorted
 * name order, so that the same scenario always gets the same indices whatever order it lists them
 * in. Also maps every entity, static or spawned, to the ordinal of the node that hosts it.
 */
public final class EntityDirectory {
  private final Map<String, EntityId> byName;
  private final List<EntityId> byIndex;
  private final List<EntityId> nodes;
  private final int[] nodeOrdinalOfIndex;

  /**
   * Builds the directory.
   *
   * @param parentOf every static entity name mapped to its node's name (a node maps to itself)
   */
  EntityDirectory(Map<String, String> parentOf) {
    TreeMap<String, String> sorted = new TreeMap<>(parentOf);
    this.byName = new TreeMap<>();
    List<EntityId> all = new ArrayList<>(sorted.size());
    List<EntityId> nodeIds = new ArrayList<>();
    for (String name : sorted.keySet()) {
      EntityId id = new EntityId(all.size(), name);
      all.add(id);
      byName.put(name, id);
      if (sorted.get(name).equals(name)) {
        nodeIds.add(id);
      }
    }
    this.byIndex = Collections.unmodifiableList(all);
    this.nodes = Collections.unmodifiableList(nodeIds);
    Map<String, Integer> ordinalOfNode = new TreeMap<>();
    for (int i = 0; i < nodeIds.size(); i++) {
      ordinalOfNode.put(nodeIds.get(i).name(), i);
    }
    this.nodeOrdinalOfIndex = new int[all.size()];
    for (EntityId id : all) {
      nodeOrdinalOfIndex[(int) id.index()] = ordinalOfNode.get(sorted.get(id.name()));
    }
  }

  /** The id of the static entity called {@code name}. */
  public EntityId id(String name) {
    EntityId id = byName.get(name);
    if (id == null) {
      throw new NoSuchElementException("no entity called '" + name + "' in this plan");
    }
    return id;
  }

  /** Whether a static entity called {@code name} exists. */
  public boolean contains(String name) {
    return byName.containsKey(name);
  }

  /** All static entities in index order. */
  public List<EntityId> all() {
    return byIndex;
  }

  /** The static entity with dense index {@code index}. */
  public EntityId byIndex(long index) {
    return byIndex.get((int) index);
  }

  /** The node entities in ordinal order. */
  public List<EntityId> nodes() {
    return nodes;
  }

  /** The number of static entities. */
  public int size() {
    return byIndex.size();
  }

  /** The ordinal of the node hosting the entity with this index, static or spawned. */
  public int nodeOrdinalOf(long index) {
    if (EntityId.isSpawned(index)) {
      return EntityId.spawningNode(index);
    }
    return nodeOrdinalOfIndex[(int) index];
  }
}
