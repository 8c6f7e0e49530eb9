package org.dmsim.sim.testmodel;

import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityDirectory;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.EntitySpec;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.event.Message;
import org.dmsim.model.phold.PholdMessage;

/**
 * A random network for engine tests: nodes with children, every entity forwarding tokens to random
 * static entities (across nodes with at least the lookahead, inside a node with any delay including
 * zero, at random priorities), and now and then spawning a short-lived courier that forwards a few
 * tokens and stops. Exercises both levels of the actor engine, spawning and stopping, and ties.
 *
 * @param nodes          number of nodes
 * @param childrenOfNode children per node, indexed by node
 * @param tokens         tokens each static entity starts with
 * @param lookaheadMs    the network lookahead
 * @param endMs          end of the run
 */
public record ChatterModel(int nodes, int[] childrenOfNode, int tokens, long lookaheadMs, long endMs) {

  /** The plan. */
  public SimulationPlan plan() {
    SimulationPlan.Builder b = SimulationPlan.builder("chatter");
    List<String> names = new ArrayList<>();
    for (int n = 0; n < nodes; n++) {
      String node = b.node("n" + n, dir -> new Chatter(dir, tokens, lookaheadMs));
      names.add(node);
      for (int c = 0; c < childrenOfNode[n]; c++) {
        names.add(b.child(node, "c" + c, dir -> new Chatter(dir, tokens, lookaheadMs)));
      }
    }
    return b.build(lookaheadMs, endMs);
  }

  /** The token every entity passes on; zero delays make equal-time ties common. */
  public static PholdMessage.Hop token() {
    return PholdMessage.Hop.INSTANCE;
  }

  /** Forwards every token it gets to a random static entity; sometimes spawns a courier. */
  static final class Chatter implements Entity {
    private final EntityDirectory dir;
    private final int tokens;
    private final long lookaheadMs;

    Chatter(EntityDirectory dir, int tokens, long lookaheadMs) {
      this.dir = dir;
      this.tokens = tokens;
      this.lookaheadMs = lookaheadMs;
    }

    @Override
    public void onStart(SimContext ctx) {
      for (int i = 0; i < tokens; i++) {
        forward(ctx);
      }
    }

    @Override
    public void onMessage(Message message, SimContext ctx) {
      ctx.record(Observation.count("tokens"));
      ctx.record(Observation.sample("arrival-ms", ctx.now()));
      if (ctx.random("spawn").nextInt(8) == 0) {
        ctx.spawn(new EntitySpec("courier", new Courier(dir, lookaheadMs, 1 + ctx.random("spawn").nextInt(3))));
      } else {
        forward(ctx);
      }
    }

    private void forward(SimContext ctx) {
      send(ctx, dir, lookaheadMs);
    }
  }

  /** Forwards {@code hops} tokens, then stops. */
  static final class Courier implements Entity {
    private final EntityDirectory dir;
    private final long lookaheadMs;
    private int hops;

    Courier(EntityDirectory dir, long lookaheadMs, int hops) {
      this.dir = dir;
      this.lookaheadMs = lookaheadMs;
      this.hops = hops;
    }

    @Override
    public void onStart(SimContext ctx) {
      ctx.schedule(ctx.random("delay").nextInt(3), token());
    }

    @Override
    public void onMessage(Message message, SimContext ctx) {
      ctx.record(Observation.level("hops-left", hops));
      if (--hops <= 0) {
        send(ctx, dir, lookaheadMs);
        ctx.stop();
      } else {
        ctx.schedule(ctx.random("delay").nextInt(3), token());
      }
    }
  }

  static void send(SimContext ctx, EntityDirectory dir, long lookaheadMs) {
    EntityId to = dir.byIndex(ctx.random("target").nextInt(dir.size()));
    boolean sameNode = dir.nodeOrdinalOf(to.index()) == dir.nodeOrdinalOf(ctx.self().index());
    long delay = ctx.random("delay").nextInt(4) == 0 ? 0 : ctx.random("delay").nextInt(50);
    if (!sameNode) {
      delay += lookaheadMs;
    }
    ctx.send(to, delay, token());
  }
}
