package org.dmsim.sim.host;

import java.util.HashMap;
import java.util.Map;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityFactory;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.EntitySpec;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.entity.Start;
import org.dmsim.model.event.Event;
import org.dmsim.model.event.Message;
import org.dmsim.model.random.RandomStream;
import org.dmsim.model.random.SplitMix64;
import org.dmsim.model.random.StreamSeeds;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.stats.EntityStats;
import org.dmsim.sim.engine.CausalityViolation;
import org.dmsim.sim.engine.LookaheadViolation;
import org.dmsim.sim.engine.SimulationFailure;

/**
 * One hosted entity: its logic, its sequence counter, the key of the last event it handled, a hash
 * of every key it handled, its statistics and its random streams. It is the entity's
 * {@link SimContext} while it handles an event, and it checks the two rules of correct time: no
 * event is earlier than the last one handled, nor the same event again (else
 * {@link CausalityViolation}), and every send to another node waits at least the lookahead (else
 * {@link LookaheadViolation}).
 *
 * <p>Why time and not the whole key: a zero-delay send inside a node (a machine tells its factory it
 * is free, the factory gives it the next job at the same instant) creates an event whose key may sort
 * before the event that caused it. Engines handle the events present in key order, and both engines
 * see the same events present at each node and instant, so results still agree; only time itself
 * must never go backwards.
 */
public final class EntityCell implements SimContext {
  private static final long K_TIME = 0x9E3779B97F4A7C15L;
  private static final long K_SOURCE = 0xC2B2AE3D27D4EB4FL;
  private static final long K_SEQ = 0x165667B19E3779F9L;

  private final RunScope scope;
  private final EntityId id;
  private final Entity entity;
  /** Statistics and random streams, created on first use: many entities (idle shipments) need neither. */
  private Extras extras;
  private long seq;
  private Event last;
  private long traceHash;
  private long handled;
  private boolean stopped;
  private EffectSink sink;

  /** A cell hosting {@code entity} as {@code id}, in the node with ordinal {@code nodeOrdinal}. */
  public EntityCell(RunScope scope, EntityId id, int nodeOrdinal, Entity entity) {
    if (scope.directory().nodeOrdinalOf(id.index()) != nodeOrdinal) {
      throw new IllegalArgumentException(id + " does not belong to node " + nodeOrdinal);
    }
    this.scope = scope;
    this.id = id;
    this.entity = entity;
  }

  /**
   * A cell hosting a new entity from {@code factory}. Creating an entity runs model code too, so whatever
   * the factory throws fails the run like the entity's logic would: {@code "<entity> could not be
   * created: <cause>"}, a fatal VM error rethrown with that failure attached.
   */
  public static EntityCell create(RunScope scope, EntityId id, int nodeOrdinal, EntityFactory factory) {
    Entity entity;
    try {
      entity = factory.create(scope.directory());
    } catch (SimulationFailure f) {
      throw f;
    } catch (Throwable t) {
      throw rethrowIfFatal(t, new SimulationFailure(id + " could not be created: " + t, t));
    }
    return new EntityCell(scope, id, nodeOrdinal, entity);
  }

  /**
   * {@code failure}, to be thrown for {@code cause}; but if {@code cause} is fatal
   * ({@link SimulationFailure#isFatal}), throws {@code cause} itself, with {@code failure} attached.
   */
  private static SimulationFailure rethrowIfFatal(Throwable cause, SimulationFailure failure) {
    if (SimulationFailure.isFatal(cause)) {
      // At most one: the VM may hand out one shared OutOfMemoryError again and again.
      if (cause.getSuppressed().length == 0) {
        cause.addSuppressed(failure);
      }
      throw (VirtualMachineError) cause;
    }
    return failure;
  }

  /** The rarely needed part of a cell. */
  private static final class Extras {
    private final EntityStats stats;
    private final Map<String, RandomStream> streams = new HashMap<>(4);

    Extras(long warmupMs) {
      stats = new EntityStats(warmupMs);
    }
  }

  private Extras extras() {
    if (extras == null) {
      extras = new Extras(scope.plan().warmupMs());
    }
    return extras;
  }

  /** The event that starts a static entity at time 0: sent by itself, sequence 0. */
  public static Event initialStart(EntityId id) {
    return new Event(0, Message.FIRST, id.index(), 0, id.index(), Start.INSTANCE);
  }

