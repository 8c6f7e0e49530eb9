package org.dmsim.model.mfg.spec;


import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.mfg.spec.check.SpecProblem;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dmsim.model.mfg.spec.MfgSpecs.DORTMUND;
import static org.dmsim.model.mfg.spec.MfgSpecs.FRANKFURT;
import static org.dmsim.model.mfg.spec.MfgSpecs.LYON;
import static org.dmsim.model.mfg.spec.MfgSpecs.MILAN;
import static org.dmsim.model.mfg.spec.MfgSpecs.PARIS;
import static org.dmsim.model.mfg.spec.MfgSpecs.kit;
import static org.dmsim.model.mfg.spec.MfgSpecs.machineType;
import static org.dmsim.model.mfg.spec.MfgSpecs.producer;
import static org.dmsim.model.mfg.spec.MfgSpecs.product;
import static org.dmsim.model.mfg.spec.MfgSpecs.region;
import static org.dmsim.model.mfg.spec.MfgSpecs.supplier;
import static org.dmsim.model.mfg.spec.MfgSpecs.widget;

class ManufacturingSpecTest {
  private static final NodeSpec PLANT = producer("plant-a", NodeKind.PLANT, FRANKFURT,
      new MachineGroup("cnc", 2), new MachineGroup("printer", 1));
  private static final NodeSpec MICRO = producer("mf-b", NodeKind.MICROFACTORY, MILAN, new MachineGroup("cnc", 1));

  private static NodeSpec dc(String replenishFrom, StockRule... stock) {
    return NodeSpec.distributionCentre("dc-c", LYON, 0, replenishFrom, List.of(stock));
  }

  /** The problems' messages, which {@link ManufacturingSpec#validate()} joins. */
  private static List<String> messages(ManufacturingSpec spec) {
    return spec.problems().stream().map(SpecProblem::message).toList();
  }

  @Test
  void problems_validSpec_isEmpty() {
    ManufacturingSpec spec = MfgSpecs.valid().build();
    assertThat(messages(spec)).isEmpty();
    assertThat(spec.validate()).isSameAs(spec);
  }

  @Test
  void problems_validSpecUnderEveryPolicy_isEmpty() {
    for (AllocationPolicy policy : AllocationPolicy.values()) {
      assertThat(messages(MfgSpecs.valid().policy(policy).build())).as("%s", policy).isEmpty();
    }
  }

  @Test
  void problems_unknownOrUnusableRules_areReportedWithWhereTheyAre() {
    ManufacturingSpec base = MfgSpecs.valid().build();
    ManufacturingSpec unknown = MfgSpecs.valid().platform(base.platform().withAllocation(RuleRef.of("nearst"))).build();
    assertThat(messages(unknown)).containsExactly("platform: allocation: no allocation rule is called \"nearst\"; "
        + "installed: centralized, cheapest-landed, farthest-first, least-loaded, nearest");
    ManufacturingSpec badParam = MfgSpecs.valid()
        .platform(base.platform().withAllocation(RuleRef.of("nearest", java.util.Map.of("k", "1")))).build();
    assertThat(messages(badParam)).containsExactly(
        "platform: allocation: k: expected no parameters for rule nearest, found unknown parameter \"k\"");
  }

  @Test
  void problems_demandForUnknownProduct_reportsRegionAndProduct() {
    ManufacturingSpec spec = MfgSpecs.valid().regions(region("region-p", PARIS, "widget", "kit", "gizmo")).build();
    assertThat(messages(spec)).containsExactly("region region-p: unknown product gizmo");
  }

  @Test
  void problems_twoDemandLinesForOneProduct_reportsThem() {
    ManufacturingSpec spec = MfgSpecs.valid().regions(region("region-p", PARIS, "widget", "kit", "widget")).build();
    assertThat(messages(spec)).containsExactly("region region-p: two demand lines for product widget");
  }

