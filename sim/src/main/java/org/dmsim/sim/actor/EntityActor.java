package org.dmsim.sim.actor;

import akka.actor.NoSerializationVerificationNeeded;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.EntitySpec;
import org.dmsim.model.event.Event;
import org.dmsim.sim.host.EffectSink;
import org.dmsim.sim.host.EntityCell;
import org.dmsim.sim.wire.CborSerializable;

/**
 * Hosts one child entity of a node — a machine or a shipment — as its own actor. Its node hands it
 * one event at a time ({@link Deliver}) and waits for the effects ({@link NodeActor.ChildHandled}):
 * the events it emitted, the entities it spawned, and its final result if it stopped, after which
 * the actor stops too.
 *
 * <p>Whatever goes wrong while it handles an event — anything the entity throws, or a failure of its own —
 * it reports as {@link NodeActor.ChildFailed} and stops, so that its node never waits for an answer that
 * will not come.
 */
public final class EntityActor extends AbstractBehavior<EntityActor.Command> {

  /** What a node tells its child. */
  public sealed interface Command {}

  /**
   * Handle {@code event} now; {@code spawnCounter} is the node's spawn count, so that entities this
   * child spawns get the ids the sequential engine would give them.
   */
  public record Deliver(Event event, int spawnCounter) implements Command, CborSerializable {}

  /** Report the current result to the node (end of run). */
  public record Collect() implements Command, CborSerializable {}

  /** An entity a child asked to spawn, for its node to host. Local only: it carries live logic. */
  public record Spawned(EntityId id, EntitySpec spec) implements NoSerializationVerificationNeeded {}

  private final EntityCell cell;
  private final ActorRef<NodeActor.Command> node;
  private Effects effects;

  private EntityActor(ActorContext<Command> context, EntityCell cell, ActorRef<NodeActor.Command> node) {
    super(context);
    this.cell = cell;
    this.node = node;
  }

  /** The behaviour hosting {@code cell} for {@code node}. */
  public static Behavior<Command> create(EntityCell cell, ActorRef<NodeActor.Command> node) {
    return Behaviors.setup(ctx -> new EntityActor(ctx, cell, node));
  }

  @Override
  public Receive<Command> createReceive() {
    // One case and a switch inside: every entity actor builds its own Receive, and each case costs
    // heap in every one of possibly millions of shipments (docs/performance.md).
    return newReceiveBuilder().onMessage(Command.class, this::onCommand).build();
  }

  private Behavior<Command> onCommand(Command c) {
    if (c instanceof Deliver d) {
      return onDeliver(d);
    }
    return onCollect((Collect) c);
  }

  private Behavior<Command> onDeliver(Deliver d) {
    if (effects == null) {
      effects = new Effects();
    }
    effects.reset(d.spawnCounter());
    try {
      cell.handle(d.event(), effects);
      if (cell.stopped()) {
        node.tell(new NodeActor.ChildHandled(cell.id().index(), effects.emitted, effects.spawned, effects.counter,
            List.of(cell.result())));
        return Behaviors.stopped();
      }
      node.tell(new NodeActor.ChildHandled(cell.id().index(), effects.emitted, effects.spawned, effects.counter,
          List.of()));
      return this;
    } catch (Throwable t) {
      // The cell has already wrapped what the entity threw (and attached a failure to a fatal error,
      // which the node keeps for the engine to rethrow); anything else failed here, on the same event.
      node.tell(new NodeActor.ChildFailed(NodeActor.failureMessage(t,
          () -> EntityCell.entityFailed(cell.id(), d.event(), t).getMessage()), t));
      return Behaviors.stopped();
    }
  }

  private Behavior<Command> onCollect(Collect c) {
    node.tell(new NodeActor.ChildResult(cell.result()));
    return this;
  }

  /** Collects one event's effects for the reply. */
  private final class Effects implements EffectSink {
    private List<Event> emitted;
    private List<Spawned> spawned;
    private int counter;

    void reset(int spawnCounter) {
      emitted = new ArrayList<>(2);
      spawned = List.of();
      counter = spawnCounter;
    }

    @Override
    public void emit(Event event) {
      emitted.add(event);
    }

    @Override
    public EntityId spawn(int ordinal, EntitySpec spec) {
      EntityId id = cell.scope().spawnedId(cell.nodeOrdinal(), ++counter, spec.kind());
      if (spawned.isEmpty()) {
        spawned = new ArrayList<>(1);
      }
      spawned.add(new Spawned(id, spec));
      return id;
    }
  }
}
