package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.Test;

/**
 * Every quantity is bounded at load time (issue 10): values the model cannot represent, or that make a
 * run's times infinite, are refused with the file, line, column, field, value and range — never a
 * failure inside the simulation. One test per kind of value the loader used to accept.
 */
class BoundsTest {
  static final String SOURCE = "b.yaml";

  /** A small valid network with a supplier, an explicit lane and a fixed disruption; tests replace single lines. */
  static final String BASE = """
      format: 2
      name: bounded
      horizon: 30d
      products:
        - id: part
          weightKg: 2
          valueEur: 100
          bom: [{component: bar, quantity: 1}]
          routing:
            - process: cnc
              time: {kind: lognormal, mean: 20min, cv: 0.5}
      machineTypes:
        - id: machine
          capabilities: [cnc]
          speed: 1
      nodes:
        - id: plant-kassel
          kind: plant
          location: {lat: 51.31, lon: 9.48}
          machines: [{type: machine, count: 2}]
          componentStock: {reorderPoint: 50, orderUpTo: 200}
      suppliers:
        - id: supplier-steel
          location: {lat: 51.5, lon: 7.46}
          components: [bar]
          leadTime: 5d
          capacityPerDay: 500
      regions:
        - id: region-milan
          location: {lat: 45.46, lon: 9.19}
          demand:
            - product: part
              ordersPerDay: 20
              trendPerYear: 0
              orderSize: 2
              promisedLeadTime: 5d
      platform:
        location: {lat: 50.11, lon: 8.68}
        allocation: nearest
        orderLatency: 1h
        infoDelay: 1h
        statusInterval: 1h
      transport:
        modes: [road]
        lanes:
          - {from: plant-kassel, to: region-milan, mode: road, transit: 2d}
      disruptions:
        - {type: demand-surge, region: region-milan, product: part, factor: 2, at: 10d, for: 2d}
      """;

  @Test
  void base_loadsAndRuns() throws ScenarioException {
    ManufacturingSpec spec = ScenarioLoader.parse(BASE, SOURCE).network();
    assertThat(new SequentialEngine().run(spec.plan(), 1, 0).endMs()).isEqualTo(30 * SimTime.DAY_MS);
  }

  @Test
  void hugeTransit_isRefusedWithTheRange() {
    assertThat(problem("transit: 2d", "transit: 9999999999d")).isEqualTo(
        "b.yaml:46:58: transport.lanes[0].transit: expected a duration greater than zero (e.g. 90s, 15min, 4h, 3d)"
            + " (range > 0, ≤ 100000w), found \"9999999999d\"");
  }

  @Test
  void durationBeyondALong_isOutOfRangeNotMisspelt() {
    assertThat(problem("transit: 2d", "transit: 99999999999999999999w"))
        .contains("transport.lanes[0].transit: ", "(range > 0, ≤ 100000w)", "found \"99999999999999999999w\"");
  }

  @Test
  void zeroTransit_isRefusedAtLoadNotWhenCompilingLanes() {
    assertThat(problem("transit: 2d", "transit: 0s")).isEqualTo("b.yaml:46:58: transport.lanes[0].transit: expected a"
        + " duration greater than zero (e.g. 90s, 15min, 4h, 3d), found \"0s\"");
  }

  @Test
  void hugeLatency_isRefusedWithTheRange() {
    assertThat(problem("orderLatency: 1h", "orderLatency: 1000000w")).isEqualTo(
        "b.yaml:40:3: platform.orderLatency: expected a duration greater than zero (e.g. 90s, 15min, 4h, 3d)"
            + " (range > 0, ≤ 100000w), found \"1000000w\"");
  }

  @Test
  void hugeProcessingTime_isRefusedAtTheParameter() {
    assertThat(problem("mean: 20min", "mean: 1000000000000000ms"))
        .startsWith("b.yaml:11:33: products[0].routing[0].time.mean: expected a duration greater than zero")
        .contains("(range > 0, ≤ 100000w)", "found \"1000000000000000ms\"");
  }

  @Test
  void processingTimeWithHugeScale_isRefusedByItsMean() {
    assertThat(problem("time: {kind: lognormal, mean: 20min, cv: 0.5}", "time: {kind: gamma, shape: 10000, scale: 100000w}"))
        .isEqualTo("b.yaml:11:9: products[0].routing[0].time: expected a distribution whose mean is at most 100000w,"
            + " found a mean of 1000000000w");
  }

  @Test
  void hugeCv_isRefusedWithTheRange() {
    assertThat(problem("cv: 0.5", "cv: 1e6")).contains("products[0].routing[0].time.cv: expected a coefficient of"
        + " variation, a number greater than 0 (range > 0, ≤ 10), found \"1e6\"");
  }

  @Test
  void hugeOrderSize_isRefusedWithTheRange() {
    assertThat(problem("orderSize: 2", "orderSize: 1e12")).isEqualTo(
        "b.yaml:35:9: regions[0].demand[0].orderSize: expected a number of units, 0 or more (range 0 … 1000000"
            + " units), found \"1e12\"");
  }

