package org.dmsim.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.BehaviorTestKit;
import akka.actor.testkit.typed.javadsl.TestInbox;
import akka.actor.typed.DispatcherSelector;
import java.util.List;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.event.Event;
import org.dmsim.model.phold.PholdMessage;
import org.dmsim.sim.host.RunScope;
import org.dmsim.sim.testmodel.TwoNodes;
import org.junit.jupiter.api.Test;

/** One node actor driven synchronously, without an actor system. */
class NodeActorTest {
  private final SimulationPlan plan = TwoNodes.plan((dir, ctx) -> ctx.schedule(30, PholdMessage.Hop.INSTANCE));
  private final RunScope scope = new RunScope(plan, 1, 0);
  private final TestInbox<NodeGroup.Command> group = TestInbox.create();
  private final BehaviorTestKit<NodeActor.Command> node = BehaviorTestKit.create(
      NodeActor.create(scope, plan.nodes().get(0), group.getRef(), DispatcherSelector.defaultDispatcher(),
          false));

  @Test
  void advance_runsEventsBelowTheHorizonAndReportsTheNextTime() {
    node.run(new NodeActor.Advance(1, 10, List.of()));
    NodeGroup.NodeAdvanced done = (NodeGroup.NodeAdvanced) group.receiveMessage();
    assertThat(done.window()).isEqualTo(1);
    assertThat(done.nextMs()).isEqualTo(30);
    assertThat(done.outbound()).isEmpty();
  }

  @Test
  void advance_inboundEventEarlierThanARunHorizon_failsTheRunNamingTheEvent() {
    node.run(new NodeActor.Advance(1, 10, List.of()));
    group.receiveMessage();
    Event late = new Event(5, 0, 1, 1, 0, PholdMessage.Hop.INSTANCE);
    node.run(new NodeActor.Advance(2, 20, List.of(late)));
    NodeGroup.NodeFailed failed = (NodeGroup.NodeFailed) group.receiveMessage();
    assertThat(failed.reason()).contains("received event(t=5ms").contains("earlier than the horizon 10 ms");
    assertThat(node.isAlive()).isFalse();
  }
}
