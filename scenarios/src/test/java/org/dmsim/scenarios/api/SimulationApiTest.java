package org.dmsim.scenarios.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.sim.engine.EngineKind;
import org.junit.jupiter.api.Test;

class SimulationApiTest {
  private static final Path TINY = Path.of("library", "tiny-factory.yaml");

  @Test
  void run_loadedScenario_givesTheDigestOfDmsimRun() throws Exception {
    Scenarios tiny = Scenarios.load(TINY);
    SimulationResults r = Simulation.run(tiny, SimulationOptions.of(tiny));
    // The digest README's demo prints for the same file, seed 42 and 3 replications.
    assertThat(r.digest()).isEqualTo("73e4c8877987876516ce98ff67b889d4e0fe9ac285d9521fb17fe8ab9d1a153e");
    assertThat(r.runs()).hasSize(3);
    assertThat(r.mean("orders")).isGreaterThan(2000);
    SimulationResults actors = Simulation.run(tiny, SimulationOptions.of(tiny).on(EngineKind.ACTORS, 2));
    assertThat(actors.digest()).isEqualTo(r.digest());
  }

  @Test
  void with_overridesAField_andChangesTheResults() throws Exception {
    Scenarios base = Scenarios.load(TINY);
    Scenarios more = base.with("nodes[plant-frankfurt].machines[machine].count", "3");
    assertThat(more.network().nodes().get(0).machines().get(0).count()).isEqualTo(3);
    assertThat(base.network().nodes().get(0).machines().get(0).count()).as("unchanged").isEqualTo(2);
    SimulationOptions one = SimulationOptions.of(base).withReplications(1);
    assertThat(Simulation.run(more, one).mean("machine_utilization"))
        .isLessThan(Simulation.run(base, one).mean("machine_utilization"));
    assertThat(base.with("platform.allocation", "least-loaded").network().platform().allocation())
        .isEqualTo(RuleRef.of("least-loaded"));
  }

  @Test
  void with_wrongPath_isAScenarioProblem() throws Exception {
    Scenarios base = Scenarios.load(TINY);
    assertThatThrownBy(() -> base.with("platfrom.allocation", "nearest")).isInstanceOf(ScenarioException.class)
        .hasMessageContaining("platform");
  }
}
