package org.dmsim.sim.actor;

import akka.actor.typed.ActorSystem;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.result.RunResult;
import org.dmsim.sim.engine.Engine;
import org.dmsim.sim.engine.SimulationFailure;

/**
 * The engine in which every node, machine and shipment is an Akka actor. One actor system serves
 * many runs (each run gets its own coordinator, groups, nodes and children); close the engine to
 * stop it. {@link #run} blocks the calling thread — never an engine thread — until the run is done.
 */
public final class AkkaEngine implements Engine {
  private final AkkaEngineSettings settings;
  private final ActorSystem<EngineGuardian.Command> system;
  private volatile long lastRunWindows;

  /** An engine with its own actor system configured by {@code settings}. */
  public AkkaEngine(AkkaEngineSettings settings) {
    this.settings = settings;
    this.system = ActorSystem.create(EngineGuardian.create(settings), "dmsim", EngineConfig.of(settings));
  }

  @Override
  public RunResult run(SimulationPlan plan, long seed, int replication) {
    CompletableFuture<RunCoordinator.Outcome> outcome = new CompletableFuture<>();
    system.tell(new EngineGuardian.StartRun(plan, seed, replication, outcome));
    try {
      RunCoordinator.Outcome o = outcome.get();
      lastRunWindows = o.windows();
      return o.result();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SimulationFailure f) {
        throw new SimulationFailure(f.getMessage(), f);
      }
      throw new SimulationFailure("the actor engine failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SimulationFailure("interrupted while waiting for the run", e);
    }
  }

  /** The number of time windows the last completed run took. */
  public long lastRunWindows() {
    return lastRunWindows;
  }

  /** The settings this engine runs with. */
  public AkkaEngineSettings settings() {
    return settings;
  }

  @Override
  public String describe() {
    return "actors (threads " + settings.threads() + ", groups " + settings.groups() + ", throughput "
        + settings.throughput() + (settings.serializeMessages() ? ", serialize-messages on" : "") + ")";
  }

  @Override
  public void close() {
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().join();
  }
}
