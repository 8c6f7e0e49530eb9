package org.dmsim.sim.actor;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.ChildFailed;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.Terminated;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.dmsim.model.entity.NodePlan;
import org.dmsim.model.event.Event;
import org.dmsim.model.result.EntityResult;
import org.dmsim.sim.engine.SimulationFailure;
import org.dmsim.sim.host.RunScope;
import org.dmsim.sim.wire.CborSerializable;

/**
 * The node actors placed together (on one cluster member, or one of several groups in one JVM so
 * that fan-out and fan-in run in parallel). For each window it waits for its {@link Grant} and for
 * the counted {@link Batch}es other groups sent in the previous window, hands each node with an
 * event due before the horizon one {@link NodeActor.Advance} carrying its inbound events (events due
 * later wait in the group, so a node is not woken just to file them), and when they have all answered
 * routes their outbound events — to its own nodes for the next window, or in one batch per other
 * group — and reports {@link RunCoordinator.GroupDone} with the earliest pending time and the batch
 * counts.
 *
 * <p>Nodes are placed by {@code ordinal % groups}; results do not depend on the placement. The group
 * watches its nodes: one that stops before the run has ended fails the run, naming it.
 */
public final class NodeGroup extends AbstractBehavior<NodeGroup.Command> {

  /** What a group receives. */
  public sealed interface Command extends CborSerializable {}

  /** The other groups of the run, indexed by group number. */
  public record Init(List<ActorRef<Command>> peers) implements Command {}

  /** Run window {@code window} to {@code horizonMs} once {@code expectedBatches} batches of the previous window are in. */
  public record Grant(int window, long horizonMs, int expectedBatches) implements Command {}

  /** Events another group's nodes sent to this group's nodes in window {@code window}. */
  public record Batch(int window, int fromGroup, List<Event> events) implements Command {}

  /** A node finished a window: its next event time and the events it sent to other nodes. */
  public record NodeAdvanced(int window, int nodeOrdinal, long nextMs, List<Event> outbound) implements Command {}

  /** The run is over: collect results. */
  public record Finish() implements Command {}

  /** A node's results. */
  public record NodeReport(int nodeOrdinal, List<EntityResult> results) implements Command {}

  /** A node failed; the run cannot go on. */
  public record NodeFailed(int nodeOrdinal, String reason) implements Command {}

  private final RunScope scope;
  private final int index;
  private final int groups;
  private final ActorRef<RunCoordinator.Command> coordinator;
  private final RunProgress progress;
  private final List<ActorRef<NodeActor.Command>> nodes = new ArrayList<>();
  private final long[] nextMs;
  private final List<Event>[] inbound;
  private final long[] inboundMinMs;
  private final List<Event>[] outgoing;
  /** Size of the last batch to each group, to size the next one and spare the list's regrowth. */
  private final int[] lastBatchSize;
  private final TreeMap<Integer, List<Batch>> batches = new TreeMap<>();
  private List<ActorRef<Command>> peers = List.of();
  private Grant grant;
  private int active;
  private int answered;
  private List<EntityResult> results;
  private int reports;
  private boolean collecting;

  @SuppressWarnings("unchecked")
  private NodeGroup(ActorContext<Command> context, RunScope scope, int index, int groups,
      ActorRef<RunCoordinator.Command> coordinator, DispatcherSelector dispatcher, boolean fuseChildren,
      RunProgress progress) {
    super(context);
    this.scope = scope;
    this.index = index;
    this.groups = groups;
    this.coordinator = coordinator;
    this.progress = progress;
    List<NodePlan> all = scope.plan().nodes();
    for (int ordinal = index; ordinal < all.size(); ordinal += groups) {
      NodePlan plan = all.get(ordinal);
      ActorRef<NodeActor.Command> node = context.spawn(
          NodeActor.create(scope, plan, context.getSelf(), dispatcher, fuseChildren, progress), plan.id().name(),
          dispatcher);
      context.watch(node);
      nodes.add(node);
    }
    this.nextMs = new long[nodes.size()];
    this.inbound = new List[nodes.size()];
    this.inboundMinMs = new long[nodes.size()];
    java.util.Arrays.fill(inboundMinMs, Long.MAX_VALUE);
    this.outgoing = new List[groups];
    this.lastBatchSize = new int[groups];
  }

