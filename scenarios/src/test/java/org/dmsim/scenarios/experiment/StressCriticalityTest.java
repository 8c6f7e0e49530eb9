package org.dmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.compile.NetworkPlan;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.EngineKind;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link StressTest} of lanes, ports and suppliers, and {@link LaneFlow}, on {@code criticality.yaml}:
 * one plant, region-lyon ordering ten times what region-grenoble orders, a supplier every bracket needs
 * and one nothing needs — so the critical elements are known before anything runs.
 */
class StressCriticalityTest {
  private static final long DAY = SimTime.DAY_MS;
  private static final long HORIZON = 40 * DAY;
  private static ManufacturingSpec spec;

  @BeforeAll
  static void load() throws Exception {
    spec = ScenarioLoader.load(Path.of("src/test/resources/scenario/criticality.yaml")).network();
  }

  private static List<StressTest.NodeResult> stress(StressTest.Elements elements, int top) {
    List<StressTest.Target> targets = StressTest.targets(spec, elements, top, HORIZON, 11);
    return StressTest.run(spec, targets, 20 * DAY, 7 * DAY, HORIZON, 7 * DAY, 11, 2, EngineKind.SEQUENTIAL, 2, false,
        Duration.ofSeconds(60), ProgressListener.none(), Cancellation.never());
  }

  @Test
  void measure_countsEveryShipmentOnItsLane_busiestFirst() {
    List<LaneFlow.Flow> flows = LaneFlow.measure(spec, HORIZON, 11);

    assertThat(flows).extracting(LaneFlow.Flow::lane).containsExactly("supplier-steel->plant-lyon",
        "plant-lyon->region-lyon", "plant-lyon->region-grenoble");
    LaneFlow.Flow lyon = flows.get(1);
    LaneFlow.Flow grenoble = flows.get(2);
    assertThat(lyon.units()).as("one unit per order, one shipment per order").isEqualTo(lyon.shipments());
    assertThat((double) lyon.shipments() / grenoble.shipments()).as("ten times the orders").isBetween(7.0, 14.0);
    assertThat(flows.get(0).units()).as("components are not counted as units").isZero();
    assertThat(flows).as("supplier-paint's component is used by nothing: its lane carries nothing")
        .noneMatch(f -> f.from().equals("supplier-paint"));
  }

  @Test
  void measuringRun_isTheNormalRunPlusTheLaneCounters() {
    ManufacturingSpec undisrupted = spec.withHorizon(HORIZON).withDisruptions(List.of());
    RunResult normal;
    RunResult measuring;
    try (SequentialEngine engine = new SequentialEngine()) {
      normal = engine.run(NetworkPlan.of(new Network(undisrupted)), 11, 0);
      measuring = engine.run(NetworkPlan.of(Network.measuringLaneFlow(undisrupted)), 11, 0);
    }

    List<EntityResult> stripped = measuring.entities().stream().map(e -> new EntityResult(e.entity(),
        e.eventsHandled(), e.traceHash(), e.metrics().stream().filter(m -> !m.name().startsWith("lane-")).toList()))
        .toList();
    assertThat(new RunResult(measuring.model(), measuring.seed(), measuring.replication(), measuring.endMs(),
        stripped).canonical()).isEqualTo(normal.canonical());
    assertThat(measuring.digest()).isNotEqualTo(normal.digest());
  }

