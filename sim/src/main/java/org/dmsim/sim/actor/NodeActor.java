package org.dmsim.sim.actor;

import akka.actor.NoSerializationVerificationNeeded;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.dmsim.model.entity.ChildPlan;
import org.dmsim.model.entity.EntityFactory;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.EntitySpec;
import org.dmsim.model.entity.NodePlan;
import org.dmsim.model.event.Event;
import org.dmsim.model.event.EventQueue;
import org.dmsim.model.result.EntityResult;
import org.dmsim.sim.engine.LookaheadViolation;
import org.dmsim.sim.engine.SimulationFailure;
import org.dmsim.sim.host.EffectSink;
import org.dmsim.sim.host.EntityCell;
import org.dmsim.sim.host.RetiredEntities;
import org.dmsim.sim.host.RunScope;
import org.dmsim.sim.wire.CborSerializable;

/**
 * One node of the network — a factory, a customer region, a PHOLD process — as an actor that owns
 * the event list of its subtree: its own entity, which it hosts directly, and its machines and
 * shipments, which are child {@link EntityActor}s.
 *
 * <p>On {@link Advance} it adds the events other nodes sent it, then handles its events in key order
 * up to the window's horizon: its own inline, a child's by a {@link EntityActor.Deliver} round trip
 * (zero delay inside a node is therefore fine). Events for other nodes collect in one outbound list,
 * returned with {@link NodeGroup.NodeAdvanced} at the end of the window.
 *
 * <p>Whatever an entity throws fails the run with {@link NodeGroup.NodeFailed} (the node then stops):
 * the cell wraps it in a {@link SimulationFailure} naming the entity and the event, and a fatal VM error
 * is also kept in the run's {@link RunProgress} for the engine to rethrow. The node watches its child
 * actors: one that stops without having retired its entity fails the run, naming it.
 */
public final class NodeActor extends AbstractBehavior<NodeActor.Command> {

  /** What a node receives. */
  public sealed interface Command {}

  /** Run the window up to {@code horizonMs}, first adding {@code inbound} events from other nodes. */
  public record Advance(int window, long horizonMs, List<Event> inbound) implements Command, CborSerializable {}

  /** Report every hosted entity's result (end of run). */
  public record CollectResults() implements Command, CborSerializable {}

  /** A child handled its event: what it emitted and spawned, its node's new spawn count, and its result if it stopped. */
  public record ChildHandled(long entityIndex, List<Event> emitted, List<EntityActor.Spawned> spawned,
      int spawnCounter, List<EntityResult> retired) implements Command, NoSerializationVerificationNeeded {}

  /** A child failed for {@code reason}, caused by {@code cause} (which may be a fatal VM error to pass on). */
  public record ChildFailed(String reason, Throwable cause) implements Command, NoSerializationVerificationNeeded {}

  /** The child actor hosting entity {@code id} has stopped (its death watch). */
  public record ChildStopped(EntityId id) implements Command, NoSerializationVerificationNeeded {}

  /** A child's result, answering {@link EntityActor.Collect}. */
  public record ChildResult(EntityResult result) implements Command, CborSerializable {}

  private final RunScope scope;
  private final NodePlan plan;
  private final ActorRef<NodeGroup.Command> group;
  private final EntityCell cell;
  private final Map<Long, ActorRef<EntityActor.Command>> children = new HashMap<>();
  private final boolean fuseChildren;
  private final Map<Long, EntityCell> fused = new HashMap<>();
  private final EventQueue queue = new EventQueue(64);
  private final RetiredEntities retired;
  private final Sink sink = new Sink();
  private final DispatcherSelector dispatcher;
  private final RunProgress progress;
  private List<Event> outbound = new ArrayList<>();
  private int spawnCounter;
  private int window;
  private long horizonMs;
  private long previousHorizonMs;
  /** The event a child actor is handling, while the node waits for its answer; else {@code null}. */
  private Event delivering;
  private List<EntityResult> collected;
  private int awaitedResults;

  private NodeActor(ActorContext<Command> context, RunScope scope, NodePlan plan, ActorRef<NodeGroup.Command> group,
      DispatcherSelector dispatcher, boolean fuseChildren, RunProgress progress) {
    super(context);
    this.fuseChildren = fuseChildren;
    this.progress = progress;
    this.scope = scope;
    this.plan = plan;
    this.group = group;
    this.dispatcher = dispatcher;
    this.retired = new RetiredEntities(plan.id().name());
    // An entity that cannot be created fails this actor's start with the cell's SimulationFailure, and
    // its group, watching, fails the run with that message.
    this.cell = create(plan.id(), plan.factory());
    queue.add(EntityCell.initialStart(plan.id()));
    for (ChildPlan child : plan.children()) {
      hostChild(create(child.id(), child.factory()), true);
      queue.add(EntityCell.initialStart(child.id()));
    }
  }

