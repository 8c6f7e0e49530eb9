package org.dmsim.sim.actor;

import akka.actor.NoSerializationVerificationNeeded;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.ChildFailed;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.Terminated;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.sim.engine.SimulationFailure;

/**
 * The engine's root actor: starts one {@link RunCoordinator} per requested run, each with its own
 * actors, watches it, and fails the run's outcome if the coordinator is lost before it completed it.
 * It also passes on the engine's request to abort a run whose waiting thread has given up on it.
 */
final class EngineGuardian extends AbstractBehavior<EngineGuardian.Command> {

  /** What the guardian receives; only from the engine in the same JVM. */
  sealed interface Command extends NoSerializationVerificationNeeded {}

  /**
   * Start run number {@code run} of {@code plan}; its outcome completes {@code outcome}, and its actors
   * record how far they have got in {@code progress}.
   */
  record StartRun(long run, SimulationPlan plan, long seed, int replication, RunProgress progress,
      CompletableFuture<RunCoordinator.Outcome> outcome) implements Command {}

  /** Stop run number {@code run}, which has failed for {@code reason} (its caller no longer waits). */
  record AbortRun(long run, String reason) implements Command {}

  /** A run in progress. */
  private record Running(ActorRef<RunCoordinator.Command> coordinator,
      CompletableFuture<RunCoordinator.Outcome> outcome) {}

  private final AkkaEngineSettings settings;
  /** Runs in progress by number; only looked up, never iterated where order could matter. */
  private final Map<Long, Running> running = new HashMap<>();

  private EngineGuardian(ActorContext<Command> context, AkkaEngineSettings settings) {
    super(context);
    this.settings = settings;
  }

  static Behavior<Command> create(AkkaEngineSettings settings) {
    return Behaviors.setup(ctx -> new EngineGuardian(ctx, settings));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(StartRun.class, this::onStartRun)
        .onMessage(AbortRun.class, this::onAbortRun)
        .onSignal(Terminated.class, this::onCoordinatorStopped)
        .build();
  }

  private Behavior<Command> onStartRun(StartRun r) {
    // The coordinator shares group 0's thread: that group's reports and grants then need no thread
    // hand-off, which is one wake-up fewer at every window's barrier.
    ActorRef<RunCoordinator.Command> coordinator = getContext().spawn(
        RunCoordinator.create(r.plan(), r.seed(), r.replication(), settings, r.progress(), r.outcome()),
        "run-" + r.run(), DispatcherSelector.fromConfig(EngineConfig.groupDispatcher(0, settings)));
    getContext().watch(coordinator);
    running.put(r.run(), new Running(coordinator, r.outcome()));
    return this;
  }

  private Behavior<Command> onAbortRun(AbortRun a) {
    Running r = running.get(a.run());
    if (r != null) {
      r.coordinator().tell(new RunCoordinator.Abort(a.reason()));
    }
    return this;
  }

  /**
   * A coordinator stops when its run has ended, after completing the outcome; if it stopped for any
   * other reason, the outcome is still open and would never complete, so fail it here.
   */
  private Behavior<Command> onCoordinatorStopped(Terminated t) {
    for (Iterator<Map.Entry<Long, Running>> it = running.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Long, Running> e = it.next();
      if (e.getValue().coordinator().equals(t.getRef())) {
        it.remove();
        String how = t instanceof ChildFailed f ? " failed (" + f.getCause() + ")" : " stopped";
        e.getValue().outcome().completeExceptionally(new SimulationFailure("the coordinator of run "
            + e.getKey() + how + " before the run ended"));
        break;
      }
    }
    return this;
  }
}
