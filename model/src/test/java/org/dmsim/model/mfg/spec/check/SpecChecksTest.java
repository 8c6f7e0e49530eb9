package org.dmsim.model.mfg.spec.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dmsim.model.mfg.spec.MfgSpecs.FRANKFURT;
import static org.dmsim.model.mfg.spec.MfgSpecs.LYON;
import static org.dmsim.model.mfg.spec.MfgSpecs.PARIS;
import static org.dmsim.model.mfg.spec.MfgSpecs.kit;
import static org.dmsim.model.mfg.spec.MfgSpecs.producer;
import static org.dmsim.model.mfg.spec.MfgSpecs.product;
import static org.dmsim.model.mfg.spec.MfgSpecs.region;
import static org.dmsim.model.mfg.spec.MfgSpecs.widget;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.MfgSpecs;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.SourcingRule;
import org.dmsim.model.mfg.spec.StockRule;
import org.dmsim.model.mfg.spec.SwitchBack;
import org.junit.jupiter.api.Test;

class SpecChecksTest {
  private static final NodeSpec PLANT = producer("plant-a", NodeKind.PLANT, FRANKFURT,
      new MachineGroup("cnc", 2), new MachineGroup("printer", 1));
  private static final NodeSpec CNC_PLANT = producer("plant-a", NodeKind.PLANT, FRANKFURT, new MachineGroup("cnc", 1));

  private static NodeSpec dc(String from, StockRule... stock) {
    return NodeSpec.distributionCentre("dc-c", LYON, 0, from, List.of(stock));
  }

  @Test
  void of_manyProblems_giveFieldPathsCodesAndArguments() {
    ManufacturingSpec spec = MfgSpecs.valid()
        .products(widget(), kit(), widget(), product("panel", false, ProcessType.INJECTION_MOULDING))
        .nodes(CNC_PLANT, dc("plant-a", StockRule.sS("kit", 5, 20, 20), StockRule.sS("panel", 1, 2, 0)))
        .regions(region("region-p", PARIS, "widget", "kit", "gizmo", "panel"))
        .build()
        .withDisruptions(List.of(new Disruption.NodeOutage("mf-x", 0, 10), new Disruption.StockDestroyed("plant-a", 0.5,
            0)));
    assertThat(spec.problems()).extracting(SpecProblem::path, SpecProblem::code).map(t -> t.toList()).containsExactly(
        List.of("products[2].id", ProblemCode.DUPLICATE_ID),
        List.of("regions[region-p].demand[2].product", ProblemCode.UNKNOWN_PRODUCT),
        List.of("nodes[dc-c].stock[0].product", ProblemCode.CANNOT_MAKE),
        List.of("nodes[dc-c].stock[1].product", ProblemCode.CANNOT_MAKE),
        List.of("nodes[dc-c].stock[1].product", ProblemCode.MAKE_TO_ORDER_STOCKED),
        List.of("products[panel].routing", ProblemCode.NOT_MADE),
        List.of("disruptions[0].node", ProblemCode.UNKNOWN_TARGET),
        List.of("disruptions[1].node", ProblemCode.WRONG_TARGET_KIND));
    assertThat(spec.problems().get(2).arguments()).containsExactly("dc-c", "plant-a", "kit");
    assertThat(spec.problems().get(6).message()).isEqualTo("disruption 1 (node-outage): unknown node mf-x");
    assertThat(spec.problems().get(7).message())
        .isEqualTo("disruption 2 (stock-destroyed): plant-a is not a distribution centre");
  }

  @Test
  void of_sourcingWithUnknownOrNonOfferingSuppliers_isReportedAtThem() {
    NodeSpec plant = PLANT.withSourcing(List.of(
        new SourcingRule(Optional.of("bolt"), "sup-x", "sup-e", 0, SwitchBack.ON_RECOVERY, 0, Optional.empty()),
        new SourcingRule(Optional.empty(), "sup-d", "sup-e", 0, SwitchBack.NEVER, 0, Optional.of(0.5))));
    ManufacturingSpec spec = MfgSpecs.valid().nodes(plant, dc("plant-a", StockRule.sS("kit", 5, 20, 20)))
        .suppliers(MfgSpecs.supplier("sup-d", MfgSpecs.DORTMUND, "bolt", "nut"), MfgSpecs.supplier("sup-e", LYON, "nut"))
        .build();

    assertThat(spec.problems()).extracting(SpecProblem::toString).containsExactly(
        "nodes[plant-a].sourcing[0].primary: node plant-a: sourcing: unknown supplier sup-x",
        "nodes[plant-a].sourcing[0].backup: node plant-a: sourcing: supplier sup-e does not offer component bolt",
        "nodes[plant-a].sourcing[1].backup: node plant-a: sourcing: supplier sup-e does not offer component bolt");
  }

  @Test
  void of_sourcingWhoseSuppliersOfferTheComponents_isFine() {
    NodeSpec plant = PLANT.withSourcing(List.of(SourcingRule.backup(Optional.empty(), "sup-d", "sup-e", 3_600_000)));
    ManufacturingSpec spec = MfgSpecs.valid().nodes(plant, dc("plant-a", StockRule.sS("kit", 5, 20, 20)))
        .suppliers(MfgSpecs.supplier("sup-d", MfgSpecs.DORTMUND, "bolt"), MfgSpecs.supplier("sup-e", LYON, "bolt"))
        .build();

    assertThat(spec.problems()).isEmpty();
  }

  @Test
  void of_sourceWithAnUnknownMachineType_doesNotAlsoSayItCannotMake() {
    NodeSpec lathePlant = producer("plant-a", NodeKind.PLANT, FRANKFURT, new MachineGroup("lathe", 1));
    ManufacturingSpec spec = MfgSpecs.valid().nodes(lathePlant, dc("plant-a", StockRule.sS("kit", 5, 20, 20))).build();
    assertThat(spec.problems()).extracting(SpecProblem::path, SpecProblem::code).map(t -> t.toList())
        .containsExactly(List.of("nodes[plant-a].machines[0].type", ProblemCode.UNKNOWN_MACHINE_TYPE));
  }

  @Test
  void of_onlySomeSectionsRead_runsOnlyTheChecksOfThose() {
    ManufacturingSpec spec = MfgSpecs.valid().nodes(CNC_PLANT, dc("plant-a", StockRule.sS("kit", 5, 20, 20)))
        .regions(region("region-p", PARIS, "gizmo")).build();
    EnumSet<SpecSection> noRegions = EnumSet.of(SpecSection.PRODUCTS, SpecSection.MACHINE_TYPES, SpecSection.NODES);
    assertThat(SpecChecks.of(spec, noRegions)).extracting(SpecProblem::code).containsExactly(ProblemCode.CANNOT_MAKE);
    assertThat(SpecChecks.of(spec)).extracting(SpecProblem::code)
        .containsExactly(ProblemCode.UNKNOWN_PRODUCT, ProblemCode.CANNOT_MAKE);
  }

  @Test
  void entry_idOfDigits_isSelectedByIndex() {
    assertThat(SpecIndex.entry("nodes", "42", 3)).isEqualTo("nodes[3]");
    assertThat(SpecIndex.entry("nodes", "mf-4", 3)).isEqualTo("nodes[mf-4]");
  }

  @Test
  void new_wrongNumberOfArguments_isRefused() {
    assertThatThrownBy(() -> SpecProblem.of("products", ProblemCode.CANNOT_MAKE, "a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes 3 arguments");
    assertThat(ProblemCode.NO_PRODUCTS.arity()).isZero();
  }
}
