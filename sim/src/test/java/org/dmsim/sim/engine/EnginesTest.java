package org.dmsim.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.dmsim.sim.actor.AkkaEngine;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.Test;

class EnginesTest {
  @Test
  void create_actors_takesThreadsFusionAndStallTimeout() {
    try (Engine e = Engines.create(EngineKind.ACTORS, 2, true, Duration.ofSeconds(7))) {
      AkkaEngineSettings s = ((AkkaEngine) e).settings();
      assertThat(s.threads()).isEqualTo(2);
      assertThat(s.fuseChildren()).isTrue();
      assertThat(s.stallTimeout()).isEqualTo(Duration.ofSeconds(7));
    }
    try (Engine e = Engines.create(EngineKind.ACTORS, 1, false)) {
      assertThat(((AkkaEngine) e).settings().stallTimeout()).isEqualTo(AkkaEngineSettings.DEFAULT_STALL_TIMEOUT);
    }
  }

  @Test
  void create_sequential_ignoresTheActorSettings() {
    try (Engine e = Engines.create(EngineKind.SEQUENTIAL, 4, true, Duration.ofSeconds(1))) {
      assertThat(e).isInstanceOf(SequentialEngine.class);
    }
  }
}
