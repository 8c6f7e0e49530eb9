package org.dmsim.sim.mfg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.geo.Lane;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.spec.Batching;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.disruption.DisruptionPlan;
import org.dmsim.model.mfg.entity.DistributionCentre;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.entity.Supplier;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.dmsim.sim.actor.AkkaEngine;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.Test;

/**
 * What each kind of disruption does, on the small network of {@link MfgFixtures#everything}: a plant
 * in Frankfurt, a microfactory in Milan, a DC in Lyon, a steel supplier in Dortmund, regions Paris and
 * Milan. Runs of 20 days, seed 7; every disruption is also run on the actor engine and must give the
 * same digest.
 */
class DisruptionMechanicsTest {
  private static final long DAY = 86_400_000L;
  private final SequentialEngine engine = new SequentialEngine();

  private static ManufacturingSpec base() {
    return MfgFixtures.everything(AllocationPolicy.NEAREST, 1, Batching.PER_ORDER, 20 * DAY);
  }

  private RunResult run(ManufacturingSpec spec) {
    RunResult r = engine.run(spec.plan(), 7, 0);
    try (AkkaEngine actors = new AkkaEngine(AkkaEngineSettings.of(2))) {
      assertThat(actors.run(spec.plan(), 7, 0).digest()).as("actor engine agrees").isEqualTo(r.digest());
    }
    return r;
  }

  private static MetricValue metric(RunResult r, String entity, String name) {
    EntityResult e = r.entities().stream().filter(x -> x.entity().equals(entity)).findFirst().orElseThrow();
    return e.metric(name).orElseThrow();
  }

  @Test
  void regionalDisaster_hitsExactlyTheNodesAndLanesInsideTheRadius() {
    // 150 km around Frankfurt: the plant (0 km) is inside; Dortmund (~180 km), Lyon, Milan, Paris are not.
    ManufacturingSpec spec = base().withDisruptions(List.of(
        new Disruption.RegionalDisaster("flood", new GeoPoint(50.11, 8.68), 150, 2 * DAY, 5 * DAY)));
    Network network = new Network(spec);
    DisruptionPlan plan = network.disruptions();
    int plant = network.siteIndex("plant-frankfurt");
    assertThat(plan.siteOutage(plant).contains(3 * DAY)).isTrue();
    assertThat(plan.siteOutage(plant).contains(5 * DAY)).isFalse();
    assertThat(plan.siteOutage(network.siteIndex("mf-milan")).isEmpty()).isTrue();
    assertThat(plan.siteOutage(network.siteIndex("dc-lyon")).isEmpty()).isTrue();
    assertThat(plan.supplierOutage(0).isEmpty()).isTrue();
    Lane fromPlant = network.siteToRegion(plant, 0);
    Lane fromMilan = network.siteToRegion(network.siteIndex("mf-milan"), 0);
    assertThat(plan.laneClosed(fromPlant).contains(3 * DAY)).isTrue();
    assertThat(plan.laneClosed(fromMilan).isEmpty()).isTrue();
    assertThat(plan.laneClosed(network.sourceToDc(network.siteIndex("dc-lyon"))).contains(3 * DAY)).isTrue();

    ManufacturingSpec wider = base().withDisruptions(List.of(
        new Disruption.RegionalDisaster("flood", new GeoPoint(50.11, 8.68), 250, 2 * DAY, 5 * DAY)));
    assertThat(new Network(wider).disruptions().supplierOutage(0).contains(3 * DAY)).as("Dortmund at 250 km").isTrue();
  }

  @Test
  void nodeOutage_stopsProductionForItsDuration() {
    RunResult r = run(base().withDisruptions(List.of(new Disruption.NodeOutage("plant-frankfurt", 5 * DAY, 8 * DAY))));
    MetricValue made = metric(r, "plant-frankfurt", Metrics.MADE_UNITS_BY_DAY);
    assertThat(made.seriesAt(4)).isPositive();
    assertThat(made.seriesAt(5) + made.seriesAt(6) + made.seriesAt(7)).isZero();
    assertThat(made.seriesAt(8)).isPositive();
  }

  @Test
  void capacityLoss_ofEveryMachine_stopsProductionToo() {
    RunResult r = run(base().withDisruptions(List.of(new Disruption.CapacityLoss("mf-milan", 1.0, 5 * DAY, 7 * DAY))));
    MetricValue made = metric(r, "mf-milan", Metrics.MADE_UNITS_BY_DAY);
    assertThat(made.seriesAt(5) + made.seriesAt(6)).isZero();
    assertThat(made.seriesAt(4) + made.seriesAt(7) + made.seriesAt(8)).isPositive();
  }

  @Test
  void laneClosure_holdsShipmentsAlreadyOnTheirWay() {
    Lane lane = new Network(base()).siteToRegion(0, 0);
    Disruption.LaneClosure closure = new Disruption.LaneClosure(lane.from(), lane.to(), 0, 10 * DAY, 12 * DAY);
    DisruptionPlan plan = new Network(base().withDisruptions(List.of(closure))).disruptions();
    // Left 3 h before the closure with 7 h to go: 3 h before, held 2 days, 4 h after.
    long left = 10 * DAY - 3 * 3_600_000L;
    assertThat(plan.laneClosed(lane).finish(left, 7 * 3_600_000L)).isEqualTo(12 * DAY + 4 * 3_600_000L);

    RunResult open = run(base());
    RunResult closed = run(base().withDisruptions(List.of(closure)));
    double maxOpen = metric(open, lane.from(), Metrics.TRANSIT_MS).max();
    double maxClosed = metric(closed, lane.from(), Metrics.TRANSIT_MS).max();
    assertThat(maxOpen).isLessThan(DAY);
    assertThat(maxClosed).as("a shipment was held at the closed lane").isGreaterThan(DAY + maxOpen);
  }

