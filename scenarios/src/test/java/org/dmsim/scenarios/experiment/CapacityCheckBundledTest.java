package org.dmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.dmsim.model.mfg.compile.CapacityCheck;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The capacity check reproduces the utilizations the bundled European networks were sized to by hand
 * in {@code docs/assumptions.md} ("Load and utilization": 0.665 overall for the central plant, 0.586
 * for the microfactories). The hand calculation counts a set-up for every shaft-sleeve order at a
 * microfactory, the check (v − 1)/v of them, so the distributed figure may be a little lower.
 */
class CapacityCheckBundledTest {
  @ParameterizedTest
  @CsvSource({"eu-spare-parts-centralized, 0.665", "eu-spare-parts-distributed, 0.586"})
  void overallUtilization_matchesTheHandCalculation(String name, double documented) throws Exception {
    CapacityCheck c = CapacityCheck.of(ScenarioLoader.load(Path.of("library", name + ".yaml")).network());
    assertThat(c.overallUtilization()).isCloseTo(documented, within(0.01));
    assertThat(c.unreachable()).isEmpty();
    assertThat(c.unplacedOrdersPerDay()).isZero();
    assertThat(c.sites()).allSatisfy(s -> assertThat(s.utilization()).as(s.site()).isLessThanOrEqualTo(1.0));
  }
}