  /** {@link EntityCell#create}, but a fatal VM error is kept for the engine and ends only this actor's start. */
  private EntityCell create(EntityId id, EntityFactory factory) {
    try {
      return EntityCell.create(scope, id, plan.ordinal(), factory);
    } catch (VirtualMachineError e) {
      if (!SimulationFailure.isFatal(e)) {
        throw e;
      }
      progress.recordFatal(e);
      throw new SimulationFailure(failureMessage(e, () -> id + " could not be created: " + e), e);
    }
  }

  /**
   * The behaviour of node {@code plan} in group {@code group}, recording its windows in {@code progress};
   * its children run on {@code dispatcher}, or with {@code fuseChildren} inside this actor (see
   * {@link AkkaEngineSettings#fuseChildren()}).
   */
  static Behavior<Command> create(RunScope scope, NodePlan plan, ActorRef<NodeGroup.Command> group,
      DispatcherSelector dispatcher, boolean fuseChildren, RunProgress progress) {
    return Behaviors.setup(ctx -> new NodeActor(ctx, scope, plan, group, dispatcher, fuseChildren, progress));
  }

  @Override
  public Receive<Command> createReceive() {
    // One case and an instanceof chain, the hot messages first (see NodeGroup).
    return newReceiveBuilder().onMessage(Command.class, this::onCommand).build();
  }

  private Behavior<Command> onCommand(Command c) {
    if (c instanceof Advance a) {
      return onAdvance(a);
    } else if (c instanceof ChildHandled h) {
      return onChildHandled(h);
    } else if (c instanceof ChildResult r) {
      return onChildResult(r);
    } else if (c instanceof CollectResults r) {
      return onCollect(r);
    } else if (c instanceof ChildStopped s) {
      return onChildStopped(s);
    } else {
      ChildFailed f = (ChildFailed) c;
      return fail(f.reason(), f.cause());
    }
  }

  private Behavior<Command> onAdvance(Advance a) {
    window = a.window();
    horizonMs = a.horizonMs();
    try {
      for (Event e : a.inbound()) {
        if (e.timeMs() < previousHorizonMs) {
          throw new LookaheadViolation(plan.id() + " received " + e.describe() + " in window " + window
              + ", earlier than the horizon " + previousHorizonMs + " ms it has already run to");
        }
        queue.add(e);
      }
      return runWindow();
    } catch (Throwable t) {
      return fail(t);
    }
  }

  private Behavior<Command> onChildHandled(ChildHandled h) {
    delivering = null;
    try {
      spawnCounter = h.spawnCounter();
      for (EntityActor.Spawned s : h.spawned()) {
        hostChild(new EntityCell(scope, s.id(), plan.ordinal(), s.spec().entity()), false);
      }
      for (Event e : h.emitted()) {
        sink.emit(e);
      }
      if (!h.retired().isEmpty()) {
        children.remove(h.entityIndex());
        retired.add(h.retired().get(0));
      }
      return runWindow();
    } catch (Throwable t) {
      return fail(t);
    }
  }

  /** Handles events below the horizon until one needs a child's answer or none is left. */
  private Behavior<Command> runWindow() {
    Event e;
    while ((e = queue.pollBefore(horizonMs)) != null) {
      long target = e.targetIndex();
      if (target == cell.id().index()) {
        cell.handle(e, sink);
      } else if (fuseChildren) {
        EntityCell child = fused.get(target);
        if (child == null) {
          throw new SimulationFailure("no live entity #" + target + " in " + plan.id() + " for " + e.describe()
              + ": it never existed or has stopped");
        }
        child.handle(e, sink);
        if (child.stopped()) {
          fused.remove(target);
          retired.add(child.result());
        }
      } else {
        ActorRef<EntityActor.Command> child = children.get(target);
        if (child == null) {
          throw new SimulationFailure("no live entity #" + target + " in " + plan.id() + " for " + e.describe()
              + ": it never existed or has stopped");
        }
        child.tell(new EntityActor.Deliver(e, spawnCounter));
        delivering = e;
        return this;
      }
    }
    previousHorizonMs = horizonMs;
    progress.nodeAnswered(plan.ordinal(), window);
    group.tell(new NodeGroup.NodeAdvanced(window, plan.ordinal(), queue.peekTime(), outbound));
    outbound = new ArrayList<>();
    return this;
  }

  /**
   * Hosts a child entity in an actor of its own (or, fused, in this one). The children of the plan
   * (machines: few, living the whole run) are watched. Children spawned during the run (shipments:
   * numerous and short-lived) are not: watching each cost 5 % more allocation and a few per cent of
   * events/s, and such an actor stops only after its entity retired or after reporting
   * {@link ChildFailed}; one lost otherwise leaves its window unfinished, and the engine's progress
   * watchdog fails the run naming this node.
   */
  private void hostChild(EntityCell childCell, boolean watch) {
    if (fuseChildren) {
      fused.put(childCell.id().index(), childCell);
      return;
    }
    ActorRef<EntityActor.Command> ref = getContext().spawn(
        EntityActor.create(childCell, getContext().getSelf()), actorName(childCell.id()), dispatcher);
    if (watch) {
      getContext().watchWith(ref, new ChildStopped(childCell.id()));
    }
    children.put(childCell.id().index(), ref);
  }