  @Test
  void problems_unknownMachineType_reportsNode() {
    NodeSpec micro = producer("mf-b", NodeKind.MICROFACTORY, MILAN, new MachineGroup("lathe", 1));
    ManufacturingSpec spec = MfgSpecs.valid().nodes(PLANT, micro, dc("plant-a", StockRule.sS("kit", 5, 20, 20))).build();
    assertThat(messages(spec)).containsExactly("node mf-b: unknown machine type lathe");
  }

  @Test
  void problems_replenishFromUnknownNode_reportsIt() {
    ManufacturingSpec spec = MfgSpecs.valid().nodes(PLANT, MICRO, dc("nowhere", StockRule.sS("kit", 5, 20, 20))).build();
    assertThat(messages(spec)).containsExactly("node dc-c: replenishFrom nowhere is not another declared node");
  }

  @Test
  void problems_replenishFromSupplier_reportsIt_fromADistributionCentreNot() {
    ManufacturingSpec fromSupplier = MfgSpecs.valid()
        .nodes(PLANT, MICRO, dc("sup-d", StockRule.sS("kit", 5, 20, 20))).build();
    assertThat(messages(fromSupplier))
        .containsExactly("node dc-c: replenishFrom sup-d is not another declared node");

    // A chain: dc-c is refilled by dc-e, which stocks kits and is refilled by the plant.
    NodeSpec other = NodeSpec.distributionCentre("dc-e", PARIS, 0, "plant-a", List.of(StockRule.sS("kit", 1, 2, 2)));
    ManufacturingSpec fromDc = MfgSpecs.valid()
        .nodes(PLANT, MICRO, other, dc("dc-e", StockRule.sS("kit", 5, 20, 20))).build();
    assertThat(messages(fromDc)).isEmpty();
  }

  @Test
  void problems_replenishFromNodeThatCannotMakeTheStockedProduct_reportsIt() {
    // The microfactory has CNC machines only; kits need additive manufacturing.
    ManufacturingSpec spec = MfgSpecs.valid().nodes(PLANT, MICRO, dc("mf-b", StockRule.sS("kit", 5, 20, 20))).build();
    assertThat(messages(spec)).containsExactly("node dc-c: mf-b cannot make kit");
  }

  @Test
  void problems_stockRuleForMakeToOrderProduct_reportsIt() {
    ManufacturingSpec spec = MfgSpecs.valid()
        .nodes(PLANT, MICRO, dc("plant-a", StockRule.sS("kit", 5, 20, 20), StockRule.sS("widget", 1, 3, 0))).build();
    assertThat(messages(spec))
        .containsExactly("node dc-c: product widget is make-to-order (stocked: false), it cannot be stocked");
  }

  @Test
  void problems_stockRuleForUnknownProduct_reportsIt() {
    ManufacturingSpec spec = MfgSpecs.valid()
        .nodes(PLANT, MICRO, dc("plant-a", StockRule.sS("kit", 5, 20, 20), StockRule.sS("gizmo", 1, 3, 0))).build();
    assertThat(messages(spec)).containsExactly("node dc-c: unknown product gizmo");
  }

  @Test
  void problems_componentWithoutSupplier_reportsProductAndComponent() {
    Product widget = new Product("widget", 2.0, 50, false, 1, List.of(new Component("bolt", 2), new Component("nut", 4)),
        widget().routing());
    ManufacturingSpec spec = MfgSpecs.valid().products(widget, kit()).build();
    assertThat(messages(spec)).containsExactly("product widget: no supplier supplies component nut");
  }

  @Test
  void problems_noSuppliersAtAll_reportsEveryComponent() {
    ManufacturingSpec spec = MfgSpecs.valid().suppliers().build();
    assertThat(messages(spec)).containsExactly("product widget: no supplier supplies component bolt");
  }

  @Test
  void problems_twoStockRulesForOneProductAtADc_reportsIt() {
    ManufacturingSpec spec = MfgSpecs.valid().nodes(
        MfgSpecs.producer("plant-a", NodeKind.PLANT, MfgSpecs.FRANKFURT, new MachineGroup("cnc", 2),
            new MachineGroup("printer", 1)),
        NodeSpec.distributionCentre("dc-c", MfgSpecs.LYON, 0, "plant-a",
            List.of(StockRule.sS("kit", 5, 20, 20), StockRule.baseStock("kit", 10, 10)))).build();
    assertThat(messages(spec)).containsExactly("node dc-c: two stock rules for product kit");
  }

