package org.dmsim.sim.host;

import org.dmsim.model.entity.EntityDirectory;
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

  /** End of the run, ms. */
  public long endMs() {
    return plan.endMs();
  }
}
