package org.dmsim.sim.actor;

import akka.actor.NoSerializationVerificationNeeded;
import akka.actor.typed.Behavior;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import java.util.concurrent.CompletableFuture;
import org.dmsim.model.entity.SimulationPlan;

/** The engine's root actor: starts one {@link RunCoordinator} per requested run, each with its own actors. */
final class EngineGuardian extends AbstractBehavior<EngineGuardian.Command> {

  /** What the guardian receives; only from the engine in the same JVM. */
  sealed interface Command extends NoSerializationVerificationNeeded {}

  /** Start a run of {@code plan}; its outcome completes {@code outcome}. */
  record StartRun(SimulationPlan plan, long seed, int replication, CompletableFuture<RunCoordinator.Outcome> outcome)
      implements Command {}

  private final AkkaEngineSettings settings;
  private long runs;

  private EngineGuardian(ActorContext<Command> context, AkkaEngineSettings settings) {
    super(context);
    this.settings = settings;
  }

  static Behavior<Command> create(AkkaEngineSettings settings) {
    return Behaviors.setup(ctx -> new EngineGuardian(ctx, settings));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder().onMessage(StartRun.class, this::onStartRun).build();
  }

  private Behavior<Command> onStartRun(StartRun r) {
    // The coordinator shares group 0's thread: that group's reports and grants then need no thread
    // hand-off, which is one wake-up fewer at every window's barrier.
    getContext().spawn(RunCoordinator.create(r.plan(), r.seed(), r.replication(), settings, r.outcome()),
        "run-" + (++runs), DispatcherSelector.fromConfig(EngineConfig.groupDispatcher(0, settings)));
    return this;
  }
}