  /**
   * A child stops after its entity stopped, and its {@link ChildHandled} with the result (sent before it
   * stopped, so it arrives first) has removed it from {@code children}; or after reporting
   * {@link ChildFailed}, upon which this node stops too. Any other stop loses the entity: end the run.
   */
  private Behavior<Command> onChildStopped(ChildStopped s) {
    if (!children.containsKey(s.id().index())) {
      return this;
    }
    boolean busy = delivering != null && delivering.targetIndex() == s.id().index();
    return fail(s.id() + ", a child actor of " + plan.id() + ", stopped unexpectedly"
        + (busy ? " while handling " + delivering.describe() : " in window " + window));
  }

  /**
   * The actor name of a child entity: its local name for a static child ({@code m1}), and its kind
   * with the spawn counter in base 36 for a spawned one ({@code ship2bi} for {@code <node>/ship-3000}).
   * Names are per-actor heap, and a node may spawn millions of shipments; entity names in results
   * are unaffected.
   */
  static String actorName(EntityId id) {
    String name = id.name();
    String local = name.substring(name.indexOf('/') + 1);
    if (!EntityId.isSpawned(id.index())) {
      return local;
    }
    return local.substring(0, local.lastIndexOf('-')) + Long.toString(id.index() & 0xFFFFFFFFL, 36);
  }

  private Behavior<Command> onCollect(CollectResults c) {
    if (delivering != null) {
      return fail(plan.id() + " was asked for results in the middle of a window");
    }
    collected = new ArrayList<>(children.size() + 2);
    collected.add(cell.result());
    if (!retired.isEmpty()) {
      collected.add(retired.result());
    }
    for (EntityCell child : new TreeMap<>(fused).values()) {
      collected.add(child.result());
    }
    awaitedResults = children.size();
    for (ActorRef<EntityActor.Command> child : new TreeMap<>(children).values()) {
      child.tell(new EntityActor.Collect());
    }
    return reportIfComplete();
  }

  private Behavior<Command> onChildResult(ChildResult r) {
    collected.add(r.result());
    awaitedResults--;
    return reportIfComplete();
  }

  private Behavior<Command> reportIfComplete() {
    if (awaitedResults == 0) {
      progress.nodeAnswered(plan.ordinal(), RunProgress.RESULTS);
      group.tell(new NodeGroup.NodeReport(plan.ordinal(), collected));
    }
    return this;
  }

  /** Fails the run for {@code t}, thrown by a hosted entity (see {@link EntityCell#handle}) or by this node's own code. */
  private Behavior<Command> fail(Throwable t) {
    // Kept first: building the message needs memory, which a fatal error may mean there is none of.
    if (SimulationFailure.isFatal(t)) {
      progress.recordFatal((VirtualMachineError) t);
    }
    return fail(failureMessage(t, () -> plan.id() + " failed in window " + window + ": " + t));
  }

  /** Fails the run for {@code reason}; a fatal VM error {@code cause} is kept for the engine to rethrow. */
  private Behavior<Command> fail(String reason, Throwable cause) {
    if (SimulationFailure.isFatal(cause)) {
      progress.recordFatal((VirtualMachineError) cause);
    }
    return fail(reason);
  }

  private Behavior<Command> fail(String reason) {
    group.tell(new NodeGroup.NodeFailed(plan.ordinal(), reason));
    return Behaviors.stopped();
  }

  /**
   * The message of the failure {@code t} stands for: its own if it is a {@link SimulationFailure}, the
   * one {@link EntityCell} attached to a fatal VM error if there is one, else the one {@code otherwise} builds.
   */
  static String failureMessage(Throwable t, Supplier<String> otherwise) {
    if (t instanceof SimulationFailure f) {
      return f.getMessage();
    }
    for (Throwable s : t.getSuppressed()) {
      if (s instanceof SimulationFailure f) {
        return f.getMessage();
      }
    }
    return otherwise.get();
  }

  /** Routes a hosted entity's effects: into this node's queue, or out to another node. */
  private final class Sink implements EffectSink {
    @Override
    public void emit(Event event) {
      if (scope.directory().nodeOrdinalOf(event.targetIndex()) == plan.ordinal()) {
        queue.add(event);
      } else {
        outbound.add(event);
      }
    }

    @Override
    public EntityId spawn(int nodeOrdinal, EntitySpec spec) {
      EntityId id = scope.spawnedId(plan.ordinal(), ++spawnCounter, spec.kind());
      hostChild(new EntityCell(scope, id, plan.ordinal(), spec.entity()), false);
      return id;
    }
  }
}
