package org.dmsim.model.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything an engine needs to run one model: the directory of static entities, the nodes with
 * their children and factories, the network lookahead and the end time. Immutable; entity state is
 * created fresh per run by the factories.
 *
 * <p>{@code lookaheadMs} is the minimum delay of any send between entities of different nodes
 * (DESIGN.md section 5); engines fail a run whose model sends faster.
 */
public final class SimulationPlan {
  private final String name;
  private final EntityDirectory directory;
  private final List<NodePlan> nodes;
  private final long lookaheadMs;
  private final long endMs;
  private final long warmupMs;

  private SimulationPlan(String name, EntityDirectory directory, List<NodePlan> nodes, long lookaheadMs, long endMs,
      long warmupMs) {
    this.name = name;
    this.directory = directory;
    this.nodes = List.copyOf(nodes);
    this.lookaheadMs = lookaheadMs;
    this.endMs = endMs;
    this.warmupMs = warmupMs;
  }

  /**
   * The same plan whose statistics leave out {@code ms} of warm-up: every metric covers
   * {@code [warmupMs, endMs)}, levels carrying their value across.
   */
  public SimulationPlan withWarmup(long ms) {
    if (ms < 0 || ms >= endMs) {
      throw new IllegalArgumentException("the warm-up must be from 0 to below the run's end, was " + ms + " ms");
    }
    return new SimulationPlan(name, directory, nodes, lookaheadMs, endMs, ms);
  }

  /** The warm-up, ms: statistics cover {@code [warmupMs, endMs)}. */
  public long warmupMs() {
    return warmupMs;
  }

  /** A builder for a plan called {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The model's name, for messages and results. */
  public String name() {
    return name;
  }

  /** The static entities. */
  public EntityDirectory directory() {
    return directory;
  }

  /** The nodes in ordinal order. */
  public List<NodePlan> nodes() {
    return nodes;
  }

  /** Minimum delay of a send between nodes, in ms; positive. */
  public long lookaheadMs() {
    return lookaheadMs;
  }

  /** End of the run in ms: events at or after it are not handled. */
  public long endMs() {
    return endMs;
  }

  /** Number of static entities (nodes and children). */
  public int staticEntityCount() {
    return directory.size();
  }

  /** Collects nodes and children by name, then assigns sorted indices in {@link #build}. */
  public static final class Builder {
    private final String name;
    private final Map<String, EntityFactory> nodeFactories = new LinkedHashMap<>();
    private final Map<String, String> parentOf = new LinkedHashMap<>();
    private final Map<String, EntityFactory> childFactories = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /** Adds a node called {@code nodeName}; returns the name. */
    public String node(String nodeName, EntityFactory factory) {
      checkName(nodeName);
      if (nodeName.contains("/")) {
        throw new IllegalArgumentException("a node name must not contain '/': " + nodeName);
      }
      nodeFactories.put(nodeName, Objects.requireNonNull(factory, "factory"));
      parentOf.put(nodeName, nodeName);
      return nodeName;
    }

    /** Adds a child {@code localName} of node {@code nodeName}; returns its full name {@code node/local}. */
    public String child(String nodeName, String localName, EntityFactory factory) {
      if (!nodeFactories.containsKey(nodeName)) {
        throw new IllegalArgumentException("child " + localName + " of unknown node " + nodeName);
      }
      if (localName.isBlank() || localName.contains("/")) {
        throw new IllegalArgumentException("a child's local name must not be blank or contain '/': '" + localName + "'");
      }
      String full = nodeName + "/" + localName;
      checkName(full);
      childFactories.put(full, Objects.requireNonNull(factory, "factory"));
      parentOf.put(full, nodeName);
      return full;
    }

    private void checkName(String entityName) {
      if (entityName == null || entityName.isBlank()) {
        throw new IllegalArgumentException("entity names must not be blank");
      }
      if (parentOf.containsKey(entityName)) {
        throw new IllegalArgumentException("duplicate entity name: " + entityName);
      }
    }

    /** The plan, with indices in sorted name order. */
    public SimulationPlan build(long lookaheadMs, long endMs) {
      if (lookaheadMs <= 0) {
        throw new IllegalArgumentException("the network lookahead must be positive, was " + lookaheadMs + " ms");
      }
      if (endMs <= 0) {
        throw new IllegalArgumentException("the end time must be positive, was " + endMs + " ms");
      }
      if (nodeFactories.isEmpty()) {
        throw new IllegalArgumentException("a plan needs at least one node");
      }
      EntityDirectory directory = new EntityDirectory(parentOf);
      Map<String, List<ChildPlan>> children = new TreeMap<>();
      for (Map.Entry<String, EntityFactory> c : new TreeMap<>(childFactories).entrySet()) {
        children.computeIfAbsent(parentOf.get(c.getKey()), k -> new ArrayList<>())
            .add(new ChildPlan(directory.id(c.getKey()), c.getValue()));
      }
      List<NodePlan> nodes = new ArrayList<>();
      for (EntityId nodeId : directory.nodes()) {
        nodes.add(new NodePlan(nodeId, nodes.size(), nodeFactories.get(nodeId.name()),
            children.getOrDefault(nodeId.name(), List.of())));
      }
      return new SimulationPlan(name, directory, nodes, lookaheadMs, endMs, 0);
    }
  }
}
