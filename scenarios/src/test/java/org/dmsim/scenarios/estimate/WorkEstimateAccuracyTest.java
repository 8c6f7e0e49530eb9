package org.dmsim.scenarios.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dmsim.model.mfg.compile.WorkEstimate;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The model's {@link WorkEstimate} against the events the sequential engine counts on the bundled
 * scenarios, cut to short horizons: within a factor of 2 either way, and never far below (the estimate
 * errs high: one-for-one refills and failures on calendar time are upper bounds). The simple networks,
 * whose every event the estimate counts, within 10 % (25 % over 5 days, where orders still open at the end weigh more).
 */
class WorkEstimateAccuracyTest {
  @ParameterizedTest
  @CsvSource({
      "tiny-factory, 30, 1.10",
      "tiny-factory, 5, 1.25",
      "mm1, 60, 1.10",
      "eu-spare-parts-centralized, 10, 2.0",
      "eu-spare-parts-distributed, 10, 2.0"})
  void events_ofBundledScenario_areWithinFactorOfCounted(String name, int days, double factor) throws Exception {
    ManufacturingSpec spec = ScenarioLoader.load(Path.of("library", name + ".yaml")).network()
        .withHorizon(days * SimTime.DAY_MS);
    long counted = new SequentialEngine().run(spec.plan(), 11, 0).eventsHandled();

    double estimated = WorkEstimate.of(spec).events();

    assertThat(estimated / counted).as("%s over %d days: estimated %.0f, counted %d", name, days, estimated, counted)
        .isBetween(0.9, factor);
  }

  @ParameterizedTest
  @CsvSource({"tiny-factory", "eu-spare-parts-distributed"})
  void events_growInProportionToTheHorizon(String name) throws Exception {
    ManufacturingSpec spec = ScenarioLoader.load(Path.of("library", name + ".yaml")).network();

    double oneYear = WorkEstimate.of(spec.withHorizon(365 * SimTime.DAY_MS)).events();
    double tenYears = WorkEstimate.of(spec.withHorizon(3650 * SimTime.DAY_MS)).events();

    assertThat(tenYears / oneYear).isBetween(9.9, 10.1);
  }
}