  @Test
  void laneSlowdown_multipliesTheTransitOfShipmentsLeavingMeanwhile() {
    Lane lane = new Network(base()).siteToRegion(0, 0);
    RunResult slowed = run(base().withDisruptions(List.of(
        new Disruption.LaneClosure(lane.from(), "*", 3, 0, 20 * DAY))));
    RunResult normal = run(base());
    assertThat(metric(slowed, lane.from(), Metrics.TRANSIT_MS).min())
        .isGreaterThan(2.5 * metric(normal, lane.from(), Metrics.TRANSIT_MS).min());
  }

  @Test
  void platformOutage_stopsAllocationsWhichResumeAfterIt() {
    RunResult r = run(base().withDisruptions(List.of(new Disruption.PlatformOutage(false, 5 * DAY, 7 * DAY))));
    MetricValue assigned = metric(r, "platform", Metrics.ASSIGNED_UNITS_BY_DAY);
    assertThat(assigned.seriesAt(4)).isPositive();
    assertThat(assigned.seriesAt(5) + assigned.seriesAt(6)).isZero();
    assertThat(assigned.seriesAt(7)).as("the waiting orders go out at once").isGreaterThan(assigned.seriesAt(4));
  }

  @Test
  void staleFeeds_keepTheRunGoingOnOldStatus() {
    RunResult r = run(base().withDisruptions(List.of(new Disruption.PlatformOutage(true, 2 * DAY, 12 * DAY))));
    MetricValue assigned = metric(r, "platform", Metrics.ASSIGNED_UNITS_BY_DAY);
    assertThat(assigned.seriesAt(5)).isPositive();
  }

  @Test
  void supplierFailure_makesOrdersWaitUntilItIsBack() {
    RunResult failed = run(base().withDisruptions(List.of(new Disruption.SupplierFailure("steel-dortmund", 0, 6 * DAY))));
    MetricValue wait = metric(failed, "steel-dortmund", Supplier.WAIT_MS);
    assertThat(wait.max()).isGreaterThan(6 * DAY);
    assertThat(metric(run(base()), "steel-dortmund", Supplier.WAIT_MS).max()).isLessThan(6 * DAY);
  }

  @Test
  void demandSurge_multipliesOrdersInItsWindow() {
    ManufacturingSpec spec = MfgFixtures.everything(AllocationPolicy.NEAREST, 1, Batching.PER_ORDER, 60 * DAY)
        .withDisruptions(List.of(new Disruption.DemandSurge("region-milan", "*", 3, 20 * DAY, 40 * DAY)));
    RunResult r = engine.run(spec.plan(), 7, 0);
    MetricValue ordered = metric(r, "region-milan", Metrics.ORDERED_UNITS_BY_DAY);
    double before = 0;
    double during = 0;
    for (int d = 0; d < 20; d++) {
      before += ordered.seriesAt(d);
      during += ordered.seriesAt(20 + d);
    }
    assertThat(during / before).isBetween(2.5, 3.5);
  }

  @Test
  void stockDestroyed_writesOffTheShareOnHand() {
    RunResult r = run(base().withDisruptions(List.of(new Disruption.StockDestroyed("dc-lyon", 1.0, 3 * DAY))));
    assertThat(metric(r, "dc-lyon", DistributionCentre.DESTROYED_UNITS).count()).isPositive();
  }

  @Test
  void theLargestNode_isTheProducerWithTheMostMachines() {
    RunResult byName = engine.run(base().withDisruptions(List.of(
        new Disruption.NodeOutage("plant-frankfurt", 5 * DAY, 8 * DAY))).plan(), 7, 0);
    RunResult bySymbol = engine.run(base().withDisruptions(List.of(
        new Disruption.NodeOutage(Disruption.LARGEST, 5 * DAY, 8 * DAY))).plan(), 7, 0);
    assertThat(bySymbol.digest()).isEqualTo(byName.digest());
  }

  @Test
  void capacityLossEverywhere_hitsEveryProducer() {
    RunResult r = run(base().withDisruptions(List.of(new Disruption.CapacityLoss("*", 1.0, 5 * DAY, 7 * DAY))));
    for (String node : List.of("plant-frankfurt", "mf-milan")) {
      MetricValue made = metric(r, node, Metrics.MADE_UNITS_BY_DAY);
      assertThat(made.seriesAt(5) + made.seriesAt(6)).as(node).isZero();
    }
  }

  @Test
  void borderClosure_closesExactlyTheLanesThatCrossTheBorder() {
    ManufacturingSpec spec = base().withDisruptions(List.of(
        new Disruption.BorderClosure("ile-de-france", new GeoPoint(48.86, 2.35), 50, 2 * DAY, 5 * DAY)));
    Network network = new Network(spec);
    DisruptionPlan plan = network.disruptions();
    int plant = network.siteIndex("plant-frankfurt");
    int milan = network.siteIndex("mf-milan");
    assertThat(plan.laneClosed(network.siteToRegion(plant, 0)).contains(3 * DAY)).as("into Paris").isTrue();
    assertThat(plan.laneClosed(network.siteToRegion(milan, 1)).isEmpty()).as("Milan to Milan").isTrue();
    assertThat(plan.siteOutage(plant).isEmpty()).as("no node is out").isTrue();
  }
}
