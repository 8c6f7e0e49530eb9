package org.dmsim.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.BehaviorTestKit;
import akka.actor.testkit.typed.javadsl.TestInbox;
import akka.actor.typed.ChildFailed;
import akka.actor.typed.Terminated;
import java.util.concurrent.CompletableFuture;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.sim.engine.SimulationFailure;
import org.dmsim.sim.sequential.SequentialEngine;
import org.dmsim.sim.testmodel.TwoNodes;
import org.junit.jupiter.api.Test;

/** The guardian driven synchronously: it fails the outcome of a run whose coordinator is lost, and passes aborts on. */
class EngineGuardianTest {
  private final SimulationPlan plan = TwoNodes.plan((dir, ctx) -> { });
  private final CompletableFuture<RunCoordinator.Outcome> outcome = new CompletableFuture<>();
  private final BehaviorTestKit<EngineGuardian.Command> guardian =
      BehaviorTestKit.create(EngineGuardian.create(AkkaEngineSettings.of(1)));

  @Test
  void coordinatorStopsBeforeTheRunEnded_failsTheOutcomeNamingTheRun() {
    guardian.run(new EngineGuardian.StartRun(7, plan, 1, 0, new RunProgress(plan, 1), outcome));
    guardian.signal(new Terminated(coordinator().getRef().unsafeUpcast()));
    assertThat(outcome.handle((o, t) -> t).join()).isInstanceOf(SimulationFailure.class)
        .hasMessage("the coordinator of run 7 stopped before the run ended");
  }

  @Test
  void coordinatorFails_failsTheOutcomeWithTheCause() {
    guardian.run(new EngineGuardian.StartRun(7, plan, 1, 0, new RunProgress(plan, 1), outcome));
    guardian.signal(new ChildFailed(coordinator().getRef().unsafeUpcast(), new ArithmeticException("overflow")));
    assertThat(outcome.handle((o, t) -> t).join())
        .hasMessage("the coordinator of run 7 failed (java.lang.ArithmeticException: overflow) before the run ended");
  }

  @Test
  void coordinatorStopsAfterCompletingTheOutcome_changesNothing() {
    guardian.run(new EngineGuardian.StartRun(7, plan, 1, 0, new RunProgress(plan, 1), outcome));
    RunCoordinator.Outcome done = new RunCoordinator.Outcome(new SequentialEngine().run(plan, 1, 0), 3);
    outcome.complete(done);
    guardian.signal(new Terminated(coordinator().getRef().unsafeUpcast()));
    assertThat(outcome.join()).isSameAs(done);
  }

  @Test
  void abortRun_tellsTheRunsCoordinatorWhy() {
    guardian.run(new EngineGuardian.StartRun(7, plan, 1, 0, new RunProgress(plan, 1), outcome));
    guardian.run(new EngineGuardian.AbortRun(7, "stuck in window 3"));
    assertThat(coordinator().receiveMessage()).isEqualTo(new RunCoordinator.Abort("stuck in window 3"));
  }

  private TestInbox<RunCoordinator.Command> coordinator() {
    return guardian.childInbox("run-7");
  }
}