  /**
   * Group {@code index} of {@code groups}, reporting to {@code coordinator} and recording its windows in
   * {@code progress}; with {@code fuseChildren} its nodes call their children directly (see
   * {@link AkkaEngineSettings#fuseChildren()}).
   */
  static Behavior<Command> create(RunScope scope, int index, int groups,
      ActorRef<RunCoordinator.Command> coordinator, DispatcherSelector dispatcher, boolean fuseChildren,
      RunProgress progress) {
    return Behaviors.setup(ctx -> new NodeGroup(ctx, scope, index, groups, coordinator, dispatcher, fuseChildren,
        progress));
  }

  /** The group that hosts node {@code ordinal} when there are {@code groups} groups. */
  public static int groupOf(int ordinal, int groups) {
    return ordinal % groups;
  }

  @Override
  public Receive<Command> createReceive() {
    // One case and an instanceof chain, the per-window messages first: the builder's per-case scan
    // showed up in profiles of this, the busiest actor of a run.
    return newReceiveBuilder()
        .onMessage(Command.class, this::onCommand)
        .onSignal(Terminated.class, this::onNodeStopped)
        .build();
  }

  private Behavior<Command> onCommand(Command c) {
    if (c instanceof NodeAdvanced a) {
      return onNodeAdvanced(a);
    } else if (c instanceof Batch b) {
      return onBatch(b);
    } else if (c instanceof Grant g) {
      return onGrant(g);
    } else if (c instanceof NodeReport r) {
      return onNodeReport(r);
    } else if (c instanceof Finish f) {
      return onFinish(f);
    } else if (c instanceof Init i) {
      peers = List.copyOf(i.peers());
      return this;
    } else {
      NodeFailed f = (NodeFailed) c;
      coordinator.tell(new RunCoordinator.GroupFailed(index, f.reason()));
      return Behaviors.stopped();
    }
  }

  private Behavior<Command> onGrant(Grant g) {
    grant = g;
    return startIfReady();
  }

  private Behavior<Command> onBatch(Batch b) {
    batches.computeIfAbsent(b.window(), w -> new ArrayList<>()).add(b);
    return startIfReady();
  }

  private Behavior<Command> startIfReady() {
    if (grant == null || active > 0) {
      return this;
    }
    List<Batch> arrived = batches.getOrDefault(grant.window() - 1, List.of());
    if (arrived.size() < grant.expectedBatches()) {
      return this;
    }
    if (arrived.size() > grant.expectedBatches()) {
      return failRun("group " + index + " received " + arrived.size() + " batches for window " + (grant.window() - 1)
          + " but the coordinator counted " + grant.expectedBatches());
    }
    batches.remove(grant.window() - 1);
    for (Batch b : arrived) {
      for (Event e : b.events()) {
        addInbound(scope.directory().nodeOrdinalOf(e.targetIndex()), e);
      }
    }
    long horizon = grant.horizonMs();
    progress.groupStarted(index, grant.window());
    answered = 0;
    for (int i = 0; i < nodes.size(); i++) {
      // Only nodes with an event due in this window run; inbound events due later wait here, so a
      // node is not woken just to file them.
      if (nextMs[i] < horizon || inboundMinMs[i] < horizon) {
        List<Event> in = inbound[i];
        inbound[i] = null;
        inboundMinMs[i] = Long.MAX_VALUE;
        active++;
        progress.nodeAsked(index + i * groups, grant.window());
        nodes.get(i).tell(new NodeActor.Advance(grant.window(), horizon, in == null ? List.of() : in));
      }
    }
    if (active == 0) {
      finishWindow();
    }
    return this;
  }