  @Test
  void problems_duplicateProductId_reportsIt() {
    ManufacturingSpec spec = MfgSpecs.valid().products(widget(), kit(), widget()).build();
    assertThat(messages(spec)).containsExactly("duplicate product id widget");
  }

  @Test
  void problems_duplicateMachineTypeId_reportsIt() {
    ManufacturingSpec spec = MfgSpecs.valid().machineTypes(machineType("cnc", ProcessType.CNC),
        machineType("printer", ProcessType.ADDITIVE), machineType("cnc", ProcessType.CNC)).build();
    assertThat(messages(spec)).containsExactly("duplicate machine type id cnc");
  }

  @Test
  void problems_duplicateNodeIdAmongSites_reportsIt() {
    NodeSpec twin = producer("plant-a", NodeKind.MICROFACTORY, PARIS, new MachineGroup("cnc", 1));
    ManufacturingSpec spec = MfgSpecs.valid()
        .nodes(PLANT, MICRO, twin, dc("plant-a", StockRule.sS("kit", 5, 20, 20))).build();
    assertThat(messages(spec)).contains("duplicate node id plant-a");
  }

  @Test
  void problems_idSharedBySiteSupplierOrRegion_reportsDuplicateNodeId() {
    ManufacturingSpec supplierNamedLikeSite = MfgSpecs.valid().suppliers(supplier("mf-b", DORTMUND, "bolt")).build();
    assertThat(messages(supplierNamedLikeSite)).containsExactly("duplicate node id mf-b");

    ManufacturingSpec regionNamedLikeSupplier = MfgSpecs.valid()
        .regions(region("sup-d", PARIS, "widget", "kit")).build();
    assertThat(messages(regionNamedLikeSupplier)).containsExactly("duplicate node id sup-d");
  }

  @Test
  void problems_nodeNamedPlatform_clashesWithThePlatformNode() {
    ManufacturingSpec spec = MfgSpecs.valid().regions(region(ManufacturingSpec.PLATFORM, PARIS, "widget", "kit")).build();
    assertThat(messages(spec)).containsExactly("duplicate node id platform");
  }

  @Test
  void problems_makeToOrderProductNoNodeCanMake_reportsIt() {
    Product panel = product("panel", false, ProcessType.CNC, ProcessType.INJECTION_MOULDING);
    ManufacturingSpec spec = MfgSpecs.valid().products(widget(), kit(), panel)
        .regions(region("region-p", PARIS, "widget", "kit", "panel")).build();
    assertThat(messages(spec)).containsExactly(
        "product panel: no node can make it (every routing step needs a capable machine)");
  }

  @Test
  void problems_undemandedProductNoNodeCanMake_isAccepted() {
    Product panel = product("panel", false, ProcessType.INJECTION_MOULDING);
    assertThat(messages(MfgSpecs.valid().products(widget(), kit(), panel).build())).isEmpty();
  }

  @Test
  void problems_stepsSpreadOverMachinesOfOneNode_isCapable() {
    // CNC on the cnc machines and additive on the printer: the plant has a machine for every step.
    Product hybrid = product("hybrid", false, ProcessType.CNC, ProcessType.ADDITIVE);
    ManufacturingSpec spec = MfgSpecs.valid().products(widget(), kit(), hybrid)
        .regions(region("region-p", PARIS, "widget", "kit", "hybrid")).build();
    assertThat(messages(spec)).isEmpty();
  }

  @Test
  void problems_centralizedAndOnlyAMicrofactoryCanMake_reportsIt() {
    NodeSpec printingPlant = producer("plant-a", NodeKind.PLANT, FRANKFURT, new MachineGroup("printer", 1));
    MfgSpecs.Builder b = MfgSpecs.valid()
        .nodes(printingPlant, MICRO, dc("plant-a", StockRule.sS("kit", 5, 20, 20)));
    assertThat(messages(b.policy(AllocationPolicy.NEAREST).build())).isEmpty();
    assertThat(messages(b.policy(AllocationPolicy.CENTRALIZED).build())).containsExactly(
        "product widget: no node can make it (every routing step needs a capable machine, at a site the "
            + "allocation rule centralized admits)");
  }

