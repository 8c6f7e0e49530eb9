package org.dmsim.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.BehaviorTestKit;
import akka.actor.testkit.typed.javadsl.TestInbox;
import akka.actor.typed.ActorRef;
import akka.actor.typed.ChildFailed;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.Terminated;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.sim.host.RunScope;
import org.dmsim.sim.testmodel.TwoNodes;
import org.junit.jupiter.api.Test;

/** One node group driven synchronously: a node it loses ends the run, named. */
class NodeGroupTest {
  private final SimulationPlan plan = TwoNodes.plan((dir, ctx) -> { });
  private final TestInbox<RunCoordinator.Command> coordinator = TestInbox.create();
  private final BehaviorTestKit<NodeGroup.Command> group = BehaviorTestKit.create(NodeGroup.create(
      new RunScope(plan, 1, 0), 0, 1, coordinator.getRef(), DispatcherSelector.defaultDispatcher(), false,
      new RunProgress(plan, 1)));

  @Test
  void nodeStopsUnexpectedly_failsTheRunNamingTheNodeAndWindow() {
    group.run(new NodeGroup.Grant(1, 10, 0));
    group.signal(new Terminated(node("b")));
    RunCoordinator.GroupFailed failed = (RunCoordinator.GroupFailed) coordinator.receiveMessage();
    assertThat(failed.reason()).isEqualTo("node b stopped unexpectedly in window 1");
    assertThat(group.isAlive()).isFalse();
  }

  @Test
  void nodeFails_failsTheRunNamingTheNodeAndCause() {
    group.signal(new ChildFailed(node("a"), new IllegalStateException("lost its queue")));
    RunCoordinator.GroupFailed failed = (RunCoordinator.GroupFailed) coordinator.receiveMessage();
    assertThat(failed.reason()).isEqualTo("node a failed between windows: java.lang.IllegalStateException: lost its queue");
    assertThat(group.isAlive()).isFalse();
  }

  private ActorRef<scala.runtime.Nothing$> node(String name) {
    return group.<NodeActor.Command>childInbox(name).getRef().unsafeUpcast();
  }
}