  private Behavior<Command> onNodeAdvanced(NodeAdvanced a) {
    nextMs[a.nodeOrdinal() / groups] = a.nextMs();
    for (Event e : a.outbound()) {
      int ordinal = scope.directory().nodeOrdinalOf(e.targetIndex());
      int g = groupOf(ordinal, groups);
      if (g == index) {
        addInbound(ordinal, e);
      } else {
        List<Event> out = outgoing[g];
        if (out == null) {
          out = new ArrayList<>(Math.max(16, lastBatchSize[g] + lastBatchSize[g] / 4));
          outgoing[g] = out;
        }
        out.add(e);
      }
    }
    if (++answered == active) {
      finishWindow();
    }
    return this;
  }

  /** Files {@code e}, addressed to node {@code ordinal} of this group, for that node's next due window. */
  private void addInbound(int ordinal, Event e) {
    int local = ordinal / groups;
    List<Event> in = inbound[local];
    if (in == null) {
      in = new ArrayList<>();
      inbound[local] = in;
    }
    in.add(e);
    inboundMinMs[local] = Math.min(inboundMinMs[local], e.timeMs());
  }

  private void finishWindow() {
    long earliest = Long.MAX_VALUE;
    for (int i = 0; i < nodes.size(); i++) {
      earliest = Math.min(earliest, Math.min(nextMs[i], inboundMinMs[i]));
    }
    int[] sent = new int[groups];
    for (int g = 0; g < groups; g++) {
      List<Event> out = outgoing[g];
      if (out != null) {
        earliest = Math.min(earliest, minTime(out));
        peers.get(g).tell(new Batch(grant.window(), index, out));
        lastBatchSize[g] = out.size();
        sent[g] = 1;
        outgoing[g] = null;
      }
    }
    progress.groupReported(index, grant.window());
    coordinator.tell(new RunCoordinator.GroupDone(grant.window(), index, earliest, sent));
    grant = null;
    active = 0;
  }

  private static long minTime(List<Event> events) {
    long min = Long.MAX_VALUE;
    for (Event e : events) {
      min = Math.min(min, e.timeMs());
    }
    return min;
  }

  private Behavior<Command> onFinish(Finish f) {
    results = new ArrayList<>();
    reports = 0;
    collecting = true;
    if (nodes.isEmpty()) {
      report();
    }
    for (int i = 0; i < nodes.size(); i++) {
      progress.nodeAsked(index + i * groups, RunProgress.RESULTS);
      nodes.get(i).tell(new NodeActor.CollectResults());
    }
    return this;
  }

  private Behavior<Command> onNodeReport(NodeReport r) {
    results.addAll(r.results());
    if (++reports == nodes.size()) {
      report();
    }
    return this;
  }

  private void report() {
    progress.groupReported(index, RunProgress.RESULTS);
    coordinator.tell(new RunCoordinator.GroupReport(index, results));
  }

  /**
   * Nodes stop only with their group, or after reporting {@link NodeFailed} (upon which the group
   * stops too, before this signal could arrive); one that stops otherwise ends the run.
   */
  private Behavior<Command> onNodeStopped(Terminated t) {
    String node = "node " + t.getRef().path().name();
    String when = collecting ? " while results were collected" : grant != null ? " in window " + grant.window()
        : " between windows";
    if (t instanceof ChildFailed f) {
      // A node that could not create an entity failed with the cell's SimulationFailure (Akka may wrap it).
      for (Throwable c = f.getCause(); c != null; c = c.getCause()) {
        if (c instanceof SimulationFailure s) {
          return failRun(s.getMessage());
        }
      }
      return failRun(node + " failed" + when + ": " + f.getCause());
    }
    return failRun(node + " stopped unexpectedly" + when);
  }

  private Behavior<Command> failRun(String reason) {
    coordinator.tell(new RunCoordinator.GroupFailed(index, reason));
    return Behaviors.stopped();
  }
}
