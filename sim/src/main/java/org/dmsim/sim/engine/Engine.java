package org.dmsim.sim.engine;

import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.result.RunResult;

/**
 * Runs simulation plans. An engine may hold resources (an actor system), so close it when done. A
 * run's result depends only on (plan, seed, replication) — never on the engine kind or its settings.
 */
public interface Engine extends AutoCloseable {
  /**
   * Runs {@code plan} from time 0 to its end.
   *
   * @throws SimulationFailure when the run breaks time order or lookahead, or an entity's logic throws
   *     anything (an {@link AssertionError} or a {@link StackOverflowError} too), naming the entity, the
   *     event and the cause; on the actor engine also when an actor of the run is lost or the run stops
   *     making progress. A fatal VM error ({@link SimulationFailure#isFatal}) ends the run and is then
   *     rethrown unchanged. An interrupt of the calling thread ends the run with a {@code SimulationFailure}
   *     too (the sequential engine looks at the flag every 16,384 events; the actor engine aborts the run
   *     at once), leaving the flag set.
   */
  RunResult run(SimulationPlan plan, long seed, int replication);

  /** A short description: kind and settings. */
  String describe();

  @Override
  void close();
}
