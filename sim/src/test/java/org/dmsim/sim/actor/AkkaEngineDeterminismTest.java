package org.dmsim.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.result.RunResult;
import org.dmsim.sim.sequential.SequentialEngine;
import org.dmsim.sim.testmodel.ChatterModel;
import org.dmsim.sim.testmodel.Networks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The actor engine must give byte-identical results to the sequential reference engine, whatever its
 * threads, groups (placement of nodes) or message serialization (DESIGN.md section 5).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AkkaEngineDeterminismTest {
  private final SequentialEngine sequential = new SequentialEngine();
  private final List<AkkaEngine> engines = new ArrayList<>();

  @BeforeAll
  void startEngines() {
    for (AkkaEngineSettings s : settingsMatrix()) {
      engines.add(new AkkaEngine(s));
    }
  }

  @AfterAll
  void stopEngines() {
    engines.forEach(AkkaEngine::close);
  }

  /** Threads 1, 2 and 4; groups 1 to 3; serialization on with 2 threads. */
  static List<AkkaEngineSettings> settingsMatrix() {
    return List.of(
        AkkaEngineSettings.of(1),
        AkkaEngineSettings.of(2),
        AkkaEngineSettings.of(4),
        AkkaEngineSettings.of(2).withGroups(3),
        AkkaEngineSettings.of(2).withSerializeMessages(true),
        AkkaEngineSettings.of(2).withFusedChildren(true));
  }

  Stream<Arguments> models() {
    return Stream.of(
        Arguments.of("tiny-factory", Networks.tiny().plan()),
        Arguments.of("phold", Networks.smallPhold().plan()),
        Arguments.of("chatter", new ChatterModel(5, new int[] {0, 3, 1, 0, 2}, 3, 7, 600).plan()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void run_everySetting_matchesTheSequentialDigest(String name, SimulationPlan plan) {
    RunResult reference = sequential.run(plan, 42, 0);
    assertThat(reference.eventsHandled()).isGreaterThan(100);
    for (AkkaEngine engine : engines) {
      RunResult actual = engine.run(plan, 42, 0);
      assertThat(actual.canonical()).as(engine.describe()).isEqualTo(reference.canonical());
      assertThat(actual.digest()).as(engine.describe()).isEqualTo(reference.digest());
    }
  }

  @Test
  void run_sameSeedTwice_givesTheSameDigestAndAnotherSeedAnother() {
    AkkaEngine engine = engines.get(1);
    SimulationPlan plan = Networks.tiny().plan();
    String first = engine.run(plan, 5, 0).digest();
    assertThat(engine.run(plan, 5, 0).digest()).isEqualTo(first);
    assertThat(engine.run(plan, 6, 0).digest()).isNotEqualTo(first);
  }

  @Test
  void run_serializedMessages_changeNothingForAShipmentHeavyRun() {
    AkkaEngine plain = engines.get(1);
    AkkaEngine serialized = engines.get(4);
    assertThat(serialized.settings().serializeMessages()).isTrue();
    SimulationPlan plan = Networks.tiny().plan();
    assertThat(serialized.run(plan, 9, 2).digest()).isEqualTo(plain.run(plan, 9, 2).digest());
  }
}
