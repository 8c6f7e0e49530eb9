package org.dmsim.model.mfg.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dmsim.model.mfg.spec.MfgSpecs.DORTMUND;
import static org.dmsim.model.mfg.spec.MfgSpecs.FRANKFURT;
import static org.dmsim.model.mfg.spec.MfgSpecs.LYON;
import static org.dmsim.model.mfg.spec.MfgSpecs.MILAN;
import static org.dmsim.model.mfg.spec.MfgSpecs.PARIS;
import static org.dmsim.model.mfg.spec.MfgSpecs.kit;
import static org.dmsim.model.mfg.spec.MfgSpecs.producer;
import static org.dmsim.model.mfg.spec.MfgSpecs.region;
import static org.dmsim.model.mfg.spec.MfgSpecs.supplier;
import static org.dmsim.model.mfg.spec.MfgSpecs.widget;
import static org.dmsim.model.time.SimTime.HOUR_MS;
import static org.dmsim.model.time.SimTime.MINUTE_MS;

import java.util.List;
import java.util.Map;
import org.dmsim.model.geo.Lane;
import org.dmsim.model.geo.LaneSpec;
import org.dmsim.model.geo.TransportMode;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.policy.FifoDispatch;
import org.dmsim.model.mfg.spec.Batching;
import org.dmsim.model.mfg.spec.Component;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.MfgSpecs;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.StockRule;
import org.dmsim.model.mfg.spec.TransportSpec;
import org.junit.jupiter.api.Test;

class NetworkTest {
  private static final NodeSpec PLANT = producer("plant-a", NodeKind.PLANT, FRANKFURT,
      new MachineGroup("cnc", 2), new MachineGroup("printer", 1));
  private static final NodeSpec MICRO = producer("mf-b", NodeKind.MICROFACTORY, MILAN, new MachineGroup("cnc", 1));
  private static final NodeSpec DC = NodeSpec.distributionCentre("dc-c", LYON, 0, "plant-a",
      List.of(StockRule.sS("kit", 5, 20, 20)));

  private static Network network(MfgSpecs.Builder b) {
    return new Network(b.build());
  }

  private static TransportSpec road(LaneSpec... lanes) {
    return new TransportSpec(List.of(TransportMode.ROAD), List.of(lanes), Batching.PER_ORDER);
  }

  private static LaneSpec fixedRoad(String from, String to, long transitMs) {
    return LaneSpec.of(from, to, TransportMode.ROAD).withTransitMs(transitMs).withTransitCv(0);
  }

  // --- lookahead -----------------------------------------------------------------------------

  @Test
  void lookahead_orderLatencyShortest_isTheLatency() {
    // Road lanes vary, so their fastest is the 2 h handling time; the information delay is 2 h.
    assertThat(network(MfgSpecs.valid()).lookaheadMs()).isEqualTo(HOUR_MS);
  }

  @Test
  void lookahead_infoDelayShortest_isTheDelay() {
    Network n = network(MfgSpecs.valid().platform(MfgSpecs.platform(AllocationPolicy.NEAREST, 3 * HOUR_MS,
        30 * MINUTE_MS, 0)));
    assertThat(n.lookaheadMs()).isEqualTo(30 * MINUTE_MS);
  }

  @Test
  void lookahead_slowPlatform_isTheFastestLaneAtItsFastest() {
    Network n = network(MfgSpecs.valid().platform(MfgSpecs.platform(AllocationPolicy.NEAREST, 5 * HOUR_MS,
        6 * HOUR_MS, 0)));
    assertThat(n.lookaheadMs()).isEqualTo(TransportMode.ROAD.handlingMs());
  }

  @Test
  void lookahead_fastLaneOfEachKindInUse_isThatLane() {
    assertThat(network(MfgSpecs.valid().transport(road(fixedRoad("mf-b", "region-p", 10 * MINUTE_MS))))
        .lookaheadMs()).as("site to region").isEqualTo(10 * MINUTE_MS);
    assertThat(network(MfgSpecs.valid().transport(road(fixedRoad("plant-a", "dc-c", 15 * MINUTE_MS))))
        .lookaheadMs()).as("source to distribution centre").isEqualTo(15 * MINUTE_MS);
    assertThat(network(MfgSpecs.valid().transport(road(fixedRoad("sup-d", "plant-a", 20 * MINUTE_MS))))
        .lookaheadMs()).as("supplier to producing site").isEqualTo(20 * MINUTE_MS);
  }

