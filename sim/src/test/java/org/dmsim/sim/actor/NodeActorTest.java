package org.dmsim.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.BehaviorTestKit;
import akka.actor.testkit.typed.javadsl.TestInbox;
import akka.actor.typed.DispatcherSelector;
import java.util.List;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.event.Event;
import org.dmsim.model.phold.PholdMessage;
import org.dmsim.model.result.EntityResult;
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
          false, new RunProgress(plan, 1)));

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

  @Test
  void childStopped_whileHandlingAnEvent_failsTheRunNamingTheChildAndEvent() {
    BehaviorTestKit<NodeActor.Command> parent = nodeWithChild();
    parent.run(new NodeActor.Advance(1, 10, List.of()));
    parent.run(new NodeActor.ChildStopped(childOf(parent)));
    NodeGroup.NodeFailed failed = (NodeGroup.NodeFailed) group.receiveMessage();
    assertThat(failed.reason()).startsWith("a/m, a child actor of a, stopped unexpectedly while handling event(t=0ms")
        .endsWith("Start)");
    assertThat(parent.isAlive()).isFalse();
  }

  @Test
  void childStopped_afterItsEntityRetired_isTheExpectedEnd() {
    BehaviorTestKit<NodeActor.Command> parent = nodeWithChild();
    parent.run(new NodeActor.Advance(1, 10, List.of()));
    EntityId child = childOf(parent);
    parent.run(new NodeActor.ChildHandled(child.index(), List.of(), List.of(), 0,
        List.of(new EntityResult(child.name(), 1, 0, List.of()))));
    parent.run(new NodeActor.ChildStopped(child));
    assertThat(group.receiveMessage()).isInstanceOf(NodeGroup.NodeAdvanced.class);
    assertThat(group.hasMessages()).isFalse();
    assertThat(parent.isAlive()).isTrue();
  }

  @Test
  void childFailed_failsTheRunWithTheChildsReason() {
    BehaviorTestKit<NodeActor.Command> parent = nodeWithChild();
    parent.run(new NodeActor.Advance(1, 10, List.of()));
    parent.run(new NodeActor.ChildFailed("a/m failed while handling ...", new AssertionError("x")));
    assertThat(((NodeGroup.NodeFailed) group.receiveMessage()).reason()).isEqualTo("a/m failed while handling ...");
    assertThat(parent.isAlive()).isFalse();
  }

  /** Node {@code a} of {@link TwoNodes#withChildren}: its child {@code a/m} is a child actor (a test inbox here). */
  private BehaviorTestKit<NodeActor.Command> nodeWithChild() {
    SimulationPlan withChild = TwoNodes.withChildren((dir, ctx) -> { }, (message, ctx) -> { });
    return BehaviorTestKit.create(NodeActor.create(new RunScope(withChild, 1, 0), withChild.nodes().get(0),
        group.getRef(), DispatcherSelector.defaultDispatcher(), false, new RunProgress(withChild, 1)));
  }

  /** The child the node has just handed its start event (the node waits for its answer). */
  private static EntityId childOf(BehaviorTestKit<NodeActor.Command> parent) {
    EntityActor.Deliver start = (EntityActor.Deliver) parent.<EntityActor.Command>childInbox("m").receiveMessage();
    return new EntityId(start.event().targetIndex(), "a/m");
  }
}