  @Test
  void withDisruptions_givesTheNetworkCompiledWithThem() {
    List<Disruption> closure = List.of(new Disruption.LaneClosure("plant-lyon", "region-lyon", 0, 20 * DAY, 27 * DAY),
        new Disruption.SupplierFailure("supplier-steel", 22 * DAY, 25 * DAY));
    ManufacturingSpec undisrupted = spec.withHorizon(HORIZON).withDisruptions(List.of());
    try (SequentialEngine engine = new SequentialEngine()) {
      String compiledWith = engine.run(NetworkPlan.of(new Network(undisrupted.withDisruptions(closure))), 11, 1)
          .digest();
      String sharing = engine.run(NetworkPlan.of(new Network(undisrupted).withDisruptions(closure)), 11, 1).digest();
      String without = engine.run(NetworkPlan.of(new Network(undisrupted)), 11, 1).digest();

      assertThat(sharing).isEqualTo(compiledWith).isNotEqualTo(without);
    }
    assertThatThrownBy(() -> new Network(undisrupted).withDisruptions(
        List.of(new Disruption.SupplierFailure("supplier-none", DAY, 2 * DAY))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supplier-none");
  }

  @Test
  void lanes_theBusiestCustomerLaneLosesMostOfTheCustomerLanes_andTopKeepsTheBusiest() {
    List<StressTest.NodeResult> ranked = stress(StressTest.Elements.LANES, Integer.MAX_VALUE);

    assertThat(ranked).extracting(StressTest.NodeResult::node).containsExactly("supplier-steel->plant-lyon",
        "plant-lyon->region-lyon", "plant-lyon->region-grenoble");
    assertThat(ranked.get(1).lossUnitDays().mean()).isGreaterThan(3 * ranked.get(2).lossUnitDays().mean());
    assertThat(ranked.get(1).fillDuringDisruption().mean()).isLessThan(ranked.get(2).fillDuringDisruption().mean());
    assertThat(ranked).allMatch(r -> r.kind().equals("lane") && r.normalFlowShipments() > 0);

    List<StressTest.Target> top = StressTest.targets(spec, StressTest.Elements.LANES, 2, HORIZON, 11);
    assertThat(top).extracting(StressTest.Target::id).containsExactly("supplier-steel->plant-lyon",
        "plant-lyon->region-lyon");
    assertThat(top.get(1).knockout().from(DAY, 2 * DAY))
        .isEqualTo(new Disruption.LaneClosure("plant-lyon", "region-lyon", 0, DAY, 2 * DAY));
  }

  @Test
  void ports_closeEveryLaneIntoARegion_theBigRegionFirst() {
    List<StressTest.NodeResult> ranked = stress(StressTest.Elements.PORTS, Integer.MAX_VALUE);

    assertThat(ranked).extracting(StressTest.NodeResult::node).containsExactly("region-lyon", "region-grenoble");
    assertThat(ranked.get(0).lossUnitDays().mean()).isGreaterThan(ranked.get(1).lossUnitDays().mean());
    List<StressTest.Target> ports = StressTest.targets(spec, StressTest.Elements.PORTS, 1, HORIZON, 11);
    assertThat(ports).singleElement().satisfies(p -> assertThat(p.knockout().from(DAY, 2 * DAY))
        .isEqualTo(new Disruption.LaneClosure("*", "region-lyon", 0, DAY, 2 * DAY)));
  }

  @Test
  void suppliers_theOneFeedingEverythingRanksAboveTheOneFeedingNothing() {
    List<StressTest.NodeResult> ranked = stress(StressTest.Elements.SUPPLIERS, Integer.MAX_VALUE);

    assertThat(ranked).extracting(StressTest.NodeResult::node).containsExactly("supplier-steel", "supplier-paint");
    assertThat(ranked.get(0).lossUnitDays().mean()).isPositive();
    StressTest.NodeResult unused = ranked.get(1);
    assertThat(unused.lossUnitDays().mean()).isZero();
    assertThat(unused.survivedWholeOutage()).isEqualTo(2);
    assertThat(unused.fillDuringDisruption().mean()).isEqualTo(1.0);
    assertThat(unused.normalFlowShipments()).as("not measured for suppliers").isEqualTo(-1);
  }

  @Test
  void targets_topBelowOne_orNoSuppliers_areRefusedWithAReason() throws Exception {
    assertThatThrownBy(() -> StressTest.targets(spec, StressTest.Elements.LANES, 0, HORIZON, 11))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    ManufacturingSpec none = ScenarioLoader.load(Path.of("src/test/resources/scenario/dc-backup.yaml")).network();
    assertThat(none.suppliers()).isEmpty();
    assertThatThrownBy(() -> StressTest.targets(none, StressTest.Elements.SUPPLIERS, 1, HORIZON, 11))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no suppliers");
  }
}
