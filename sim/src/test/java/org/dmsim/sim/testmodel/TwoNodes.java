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
      b.node(n, dir -> new Entity() {
        @Override
        public void onStart(SimContext ctx) {
          onStart.accept(dir, ctx);
        }

        @Override
        public void onMessage(Message message, SimContext ctx) {
          // tokens just arrive
        }
      });
    }
    return b.build(10, 1000);
  }

  /** The name of the other node. */
  public static String other(SimContext ctx) {
    return ctx.self().name().equals("a") ? "b" : "a";
  }
}
