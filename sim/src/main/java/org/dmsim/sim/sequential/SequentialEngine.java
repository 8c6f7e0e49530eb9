package org.dmsim.sim.sequential;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmsim.model.entity.ChildPlan;
import org.dmsim.model.entity.EntityFactory;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.EntitySpec;
import org.dmsim.model.entity.NodePlan;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.event.Event;
import org.dmsim.model.event.EventQueue;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.RunResult;
import org.dmsim.sim.engine.Engine;
import org.dmsim.sim.engine.SimulationFailure;
import org.dmsim.sim.host.EffectSink;
import org.dmsim.sim.host.EntityCell;
import org.dmsim.sim.host.RetiredEntities;
import org.dmsim.sim.host.RunScope;

/**
 * Runs a plan from one global {@link EventQueue}: pop the earliest event, hand it to its entity's
 * cell, queue what the entity emits. Holds no resources; each run is independent and single-threaded.
 */
public final class SequentialEngine implements Engine {

  @Override
  public RunResult run(SimulationPlan plan, long seed, int replication) {
    return new Run(new RunScope(plan, seed, replication)).execute();
  }

  /**
   * Starts a run that the caller advances in steps ({@link SteppedRun}): the same events in the same
   * order as {@link #run}, so a stepped run's final result equals the uninterrupted one byte for byte.
   */
  public static SteppedRun start(SimulationPlan plan, long seed, int replication) {
    return new SteppedRun(new Run(new RunScope(plan, seed, replication)));
  }

  @Override
  public String describe() {
    return "sequential";
  }

  @Override
  public void close() {
    // nothing to release
  }

  /** The state of one run. */
  static final class Run implements EffectSink {
    private final RunScope scope;
    private final EntityCell[] staticCells;
    private final Map<Long, EntityCell> spawned = new HashMap<>();
    private final int[] spawnCounters;
    private final RetiredEntities[] retired;
    private final EventQueue queue;

    Run(RunScope scope) {
      this.scope = scope;
      SimulationPlan plan = scope.plan();
      this.staticCells = new EntityCell[plan.staticEntityCount()];
      this.spawnCounters = new int[plan.nodes().size()];
      this.retired = new RetiredEntities[plan.nodes().size()];
      this.queue = new EventQueue(Math.max(64, plan.staticEntityCount() * 4));
      for (NodePlan node : plan.nodes()) {
        retired[node.ordinal()] = new RetiredEntities(node.id().name());
        host(node.id(), node.ordinal(), node.factory());
        for (ChildPlan child : node.children()) {
          host(child.id(), node.ordinal(), child.factory());
        }
      }
    }

    private void host(EntityId id, int nodeOrdinal, EntityFactory factory) {
      staticCells[(int) id.index()] = EntityCell.create(scope, id, nodeOrdinal, factory);
      queue.add(EntityCell.initialStart(id));
    }

    RunResult execute() {
      advanceTo(scope.endMs());
      return result();
    }

    /** Handles every event earlier than {@code untilMs} (at most the end of the run). */
    void advanceTo(long untilMs) {
      long end = Math.min(untilMs, scope.endMs());
      Event e;
      int sinceLook = 0;
      while ((e = queue.pollBefore(end)) != null) {
        // An interrupted caller (a cancelled experiment) wants the thread back: look every 16,384 events,
        // a fraction of a millisecond, so that the flag costs nothing per event.
        if ((++sinceLook & 0x3FFF) == 0 && Thread.currentThread().isInterrupted()) {
          throw new SimulationFailure("interrupted at " + e.describe() + ": the run was cancelled");
        }
        EntityCell cell = cellOf(e);
        cell.handle(e, this);
        if (cell.stopped() && EntityId.isSpawned(e.targetIndex())) {
          spawned.remove(e.targetIndex());
          retired[scope.directory().nodeOrdinalOf(e.targetIndex())].add(cell.result());
        }
      }
    }

    long endMs() {
      return scope.endMs();
    }

    private EntityCell cellOf(Event e) {
      long target = e.targetIndex();
      EntityCell cell = EntityId.isSpawned(target) ? spawned.get(target) : staticCells[(int) target];
      if (cell == null) {
        throw new SimulationFailure("no live entity #" + target + " for " + e.describe()
            + ": it never existed or has stopped");
      }
      return cell;
    }

    @Override
    public void emit(Event event) {
      queue.add(event);
    }

    @Override
    public EntityId spawn(int nodeOrdinal, EntitySpec spec) {
      EntityId id = scope.spawnedId(nodeOrdinal, ++spawnCounters[nodeOrdinal], spec.kind());
      spawned.put(id.index(), new EntityCell(scope, id, nodeOrdinal, spec.entity()));
      return id;
    }

    RunResult result() {
      return resultAt(scope.endMs());
    }

    /** The result with time-weighted statistics closed at {@code atMs}. */
    RunResult resultAt(long atMs) {
      List<EntityResult> results = new ArrayList<>(staticCells.length + spawned.size() + retired.length);
      for (EntityCell c : staticCells) {
        results.add(c.resultAt(atMs));
      }
      for (EntityCell c : new TreeMap<>(spawned).values()) {
        results.add(c.resultAt(atMs));
      }
      for (RetiredEntities r : retired) {
        if (!r.isEmpty()) {
          results.add(r.result());
        }
      }
      SimulationPlan plan = scope.plan();
      return new RunResult(plan.name(), scope.seed(), scope.replication(), plan.endMs(),
          RetiredEntities.sortedByName(results));
    }
  }
}
