package org.dmsim.model.mfg.spec.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.policy.Discipline;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.mfg.spec.Echelon;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.MfgSpecs;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.ShiftCalendar;
import org.dmsim.model.mfg.spec.StockCosts;
import org.dmsim.model.mfg.spec.StockRule;
import org.dmsim.model.mfg.spec.StockStart;
import org.junit.jupiter.api.Test;

/** The checks of stock chains: a centre refilled by a centre, loops, stocked products, costs and backlogs. */
class ChainCheckTest {
  private static final GeoPoint HERE = new GeoPoint(50, 8);

  @Test
  void centreRefilledByACentreThatStocksTheProduct_noProblem() {
    assertThat(problems(centre("dc-a", "plant-a", rule(StockStart.NONE, StockCosts.NONE), Echelon.NONE),
        centre("dc-b", "dc-a", rule(StockStart.NONE, StockCosts.NONE), Echelon.NONE))).isEmpty();
  }

  @Test
  void centresRefillingEachOther_aLoopAtEachOfThem() {
    List<SpecProblem> found = problems(centre("dc-a", "dc-b", rule(StockStart.NONE, StockCosts.NONE), Echelon.NONE),
        centre("dc-b", "dc-a", rule(StockStart.NONE, StockCosts.NONE), Echelon.NONE));
    assertThat(found).extracting(SpecProblem::code).containsExactly(ProblemCode.REPLENISHMENT_LOOP,
        ProblemCode.REPLENISHMENT_LOOP);
    assertThat(found.get(0).message()).isEqualTo("node dc-a: replenishFrom goes round in a loop: dc-a -> dc-b -> dc-a");
  }

  @Test
  void centreRefillingItself_notASource() {
    assertThat(problems(centre("dc-a", "dc-a", rule(StockStart.NONE, StockCosts.NONE), Echelon.NONE)))
        .extracting(SpecProblem::code).containsExactly(ProblemCode.NOT_A_SOURCE);
  }

  @Test
  void sourceCentreWithoutTheProduct_isAProblemAtTheStockRule() {
    NodeSpec other = new NodeSpec("dc-a", NodeKind.DISTRIBUTION_CENTRE, HERE, List.of(), Discipline.FIFO, Map.of(),
        0, 1, ShiftCalendar.ALWAYS, Optional.empty(), Optional.of("plant-a"),
        List.of(StockRule.baseStock("gear", 5, 5)));
    List<SpecProblem> found = problems(other, centre("dc-b", "dc-a", rule(StockStart.NONE, StockCosts.NONE),
        Echelon.NONE));
    assertThat(found).extracting(SpecProblem::code).contains(ProblemCode.SOURCE_DOES_NOT_STOCK);
    assertThat(found).filteredOn(p -> p.code() == ProblemCode.SOURCE_DOES_NOT_STOCK).first()
        .extracting(SpecProblem::path).isEqualTo("nodes[dc-b].stock[0].product");
  }

  @Test
  void costsWithoutAPeriod_isAProblem_withAPeriodNot() {
    StockRule costly = rule(StockStart.NONE, new StockCosts(0.5, 1));
    assertThat(problems(centre("dc-a", "plant-a", costly, Echelon.NONE))).extracting(SpecProblem::code)
        .containsExactly(ProblemCode.COSTS_WITHOUT_PERIOD);
    assertThat(problems(centre("dc-a", "plant-a", costly, new Echelon(Optional.empty(), Optional.empty(),
        Optional.of(7 * 86_400_000L))))).isEmpty();
  }

  @Test
  void initialBacklog_needsExactlyOneCentreToOweItTo() {
    StockRule owing = rule(new StockStart(List.of(), List.of(), 4), StockCosts.NONE);
    assertThat(problems(centre("dc-a", "plant-a", owing, Echelon.NONE))).extracting(SpecProblem::code)
        .containsExactly(ProblemCode.BACKLOG_WITHOUT_ONE_CUSTOMER);
    assertThat(problems(centre("dc-a", "plant-a", owing, Echelon.NONE),
        centre("dc-b", "dc-a", rule(StockStart.NONE, StockCosts.NONE), Echelon.NONE))).isEmpty();
  }

  private static StockRule rule(StockStart start, StockCosts costs) {
    return new StockRule("kit", RuleRef.of("base-stock", Map.of("level", "8")), 8, start, costs, false);
  }

  private static NodeSpec centre(String id, String from, StockRule rule, Echelon echelon) {
    return new NodeSpec(id, NodeKind.DISTRIBUTION_CENTRE, HERE, List.of(), Discipline.FIFO.rule(), Map.of(), 0, 1,
        ShiftCalendar.ALWAYS, Optional.empty(), Optional.of(from), List.of(rule), echelon);
  }

  private static List<SpecProblem> problems(NodeSpec... centres) {
    List<NodeSpec> nodes = new java.util.ArrayList<>();
    nodes.add(MfgSpecs.producer("plant-a", NodeKind.PLANT, MfgSpecs.FRANKFURT, new MachineGroup("cnc", 2),
        new MachineGroup("printer", 1)));
    nodes.addAll(List.of(centres));
    ManufacturingSpec spec = MfgSpecs.valid().nodes(nodes.toArray(NodeSpec[]::new)).build();
    return SpecChecks.of(spec).stream()
        .filter(p -> p.code() != ProblemCode.NOT_STOCKED).toList();
  }
}