  /**
   * Handles one event addressed to this entity; its effects go to {@code effects}.
   *
   * @throws CausalityViolation if the event is not later than the last one handled
   * @throws SimulationFailure  if the entity is stopped or its logic throws anything (see
   *                            {@link #entityFailed}), except a fatal VM error
   *                            ({@link SimulationFailure#isFatal}), which is rethrown unchanged with that
   *                            failure attached as suppressed
   */
  public void handle(Event event, EffectSink effects) {
    if (stopped) {
      throw new SimulationFailure(id + " received " + event.describe() + " after it stopped");
    }
    if (last != null && (event.timeMs() < last.timeMs() || Event.compare(event, last) == 0)) {
      throw new CausalityViolation(id + " received " + event.describe() + " after it had already handled "
          + last.describe() + ": an entity must never see time go backwards or an event twice");
    }
    last = event;
    handled++;
    traceHash = SplitMix64.mix(traceHash ^ (event.timeMs() * K_TIME + event.sourceIndex() * K_SOURCE
        + event.sourceSeq() * K_SEQ + event.priority()));
    sink = effects;
    try {
      if (event.message() instanceof Start) {
        entity.onStart(this);
      } else {
        entity.onMessage(event.message(), this);
      }
    } catch (SimulationFailure f) {
      throw f;
    } catch (Throwable t) {
      // Every Throwable, not only exceptions: an AssertionError or a StackOverflowError in entity logic is
      // a bug of the model like any other, and one that escaped would silently stop an actor of the run.
      throw rethrowIfFatal(t, entityFailed(id, event, t));
    } finally {
      sink = null;
    }
  }

  /**
   * The failure of entity {@code id} whose logic threw {@code cause} while handling {@code event}: the
   * wording every engine uses, {@code "<entity> failed while handling <event>: <cause>"}.
   */
  public static SimulationFailure entityFailed(EntityId id, Event event, Throwable cause) {
    return new SimulationFailure(id + " failed while handling " + event.describe() + ": " + cause, cause);
  }

  /** This cell's entity id. */
  public EntityId id() {
    return id;
  }

  /** Whether the entity has stopped itself. */
  public boolean stopped() {
    return stopped;
  }

  /** Events handled so far. */
  public long handled() {
    return handled;
  }

  /** The hash of every event key handled so far, in order. */
  public long traceHash() {
    return traceHash;
  }

  /** The hosted logic (for tests and fused hosting). */
  public Entity entity() {
    return entity;
  }

  /** The entity's result, closing time-weighted statistics at the end of the run. */
  public EntityResult result() {
    return resultAt(scope.endMs());
  }

  /**
   * The entity's result so far, closing time-weighted statistics at {@code atMs} (a live view's
   * snapshot); the statistics go on as before afterwards, so {@link #result()} is unchanged by it.
   */
  public EntityResult resultAt(long atMs) {
    EntityStats s = extras == null ? new EntityStats(scope.plan().warmupMs()) : extras.stats;
    return s.toResult(id.name(), handled, traceHash, atMs);
  }

  @Override
  public long now() {
    return last == null ? 0 : last.timeMs();
  }

  /** The run this cell belongs to. */
  public RunScope scope() {
    return scope;
  }

  /** The ordinal of the node hosting this entity. */
  public int nodeOrdinal() {
    return scope.directory().nodeOrdinalOf(id.index());
  }

  @Override
  public long endMs() {
    return scope.endMs();
  }

  @Override
  public EntityId self() {
    return id;
  }

  @Override
  public void send(EntityId to, long delayMs, Message message) {
    requireHandling();
    if (delayMs < 0) {
      throw new CausalityViolation(id + " at t=" + now() + "ms sent " + message.getClass().getSimpleName() + " to "
          + to + " with negative delay " + delayMs + "ms");
    }
    if (delayMs < scope.lookaheadMs() && scope.directory().nodeOrdinalOf(to.index()) != nodeOrdinal()) {
      throw new LookaheadViolation(id + " at t=" + now() + "ms sent " + message.getClass().getSimpleName() + " to "
          + to + " in another node with delay " + delayMs + "ms, below the network lookahead of "
          + scope.lookaheadMs() + "ms");
    }
    // A delay beyond the latest event time (a long-tailed draw) means "not within this run": saturate, never overflow.
    long at = delayMs > Event.MAX_TIME_MS - now() ? Event.MAX_TIME_MS : now() + delayMs;
    sink.emit(new Event(at, message.priority(), id.index(), ++seq, to.index(), message));
  }

  @Override
  public void schedule(long delayMs, Message message) {
    send(id, delayMs, message);
  }

  @Override
  public EntityId spawn(EntitySpec spec) {
    requireHandling();
    EntityId child = sink.spawn(nodeOrdinal(), spec);
    sink.emit(new Event(now(), Message.FIRST, id.index(), ++seq, child.index(), Start.INSTANCE));
    return child;
  }

  @Override
  public void stop() {
    requireHandling();
    stopped = true;
  }

  @Override
  public RandomStream random(String purpose) {
    Map<String, RandomStream> streams = extras().streams;
    RandomStream s = streams.get(purpose);
    if (s == null) {
      s = StreamSeeds.stream(scope.seed(), scope.replication(), id.name(), purpose);
      streams.put(purpose, s);
    }
    return s;
  }

  @Override
  public void record(Observation observation) {
    requireHandling();
    extras().stats.record(observation, now());
  }

  private void requireHandling() {
    if (sink == null) {
      throw new IllegalStateException(id + ": the context may be used only while handling an event");
    }
  }
}
