package org.dmsim.sim.testmodel;

import java.util.function.BiConsumer;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityDirectory;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.event.Message;

/** Two nodes {@code a} and {@code b}, lookahead 10 ms, end 1 s, whose entities run a given action at start. */
public final class TwoNodes {
  private TwoNodes() {}

  /** The plan; {@code onStart} gets the directory and the starting entity's context. */
  public static SimulationPlan plan(BiConsumer<EntityDirectory, SimContext> onStart) {
    SimulationPlan.Builder b = SimulationPlan.builder("two-nodes");
    for (String n : new String[] {"a", "b"}) {
      b.node(n, dir -> entity(dir, onStart, (message, ctx) -> {
        // tokens just arrive
      }));
    }
    return b.build(10, 1000);
  }

  /**
   * The same two nodes, each with one child {@code m} ({@code a/m}, {@code b/m}): a machine-like entity
   * that the actor engine hosts in an actor of its own, or calls directly when fused. Every entity runs
   * {@code onStart} at start and {@code onMessage} for each message it receives.
   */
  public static SimulationPlan withChildren(BiConsumer<EntityDirectory, SimContext> onStart,
      BiConsumer<Message, SimContext> onMessage) {
    SimulationPlan.Builder b = SimulationPlan.builder("two-nodes-with-children");
    for (String n : new String[] {"a", "b"}) {
      b.node(n, dir -> entity(dir, onStart, onMessage));
      b.child(n, "m", dir -> entity(dir, onStart, onMessage));
    }
    return b.build(10, 1000);
  }

  private static Entity entity(EntityDirectory dir, BiConsumer<EntityDirectory, SimContext> onStart,
      BiConsumer<Message, SimContext> onMessage) {
    return new Entity() {
      @Override
      public void onStart(SimContext ctx) {
        onStart.accept(dir, ctx);
      }

      @Override
      public void onMessage(Message message, SimContext ctx) {
        onMessage.accept(message, ctx);
      }
    };
  }

  /** The name of the other node. */
  public static String other(SimContext ctx) {
    return ctx.self().name().equals("a") ? "b" : "a";
  }
}
