package org.dmsim.sim.host;

import org.dmsim.model.entity.EntityDirectory;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.SimulationPlan;

/**
 * What every entity of one run shares read-only: the plan's directory, seed, replication, lookahead
 * and end time.
 *
 * @param plan        the plan being run
 * @param seed        the run seed
 * @param replication the replication index
 */
public record RunScope(SimulationPlan plan, long seed, int replication) {
  /** The plan's directory. */
  public EntityDirectory directory() {
    return plan.directory();
  }

  /** Network lookahead, ms. */
  public long lookaheadMs() {
    return plan.lookaheadMs();
  }

  /** The id of the {@code counter}-th entity of {@code kind} spawned in node {@code nodeOrdinal}: {@code <node>/<kind>-<n>}. */
  public EntityId spawnedId(int nodeOrdinal, int counter, String kind) {
    String node = plan.nodes().get(nodeOrdinal).id().name();
    return EntityId.spawned(nodeOrdinal, counter, node + "/" + kind + "-" + counter);
  }

  /** End of the run, ms. */
  public long endMs() {
    return plan.endMs();
  }
}
