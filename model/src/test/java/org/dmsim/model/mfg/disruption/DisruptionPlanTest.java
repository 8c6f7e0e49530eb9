package org.dmsim.model.mfg.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.geo.Lane;
import org.dmsim.model.geo.TransportMode;
import org.dmsim.model.mfg.disruption.DisruptionPlan.Factor;
import org.dmsim.model.mfg.spec.MfgSpecs;
import org.junit.jupiter.api.Test;

/**
 * Each kind of disruption puts its own effect into the plan, on the base scenario of {@link MfgSpecs}:
 * sites {@code plant-a} (3 machines), {@code mf-b} (1), {@code dc-c}; supplier {@code sup-d}; region
 * {@code region-p} ordering widgets (line 0) and kits (line 1).
 */
class DisruptionPlanTest {
  private static final Lane PLANT_TO_REGION = lane("plant-a", "region-p");
  private static final Lane SUPPLIER_TO_PLANT = lane("sup-d", "plant-a");
  private static final Lane PLANT_TO_DC = lane("plant-a", "dc-c");
  private static final Lane DC_TO_REGION = lane("dc-c", "region-p");
  private static final List<Lane> LANES = List.of(PLANT_TO_REGION, SUPPLIER_TO_PLANT, PLANT_TO_DC, DC_TO_REGION);

  private static Lane lane(String from, String to) {
    return new Lane(from, to, TransportMode.ROAD, 100, 1000, 0, 0, 0);
  }

  private static DisruptionPlan plan(Disruption... disruptions) {
    return new DisruptionPlan(MfgSpecs.valid().build().withDisruptions(List.of(disruptions)), LANES);
  }

  @Test
  void nodeOutage_largest_hitsTheSiteWithMostMachines_andANamedSupplier() {
    DisruptionPlan p = plan(new Disruption.NodeOutage(Disruption.LARGEST, 10, 20),
        new Disruption.NodeOutage("sup-d", 30, 40));
    assertThat(p.siteOutage(0).contains(15)).isTrue();
    assertThat(p.siteOutage(1).isEmpty()).isTrue();
    assertThat(p.supplierOutage(0).contains(35)).isTrue();
    assertThat(p.supplierOutage(0).contains(15)).isFalse();
  }

  @Test
  void capacityLoss_anyNode_hitsEveryProducingSiteOnly() {
    DisruptionPlan p = plan(new Disruption.CapacityLoss("*", 0.5, 0, 10));
    assertThat(p.capacityLoss(0)).containsExactly(new Factor(0.5, 0, 10));
    assertThat(p.capacityLoss(1)).containsExactly(new Factor(0.5, 0, 10));
    assertThat(p.capacityLoss(2)).isEmpty();
  }

  @Test
  void regionalDisaster_closesTheSitesInsideAndTheirLanes() {
    DisruptionPlan p = plan(new Disruption.RegionalDisaster("lyon", MfgSpecs.LYON, 50, 0, 100));
    assertThat(p.siteOutage(2).contains(50)).isTrue();
    assertThat(p.siteOutage(0).isEmpty()).isTrue();
    assertThat(p.laneClosed(PLANT_TO_DC).contains(50)).isTrue();
    assertThat(p.laneClosed(DC_TO_REGION).contains(50)).isTrue();
    assertThat(p.laneClosed(PLANT_TO_REGION).isEmpty()).isTrue();
  }

  @Test
  void borderClosure_closesOnlyLanesCrossingTheCircle() {
    DisruptionPlan p = plan(new Disruption.BorderClosure("paris", MfgSpecs.PARIS, 50, 0, 100));
    assertThat(p.laneClosed(PLANT_TO_REGION).contains(50)).isTrue();
    assertThat(p.laneClosed(DC_TO_REGION).contains(50)).isTrue();
    assertThat(p.laneClosed(SUPPLIER_TO_PLANT).isEmpty()).isTrue();
    assertThat(p.siteOutage(0).isEmpty()).isTrue();
  }

