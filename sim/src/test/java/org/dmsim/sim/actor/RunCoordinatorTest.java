package org.dmsim.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.BehaviorTestKit;
import akka.actor.typed.ActorRef;
import akka.actor.typed.ChildFailed;
import akka.actor.typed.Terminated;
import java.util.concurrent.CompletableFuture;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.sim.engine.SimulationFailure;
import org.dmsim.sim.testmodel.TwoNodes;
import org.junit.jupiter.api.Test;

/** The coordinator driven synchronously: a group it loses, or an abort, ends the run with a named failure. */
class RunCoordinatorTest {
  private final SimulationPlan plan = TwoNodes.plan((dir, ctx) -> { });
  private final CompletableFuture<RunCoordinator.Outcome> outcome = new CompletableFuture<>();
  private final RunProgress progress = new RunProgress(plan, 2);
  private final BehaviorTestKit<RunCoordinator.Command> coordinator = BehaviorTestKit.create(
      RunCoordinator.create(plan, 1, 0, AkkaEngineSettings.of(2), progress, outcome));

  @Test
  void groupStopsUnexpectedly_failsTheRunNamingTheGroupAndWindow() {
    coordinator.signal(new Terminated(group("group-1")));
    assertThat(outcome).isCompletedExceptionally();
    assertThat(failure()).isInstanceOf(SimulationFailure.class)
        .hasMessage("node group group-1 stopped unexpectedly in window 1");
    assertThat(coordinator.isAlive()).isFalse();
  }

  @Test
  void groupFails_failsTheRunNamingTheGroupAndCause() {
    coordinator.signal(new ChildFailed(group("group-0"), new IllegalStateException("bad batch count")));
    assertThat(failure()).hasMessage("node group group-0 failed in window 1: java.lang.IllegalStateException: bad batch count");
  }

  @Test
  void abort_failsTheRunWithTheReasonAndStops() {
    assertThat(progress.steps()).isEqualTo(1);
    coordinator.run(new RunCoordinator.Abort("no window completed"));
    assertThat(failure()).hasMessage("no window completed");
    assertThat(coordinator.isAlive()).isFalse();
  }

  private ActorRef<scala.runtime.Nothing$> group(String name) {
    return coordinator.<NodeGroup.Command>childInbox(name).getRef().unsafeUpcast();
  }

  private Throwable failure() {
    return outcome.handle((o, t) -> t).join();
  }
}