  @Test
  void hugeWeight_isRefusedWithTheRange() {
    assertThat(problem("weightKg: 2", "weightKg: 1e9")).isEqualTo(
        "b.yaml:6:5: products[0].weightKg: expected a weight in kg per unit, a number greater than 0"
            + " (range > 0, ≤ 1000000 kg), found \"1e9\"");
  }

  @Test
  void valueOf1e308_isRefusedWithTheRange() {
    assertThat(problem("valueEur: 100", "valueEur: 1e308")).isEqualTo(
        "b.yaml:7:5: products[0].valueEur: expected a value in EUR per unit, a number 0 or more"
            + " (range 0 … 1000000000 EUR), found \"1e308\"");
  }

  @Test
  void denormalRate_isRefusedWithTheRange() {
    assertThat(problem("ordersPerDay: 20", "ordersPerDay: 4.9e-324")).isEqualTo(
        "b.yaml:33:9: regions[0].demand[0].ordersPerDay: expected a positive number of orders per day"
            + " (range 0.0001 … 1000000 orders per day), found \"4.9e-324\"");
  }

  @Test
  void hugeRate_isRefusedWithTheRange() {
    assertThat(problem("ordersPerDay: 20", "ordersPerDay: 1e300"))
        .contains("ordersPerDay: expected a positive number of orders per day (range 0.0001 … 1000000");
  }

  @Test
  void tinyCapacity_isRefusedWithTheRange() {
    assertThat(problem("capacityPerDay: 500", "capacityPerDay: 1e-300")).isEqualTo(
        "b.yaml:27:5: suppliers[0].capacityPerDay: expected a capacity in units per day, a number greater than 0"
            + " (range 0.01 … 1000000000 units per day), found \"1e-300\"");
  }

  @Test
  void emptyTransportModes_withoutALaneForEveryRoute_isRefused() {
    assertThat(problem("modes: [road]", "modes: []")).isEqualTo(
        "b.yaml:44:3: transport.modes: expected at least one transport mode, or an explicit lane for every route"
            + " goods take, found an empty list of modes and no lane supplier-steel -> plant-kassel");
  }

  @Test
  void emptyTransportModes_withALaneForEveryRoute_runs() throws ScenarioException {
    String lane = "    - {from: plant-kassel, to: region-milan, mode: road, transit: 2d}\n";
    String yaml = BASE.replace("modes: [road]", "modes: []")
        .replace(lane, lane + "    - {from: supplier-steel, to: plant-kassel, mode: rail, transit: 1d}\n");
    ManufacturingSpec spec = ScenarioLoader.parse(yaml, SOURCE).network();
    assertThat(new SequentialEngine().run(spec.plan(), 1, 0).endMs()).isEqualTo(30 * SimTime.DAY_MS);
  }

  @Test
  void hugeHorizonWithGenerators_isRefusedBeforeSampling() {
    String yaml = BASE.replace("horizon: 30d", "horizon: 99999999999d")
        + "  - {generate: poisson, type: node-outage, targets: [plant-kassel], perYear: 2, duration: 3d}\n";
    long started = System.nanoTime();
    assertThat(problems(yaml)).extracting(Problem::format).containsExactly(
        "b.yaml:3:1: horizon: expected a duration greater than zero (e.g. 90s, 15min, 4h, 3d) (range > 0,"
            + " ≤ 100000w), found \"99999999999d\"");
    assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
  }

  @Test
  void hugeSurgeFactor_isRefusedWithTheRange() {
    assertThat(problem("factor: 2", "factor: 1e15")).isEqualTo(
        "b.yaml:48:63: disruptions[0].factor: expected a demand factor, a number 0 or more other than 1 (2 doubles"
            + " the order rate, 0 stops it) (range 0 … 1000), found \"1e15\"");
  }

  @Test
  void hugeTrend_isRefusedWithTheRange() {
    assertThat(problem("trendPerYear: 0", "trendPerYear: 1e9")).isEqualTo(
        "b.yaml:34:9: regions[0].demand[0].trendPerYear: expected a relative change of the rate per year, a number"
            + " greater than -1 (range > -1, ≤ 10 per year), found \"1e9\"");
  }

  @Test
  void tinySpeed_isRefusedWithTheRange() {
    assertThat(problem("speed: 1", "speed: 1e-300")).contains("machineTypes[0].speed: expected a speed multiplier,"
        + " a number greater than 0 (range 0.001 … 1000), found \"1e-300\"");
  }

  @Test
  void durationCeiling_keepsTheHorizonPlusAnyDurationInTime() {
    // The longest horizon plus any one duration is an event time the engine holds; a longer sum is past
    // every horizon, so saturating it at the latest event time changes nothing a run reports.
    assertThat(2 * ScenarioFormat.MAX_DURATION_MS).isLessThan(SimTime.LATEST_MS);
  }

  private static String problem(String line, String replacement) {
    assertThat(BASE).contains(line);
    List<Problem> problems = problems(BASE.replace(line, replacement));
    assertThat(problems).hasSize(1);
    return problems.get(0).format();
  }

  private static List<Problem> problems(String yaml) {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(yaml, SOURCE), ScenarioException.class);
    assertThat(e).as("the scenario should be refused").isNotNull();
    return e.problems();
  }
}