  @Test
  void laneClosure_slowdownMultipliesTransitInItsWindow_zeroCloses() {
    DisruptionPlan p = plan(new Disruption.LaneClosure("*", "region-p", 2, 0, 100),
        new Disruption.LaneClosure("plant-a", "*", 1.5, 50, 100),
        new Disruption.LaneClosure("sup-d", "plant-a", 0, 0, 100));
    assertThat(p.laneSlowdown(PLANT_TO_REGION, 60)).isEqualTo(3.0);
    assertThat(p.laneSlowdown(PLANT_TO_REGION, 10)).isEqualTo(2.0);
    assertThat(p.laneSlowdown(DC_TO_REGION, 100)).isEqualTo(1.0);
    assertThat(p.laneClosed(SUPPLIER_TO_PLANT).contains(50)).isTrue();
    assertThat(p.laneClosed(PLANT_TO_REGION).isEmpty()).isTrue();
  }

  @Test
  void supplierFailure_hitsItsSupplier() {
    DisruptionPlan p = plan(new Disruption.SupplierFailure("sup-d", 5, 6));
    assertThat(p.supplierOutage(0).contains(5)).isTrue();
    assertThat(p.siteOutage(0).isEmpty()).isTrue();
  }

  @Test
  void demandSurge_hitsTheMatchingDemandLine() {
    DisruptionPlan p = plan(new Disruption.DemandSurge("*", "kit", 3, 0, 10));
    assertThat(p.surge(0, 1)).containsExactly(new Factor(3, 0, 10));
    assertThat(p.surge(0, 0)).isEmpty();
  }

  @Test
  void platformOutage_staleOnly_isAStaleWindowNotADownOne() {
    DisruptionPlan p = plan(new Disruption.PlatformOutage(true, 0, 10), new Disruption.PlatformOutage(false, 20, 30));
    assertThat(p.platformStale().contains(5)).isTrue();
    assertThat(p.platformStale().contains(25)).isFalse();
    assertThat(p.platformDown().contains(25)).isTrue();
    assertThat(p.platformDown().contains(5)).isFalse();
  }

  @Test
  void stockDestroyed_anyNode_hitsDistributionCentresOnlyAtOneInstant() {
    DisruptionPlan p = plan(new Disruption.StockDestroyed("*", 0.3, 42));
    assertThat(p.stockLoss(2)).containsExactly(new Factor(0.3, 42, 42));
    assertThat(p.stockLoss(0)).isEmpty();
  }

  @Test
  void templateType_isTheTypeOfWhatItMakes() {
    List<DisruptionTemplate> templates = List.of(new DisruptionTemplate.NodeOutages(List.of("a")),
        new DisruptionTemplate.CapacityLosses(List.of("a"), 0.5),
        new DisruptionTemplate.RegionalDisasters(List.of(new DisruptionTemplate.Site("s", new GeoPoint(0, 0))), 10),
        new DisruptionTemplate.LaneClosures(List.of(new DisruptionTemplate.LaneEnds("a", "b")), 0),
        new DisruptionTemplate.LaneClosures(List.of(new DisruptionTemplate.LaneEnds("a", "b")), 2),
        new DisruptionTemplate.SupplierFailures(List.of("s")),
        new DisruptionTemplate.DemandSurges(List.of("*"), "*", 2),
        new DisruptionTemplate.PlatformOutages(true), new DisruptionTemplate.PlatformOutages(false),
        new DisruptionTemplate.StocksDestroyed(List.of("*"), 0.5));
    assertThat(templates).extracting(DisruptionTemplate::type).containsExactly("node-outage", "capacity-loss",
        "regional-disaster", "lane-closure", "lane-slowdown", "supplier-failure", "demand-surge", "platform-stale",
        "platform-outage", "stock-destroyed");
  }
}