  @Test
  void lookahead_fastLanesNoMessageTravels_areIgnored() {
    Network n = network(MfgSpecs.valid().transport(road(fixedRoad("region-p", "mf-b", 1),
        fixedRoad("plant-a", "mf-b", 1), fixedRoad("sup-d", "dc-c", 1), fixedRoad("dc-c", "plant-a", 1))));
    assertThat(n.lookaheadMs()).isEqualTo(HOUR_MS);
  }

  @Test
  void lookahead_variableLaneFasterThanHandling_isItsMean() {
    LaneSpec quick = LaneSpec.of("mf-b", "region-p", TransportMode.ROAD).withTransitMs(HOUR_MS / 2).withTransitCv(0.3);
    assertThat(network(MfgSpecs.valid().transport(road(quick))).lookaheadMs()).isEqualTo(HOUR_MS / 2);
  }

  @Test
  void constructor_laneThatCanTakeNoTime_throws() {
    assertThatThrownBy(() -> network(MfgSpecs.valid().transport(road(fixedRoad("mf-b", "region-p", 0)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 ms");
    LaneSpec variable = LaneSpec.of("mf-b", "region-p", TransportMode.ROAD).withTransitMs(0).withTransitCv(0.5);
    assertThatThrownBy(() -> network(MfgSpecs.valid().transport(road(variable))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 ms");
  }

  @Test
  void minTransitMs_isTheMeanWhenFixedAndAtMostTheHandlingWhenVariable() {
    Lane fixed = new Lane("a", "b", TransportMode.ROAD, 100, 5 * HOUR_MS, 0, 0.1, 0.1);
    Lane variable = new Lane("a", "b", TransportMode.ROAD, 100, 5 * HOUR_MS, 0.1, 0.1, 0.1);
    Lane shortVariable = new Lane("a", "b", TransportMode.ROAD, 1, HOUR_MS, 0.1, 0.1, 0.1);
    assertThat(Network.minTransitMs(fixed)).isEqualTo(5 * HOUR_MS);
    assertThat(Network.minTransitMs(variable)).isEqualTo(TransportMode.ROAD.handlingMs());
    assertThat(Network.minTransitMs(shortVariable)).isEqualTo(HOUR_MS);
  }

  // --- lanes ---------------------------------------------------------------------------------

  @Test
  void siteToRegion_twoModes_usesTheFasterOnAverage() {
    TransportSpec roadAndAir = new TransportSpec(List.of(TransportMode.ROAD, TransportMode.AIR), List.of(
        LaneSpec.of("plant-a", "region-p", TransportMode.ROAD).withTransitMs(10 * HOUR_MS),
        LaneSpec.of("plant-a", "region-p", TransportMode.AIR).withTransitMs(3 * HOUR_MS)), Batching.PER_ORDER);
    Network n = network(MfgSpecs.valid().transport(roadAndAir));
    int region = 0;
    assertThat(n.siteToRegion(n.siteIndex("plant-a"), region).mode()).isEqualTo(TransportMode.AIR);
    assertThat(n.siteToRegion(n.siteIndex("plant-a"), region).transitMs()).isEqualTo(3 * HOUR_MS);
    // Generated lanes Milan-Paris: road is about 15 h, air at least its 1-day handling.
    assertThat(n.siteToRegion(n.siteIndex("mf-b"), region).mode()).isEqualTo(TransportMode.ROAD);
  }

  @Test
  void siteToRegion_modeWithoutLaneToThatPair_isNotUsed() {
    // Rail is not generated; the one explicit rail lane serves only its own pair.
    TransportSpec roadPlusOneRail = new TransportSpec(List.of(TransportMode.ROAD), List.of(
        LaneSpec.of("mf-b", "region-p", TransportMode.RAIL).withTransitMs(HOUR_MS)), Batching.PER_ORDER);
    Network n = network(MfgSpecs.valid().transport(roadPlusOneRail));
    assertThat(n.siteToRegion(n.siteIndex("mf-b"), 0).mode()).isEqualTo(TransportMode.RAIL);
    assertThat(n.siteToRegion(n.siteIndex("plant-a"), 0).mode()).isEqualTo(TransportMode.ROAD);
    assertThat(n.siteToRegion(n.siteIndex("plant-a"), 0).from()).isEqualTo("plant-a");
    assertThat(n.siteToRegion(n.siteIndex("plant-a"), 0).to()).isEqualTo("region-p");
  }

  @Test
  void constructor_pairWithoutAnyLane_throws() {
    TransportSpec explicitOnly = new TransportSpec(List.of(), List.of(
        LaneSpec.of("plant-a", "region-p", TransportMode.ROAD)), Batching.PER_ORDER);
    assertThatThrownBy(() -> network(MfgSpecs.valid().transport(explicitOnly)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no lane from");
  }

  @Test
  void sourceOfDc_isTheReplenishingSiteWithItsLane() {
    Network n = network(MfgSpecs.valid());
    int dc = n.siteIndex("dc-c");
    assertThat(n.sourceOfDc(dc)).isEqualTo(n.siteIndex("plant-a"));
    assertThat(n.sourceToDc(dc).from()).isEqualTo("plant-a");
    assertThat(n.sourceToDc(dc).to()).isEqualTo("dc-c");
    assertThat(n.sourceOfDc(n.siteIndex("plant-a"))).isEqualTo(-1);
    assertThat(n.sourceToDc(n.siteIndex("plant-a"))).isNull();
  }

  @Test
  void supplierFor_isTheNearestSupplierOfThatComponent() {
    Network n = network(MfgSpecs.valid().suppliers(supplier("sup-d", DORTMUND, "bolt"),
        supplier("sup-m", MILAN, "bolt", "nut"), supplier("sup-p", PARIS, "nut")));
    assertThat(n.components()).containsExactly("bolt", "nut");
    int bolt = 0;
    int nut = 1;
    assertThat(n.supplierFor(n.siteIndex("plant-a"), bolt)).isEqualTo(0);
    assertThat(n.supplierFor(n.siteIndex("mf-b"), bolt)).isEqualTo(1);
    assertThat(n.supplierFor(n.siteIndex("mf-b"), nut)).isEqualTo(1);
    assertThat(n.supplierFor(n.siteIndex("plant-a"), nut)).isEqualTo(2);
  }

  @Test
  void supplierToSite_onlyForProducingSites() {
    Network n = network(MfgSpecs.valid());
    assertThat(n.supplierToSite(0, n.siteIndex("plant-a")).from()).isEqualTo("sup-d");
    assertThat(n.supplierToSite(0, n.siteIndex("plant-a")).to()).isEqualTo("plant-a");
    assertThat(n.supplierToSite(0, n.siteIndex("dc-c"))).isNull();
  }

  // --- ranking -------------------------------------------------------------------------------

  @Test
  void ranking_nearest_ordersCapableProducersByDistance() {
    Network n = network(MfgSpecs.valid().regions(region("region-p", PARIS, "widget", "kit"),
        region("region-m", MILAN, "widget")));
    int widget = n.productIndex("widget");
    assertThat(n.ranking(0, widget)).containsExactly(n.siteIndex("plant-a"), n.siteIndex("mf-b"));
    assertThat(n.ranking(1, widget)).containsExactly(n.siteIndex("mf-b"), n.siteIndex("plant-a"));
  }

  @Test
  void ranking_leastLoaded_staticOrderIsByDistance() {
    Network n = network(MfgSpecs.valid().policy(AllocationPolicy.LEAST_LOADED));
    assertThat(n.ranking(0, n.productIndex("widget"))).containsExactly(n.siteIndex("plant-a"), n.siteIndex("mf-b"));
  }

  @Test
  void ranking_stockedProduct_isTheDistributionCentresThatStockIt() {
    NodeSpec parisDc = NodeSpec.distributionCentre("dc-e", PARIS, 0, "plant-a", List.of(StockRule.sS("kit", 1, 5, 5)));
    for (AllocationPolicy policy : AllocationPolicy.values()) {
      Network n = network(MfgSpecs.valid().policy(policy).nodes(PLANT, MICRO, DC, parisDc));
      assertThat(n.ranking(0, n.productIndex("kit"))).as("%s", policy)
          .containsExactly(n.siteIndex("dc-e"), n.siteIndex("dc-c"));
    }
  }

  @Test
  void ranking_centralized_makeToOrderGoesToPlantsOnly() {
    NodeSpec parisMicro = producer("mf-p", NodeKind.MICROFACTORY, PARIS, new MachineGroup("cnc", 1));
    Network n = network(MfgSpecs.valid().policy(AllocationPolicy.CENTRALIZED).nodes(PLANT, MICRO, parisMicro, DC));
    assertThat(n.ranking(0, n.productIndex("widget"))).containsExactly(n.siteIndex("plant-a"));
  }

  @Test
  void ranking_makeToOrder_skipsNodesWithoutAMachineForEveryStep() {
    // Only the plant has a printer; the product needs CNC then additive.
    Product hybrid = new Product("hybrid", 1, 1, false, 1, List.of(),
        List.of(MfgSpecs.step(ProcessType.CNC), MfgSpecs.step(ProcessType.ADDITIVE)));
    NodeSpec parisMicro = producer("mf-p", NodeKind.MICROFACTORY, PARIS, new MachineGroup("cnc", 1));
    Network n = network(MfgSpecs.valid().products(widget(), kit(), hybrid).nodes(PLANT, MICRO, parisMicro, DC));
    assertThat(n.ranking(0, n.productIndex("hybrid"))).containsExactly(n.siteIndex("plant-a"));
    assertThat(n.ranking(0, n.productIndex("widget")))
        .containsExactly(n.siteIndex("mf-p"), n.siteIndex("plant-a"), n.siteIndex("mf-b"));
  }

  @Test
  void ranking_cheapestLanded_ordersByProductionPlusTransportCost() {
    NodeSpec dearPlant = producer("plant-a", NodeKind.PLANT, FRANKFURT, 1.0,
        Map.of(ProcessType.CNC, 50.0, ProcessType.ADDITIVE, 1.0),
        new MachineGroup("cnc", 2), new MachineGroup("printer", 1));
    Network n = network(MfgSpecs.valid().policy(AllocationPolicy.CHEAPEST_LANDED).nodes(dearPlant, MICRO, DC));
    int widget = n.productIndex("widget");
    int plant = n.siteIndex("plant-a");
    int micro = n.siteIndex("mf-b");
    assertThat(n.ranking(0, widget)).containsExactly(micro, plant);
    double tonnes = widget().weightKg() / 1000;
    assertThat(n.landedCostPerUnit(micro, 0, widget))
        .isEqualTo(1.0 + n.siteToRegion(micro, 0).costFor(tonnes));
    assertThat(n.landedCostPerUnit(plant, 0, widget))
        .isEqualTo(50.0 + n.siteToRegion(plant, 0).costFor(tonnes));
  }

  @Test
  void ranking_cheapestLandedTie_goesToTheNearestNotTheFirstName() {
    // Free transport and equal unit costs: the tie goes to Frankfurt (nearer Paris), though "mf-b" sorts first.
    TransportSpec free = road(LaneSpec.of("plant-a", "region-p", TransportMode.ROAD).withCostPerTonneKm(0),
        LaneSpec.of("mf-b", "region-p", TransportMode.ROAD).withCostPerTonneKm(0));
    Network n = network(MfgSpecs.valid().policy(AllocationPolicy.CHEAPEST_LANDED).transport(free));
    int widget = n.productIndex("widget");
    assertThat(n.landedCostPerUnit(n.siteIndex("plant-a"), 0, widget))
        .isEqualTo(n.landedCostPerUnit(n.siteIndex("mf-b"), 0, widget));
    assertThat(n.ranking(0, widget)).containsExactly(n.siteIndex("plant-a"), n.siteIndex("mf-b"));
  }

  @Test
  void ranking_equalDistance_goesByName() {
    NodeSpec twin = producer("mf-a", NodeKind.MICROFACTORY, MILAN, new MachineGroup("cnc", 1));
    Network n = network(MfgSpecs.valid().nodes(PLANT, MICRO, twin, DC)
        .regions(region("region-m", MILAN, "widget", "kit")));
    assertThat(n.ranking(0, n.productIndex("widget")))
        .containsExactly(n.siteIndex("mf-a"), n.siteIndex("mf-b"), n.siteIndex("plant-a"));
  }

  @Test
  void ranking_qualityBelowThePlatformMinimum_isSkipped() {
    NodeSpec shoddy = producer("mf-b", NodeKind.MICROFACTORY, MILAN, 0.5, Map.of(), new MachineGroup("cnc", 1));
    NodeSpec decent = producer("mf-p", NodeKind.MICROFACTORY, PARIS, 0.9, Map.of(), new MachineGroup("cnc", 1));
    MfgSpecs.Builder b = MfgSpecs.valid().nodes(PLANT, shoddy, decent, DC);
    Network strict = network(b.platform(MfgSpecs.platform(AllocationPolicy.NEAREST, HOUR_MS, HOUR_MS, 0.9)));
    assertThat(strict.ranking(0, strict.productIndex("widget")))
        .containsExactly(strict.siteIndex("mf-p"), strict.siteIndex("plant-a"));
    Network lax = network(b.platform(MfgSpecs.platform(AllocationPolicy.NEAREST, HOUR_MS, HOUR_MS, 0)));
    assertThat(lax.ranking(0, lax.productIndex("widget")))
        .containsExactly(lax.siteIndex("mf-p"), lax.siteIndex("plant-a"), lax.siteIndex("mf-b"));
  }

  // --- compiled tables -----------------------------------------------------------------------

  @Test
  void unitCostEur_sumsTheSiteCostOfEveryRoutingStep() {
    Product hybrid = new Product("hybrid", 1, 1, false, 1, List.of(), List.of(MfgSpecs.step(ProcessType.CNC),
        MfgSpecs.step(ProcessType.ADDITIVE), MfgSpecs.step(ProcessType.CNC), MfgSpecs.step(ProcessType.INSPECTION)));
    NodeSpec plant = producer("plant-a", NodeKind.PLANT, FRANKFURT, 1.0,
        Map.of(ProcessType.CNC, 6.0, ProcessType.ADDITIVE, 3.0), new MachineGroup("cnc", 2),
        new MachineGroup("printer", 1));
    Network n = network(MfgSpecs.valid().products(widget(), kit(), hybrid).nodes(plant, MICRO, DC));
    // Inspection has no cost at the plant: 6 + 3 + 6 + 0.
    assertThat(n.unitCostEur(n.siteIndex("plant-a"), n.productIndex("hybrid"))).isEqualTo(15.0);
    assertThat(n.unitCostEur(n.siteIndex("plant-a"), n.productIndex("widget"))).isEqualTo(6.0);
    assertThat(n.unitCostEur(n.siteIndex("dc-c"), n.productIndex("widget"))).isZero();
  }

  @Test
  void billOfMaterials_mapsComponentsToTheirIndices() {
    Product widget = new Product("widget", 2.0, 50, false, 1,
        List.of(new Component("nut", 4), new Component("bolt", 2)),
        List.of(MfgSpecs.step(ProcessType.CNC)));
    Network n = network(MfgSpecs.valid().products(widget, kit()).suppliers(supplier("sup-d", DORTMUND, "nut", "bolt")));
    assertThat(n.bomComponents(n.productIndex("widget"))).containsExactly(1, 0);
    assertThat(n.bomQuantities(n.productIndex("widget"))).containsExactly(4, 2);
    assertThat(n.bomComponents(n.productIndex("kit"))).isEmpty();
  }

  @Test
  void machinesOf_expandsGroupsIntoOneEntryPerMachine() {
    Network n = network(MfgSpecs.valid());
    assertThat(n.machinesOf(n.siteIndex("plant-a"))).extracting(t -> t.id()).containsExactly("cnc", "cnc", "printer");
    assertThat(n.machinesOf(n.siteIndex("mf-b"))).extracting(t -> t.id()).containsExactly("cnc");
    assertThat(n.machinesOf(n.siteIndex("dc-c"))).isEmpty();
  }

  @Test
  void indices_followTheScenarioOrder_andUnknownNamesThrow() {
    Network n = network(MfgSpecs.valid());
    assertThat(n.siteIndex("plant-a")).isZero();
    assertThat(n.siteIndex("dc-c")).isEqualTo(2);
    assertThat(n.productIndex("kit")).isEqualTo(1);
    assertThatThrownBy(() -> n.siteIndex("region-p")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no site region-p");
    assertThatThrownBy(() -> n.productIndex("gizmo")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no product gizmo");
  }

  @Test
  void constructor_inconsistentSpec_throwsItsProblems() {
    ManufacturingSpec broken = MfgSpecs.valid().regions(region("region-p", PARIS, "gizmo")).build();
    assertThatThrownBy(() -> new Network(broken)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region region-p: unknown product gizmo");
  }

  @Test
  void newDispatchRule_producingSite_freshInstanceOfItsRule_otherSite_refused() {
    Network n = network(MfgSpecs.valid());
    assertThat(n.newDispatchRule(0)).isInstanceOf(FifoDispatch.class).isNotSameAs(n.newDispatchRule(0));
    assertThatThrownBy(() -> n.newDispatchRule(2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dc-c does not produce");
  }
}
