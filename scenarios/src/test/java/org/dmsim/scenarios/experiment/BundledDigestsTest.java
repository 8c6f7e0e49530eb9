package org.dmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.actor.AkkaEngine;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled scenario gives the same digest on the sequential engine and on the actor engine with
 * 1, 2 and 4 threads, one actor per entity and fused. Runs are cut to at most 20 days to keep the
 * suite fast; the first 20 days hold every kind of event the bundled networks have (orders,
 * machines, failures, shipments, replenishment, component orders).
 */
class BundledDigestsTest {
  static Stream<Path> scenarios() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.list(Path.of("library"))) {
      files = all.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    return files.stream().filter(p -> !ScenarioLoader.isExperiment(p) && !ScenarioLoader.isPart(p)
        && !ScenarioLoader.isSizing(p));
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void sameDigest_onBothEngines_andAnyThreadCount(Path file) throws Exception {
    ManufacturingSpec spec = ScenarioLoader.load(file).network();
    SimulationPlan plan = spec.withHorizon(Math.min(spec.horizonMs(), 20 * SimTime.DAY_MS)).plan();
    String expected = new SequentialEngine().run(plan, 7, 1).digest();
    for (int threads : new int[] {1, 2, 4}) {
      for (boolean fused : new boolean[] {false, true}) {
        try (AkkaEngine engine = new AkkaEngine(AkkaEngineSettings.of(threads).withFusedChildren(fused))) {
          assertThat(engine.run(plan, 7, 1).digest()).as("%s on %d threads, fused %s", file, threads, fused)
              .isEqualTo(expected);
        }
      }
    }
  }
}
