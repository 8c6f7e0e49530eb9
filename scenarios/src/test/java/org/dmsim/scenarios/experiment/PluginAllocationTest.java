package org.dmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.Test;

/**
 * The example plug-in {@code examples/lowest-co2-allocation} (on this module's test class path, found
 * by {@link java.util.ServiceLoader} like any user's rule) runs on the bundled distributed network. The
 * network moves everything by road, so transport CO2e per unit is proportional to distance: with
 * tolerance 0 the rule must make exactly the choices of the built-in {@code nearest} (same digest);
 * with tolerance 0.5 it spreads orders to nearly-as-green sites with shorter queues, so some sites
 * receive other quantities.
 */
class PluginAllocationTest {
  private static final long DAYS = 45;

  private static RunResult run(RuleRef rule) throws Exception {
    ManufacturingSpec spec = ScenarioLoader.load(Path.of("library", "eu-spare-parts-distributed.yaml")).network()
        .withHorizon(DAYS * SimTime.DAY_MS);
    spec = spec.withPlatform(spec.platform().withAllocation(rule));
    return new SequentialEngine().run(spec.plan(), 2026, 0);
  }

  private static Map<String, Long> receivedBySite(RunResult r) {
    Map<String, Long> out = new TreeMap<>();
    for (EntityResult e : r.entities()) {
      e.metric(Metrics.RECEIVED_UNITS).ifPresent(m -> out.put(e.entity(), m.count()));
    }
    return out;
  }

  @Test
  void lowestCo2_isInstalledFromTheExampleJar() {
    assertThat(PolicyCatalog.installed().allocationRules()).containsKey("lowest-co2");
  }

  @Test
  void lowestCo2_withoutTolerance_choosesAsNearestOnAnAllRoadNetwork() throws Exception {
    assertThat(run(RuleRef.of("lowest-co2")).digest()).isEqualTo(run(RuleRef.of("nearest")).digest());
  }

  @Test
  void lowestCo2_withTolerance_sendsOrdersElsewhere() throws Exception {
    Map<String, Long> nearest = receivedBySite(run(RuleRef.of("nearest")));
    Map<String, Long> green = receivedBySite(run(RuleRef.of("lowest-co2", Map.of("tolerance", "0.5"))));
    assertThat(green.keySet()).isEqualTo(nearest.keySet());
    assertThat(green.values().stream().mapToLong(Long::longValue).sum()).as("units received, all sites")
        .isCloseTo(nearest.values().stream().mapToLong(Long::longValue).sum(),
            org.assertj.core.data.Percentage.withPercentage(2));
    long moved = nearest.keySet().stream().filter(k -> !nearest.get(k).equals(green.get(k))).count();
    assertThat(moved).as("sites that received other quantities").isGreaterThan(nearest.size() / 4);
  }
}