  @Test
  void problems_stockedProductDemandedButStockedNowhere_reportsIt() {
    Product gasket = product("gasket", true, ProcessType.ADDITIVE);
    ManufacturingSpec spec = MfgSpecs.valid().products(widget(), kit(), gasket)
        .regions(region("region-p", PARIS, "widget", "kit", "gasket")).build();
    assertThat(messages(spec)).containsExactly("product gasket: no distribution centre stocks it");
  }

  @Test
  void problems_noProductsOrNoRegions_reportsThem() {
    ManufacturingSpec noRegions = MfgSpecs.valid().regions().build();
    assertThat(messages(noRegions)).containsExactly("there must be at least one region");

    ManufacturingSpec noProducts = MfgSpecs.valid().products()
        .nodes(PLANT, MICRO).regions(region("region-p", PARIS, "widget")).build();
    assertThat(messages(noProducts))
        .containsExactly("there must be at least one product", "region region-p: unknown product widget");
  }

  @Test
  void problems_manyProblems_listedInAStableOrder() {
    MfgSpecs.Builder b = MfgSpecs.valid()
        .products(widget(), kit(), widget())
        .nodes(PLANT, producer("mf-b", NodeKind.MICROFACTORY, MILAN, new MachineGroup("lathe", 1)),
            dc("nowhere", StockRule.sS("gizmo", 1, 2, 0), StockRule.sS("kit", 5, 20, 20)))
        .suppliers()
        .regions(region("region-p", PARIS, "widget", "kit", "gizmo"));
    List<String> expected = List.of(
        "duplicate product id widget",
        "region region-p: unknown product gizmo",
        "product widget: no supplier supplies component bolt",
        "product widget: no supplier supplies component bolt",
        "node mf-b: unknown machine type lathe",
        "node dc-c: replenishFrom nowhere is not another declared node",
        "node dc-c: unknown product gizmo");
    assertThat(messages(b.build())).containsExactlyElementsOf(expected);
    assertThat(b.build().problems()).isEqualTo(b.build().problems());
  }

  @Test
  void validate_withProblems_throwsThemAll() {
    ManufacturingSpec spec = MfgSpecs.valid().suppliers().regions(region("region-p", PARIS, "widget", "kit", "gizmo"))
        .build();
    assertThatThrownBy(spec::validate).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region region-p: unknown product gizmo; product widget: no supplier supplies component bolt");
  }

  @Test
  void constructor_horizonNotPositive_throws() {
    ManufacturingSpec valid = MfgSpecs.valid().build();
    for (long horizon : new long[] {0, -1}) {
      assertThatThrownBy(() -> new ManufacturingSpec("x", horizon, valid.products(), valid.machineTypes(),
          valid.nodes(), valid.suppliers(), valid.regions(), valid.platform(), valid.transport(), valid.costs()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizon");
    }
  }

  @Test
  void constructor_copiesItsLists() {
    List<Product> products = new ArrayList<>(List.of(widget(), kit()));
    ManufacturingSpec valid = MfgSpecs.valid().build();
    ManufacturingSpec spec = new ManufacturingSpec("x", SimTime.DAY_MS, products, valid.machineTypes(),
        valid.nodes(), valid.suppliers(), valid.regions(), valid.platform(), valid.transport(), valid.costs());
    products.clear();
    assertThat(spec.products()).hasSize(2);
    assertThat(messages(spec)).isEmpty();
    assertThatThrownBy(() -> spec.products().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nodeSpec_distributionCentreWithMachinesOrProducerWithStock_throws() {
    assertThatThrownBy(() -> NodeSpec.distributionCentre("dc-c", LYON, 0, "plant-a", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs stock and replenishFrom");
    assertThatThrownBy(() -> producer("plant-a", NodeKind.PLANT, FRANKFURT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs at least one machine");
  }
}
