package org.dmsim.scenarios.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.engine.EngineKind;
import org.junit.jupiter.api.Test;

class SimulationOptionsTest {
  private static final SimulationOptions BASE = new SimulationOptions(42, 2, EngineKind.SEQUENTIAL, 1);

  @Test
  void stallTimeout_defaultsToTheActorEngines_andSurvivesTheOtherWithers() {
    assertThat(BASE.stallTimeout()).isEqualTo(AkkaEngineSettings.DEFAULT_STALL_TIMEOUT);
    SimulationOptions o = BASE.withStallTimeout(Duration.ofSeconds(5)).withSeed(7).withReplications(3)
        .on(EngineKind.ACTORS, 2);
    assertThat(o).isEqualTo(new SimulationOptions(7, 3, EngineKind.ACTORS, 2, Duration.ofSeconds(5)));
    assertThat(BASE.withStallTimeout(Duration.ZERO).stallTimeout()).as("no limit").isZero();
  }

  @Test
  void stallTimeout_negativeOrMissing_isRejected() {
    assertThatThrownBy(() -> BASE.withStallTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stall timeout");
    assertThatThrownBy(() -> BASE.withStallTimeout(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void run_onActorsWithAStallTimeout_sameDigestAsWithout() throws Exception {
    Scenarios tiny = Scenarios.load(Path.of("library", "tiny-factory.yaml"));
    SimulationOptions one = SimulationOptions.of(tiny).withReplications(1);
    assertThat(Simulation.run(tiny, one.on(EngineKind.ACTORS, 1).withStallTimeout(Duration.ofSeconds(30))).digest())
        .isEqualTo(Simulation.run(tiny, one).digest());
  }
}
