package org.dmsim.scenarios.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.dmsim.model.result.RunResult;
import org.dmsim.sim.engine.EngineKind;

/** For tests: one replication of a scenario on the sequential engine and on actors with 2 threads. */
public final class BothEngines {
  private BothEngines() {}

  /** Runs replication 1 of {@code s} on both engines, asserts equal digests and returns the sequential run. */
  public static RunResult run(Scenarios s) throws Exception {
    SimulationOptions one = SimulationOptions.of(s).withReplications(1);
    SimulationResults sequential = Simulation.run(s, one);
    SimulationResults actors = Simulation.run(s, one.on(EngineKind.ACTORS, 2));
    assertThat(actors.digest()).as("digest on actors with 2 threads against sequential").isEqualTo(sequential.digest());
    return sequential.runs().get(0);
  }
}
