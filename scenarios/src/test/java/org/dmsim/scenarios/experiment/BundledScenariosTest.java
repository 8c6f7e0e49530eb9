package org.dmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.kpi.ManufacturingKpis;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.actor.AkkaEngine;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two bundled European spare-parts scenarios load, run on both engines with identical results,
 * and satisfy Little's law: the time-average number of open orders L equals the order rate λ times
 * the mean time in system W (order to delivery or loss). Runs are 90 days (about 1.5 million
 * events each) to keep the suite fast; the full year is run by {@code dmsim run}, whose table prints
 * the same two numbers. Tolerance 2 %: the finite run leaves orders still open at the end, whose time
 * in system is counted in L but not in W; with W of about half a day and 90 days of run that edge is
 * below 1 % (measured: 0.05 % over the full year).
 */
class BundledScenariosTest {
  @ParameterizedTest
  @ValueSource(strings = {"eu-spare-parts-centralized", "eu-spare-parts-distributed"})
  void runsOnBothEnginesAlikeAndSatisfiesLittlesLaw(String name) throws Exception {
    ManufacturingSpec full = ScenarioLoader.load(Path.of("library", name + ".yaml")).network();
    ManufacturingSpec spec = new ManufacturingSpec(full.name(), 90 * SimTime.DAY_MS, full.products(),
        full.machineTypes(), full.nodes(), full.suppliers(), full.regions(), full.platform(), full.transport(),
        full.costs());
    RunResult sequential = new SequentialEngine().run(spec.plan(), 2026, 0);
    RunResult actors;
    try (AkkaEngine engine = new AkkaEngine(AkkaEngineSettings.of(2))) {
      actors = engine.run(spec.plan(), 2026, 0);
    }
    assertThat(actors.digest()).isEqualTo(sequential.digest());
    Map<String, Double> k = ManufacturingKpis.of(sequential, spec, 0).values();
    assertThat(k.get("orders")).isGreaterThan(100_000);
    assertThat(k.get("little_l_orders")).isCloseTo(k.get("little_lambda_w_orders"),
        within(0.02 * k.get("little_lambda_w_orders")));
    assertThat(k.get("delivered_units")).isGreaterThan(0.95 * k.get("ordered_units"));
  }
}
