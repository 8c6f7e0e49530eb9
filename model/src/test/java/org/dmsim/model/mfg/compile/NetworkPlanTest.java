package org.dmsim.model.mfg.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dmsim.model.mfg.spec.MfgSpecs.FRANKFURT;
import static org.dmsim.model.mfg.spec.MfgSpecs.MILAN;
import static org.dmsim.model.mfg.spec.MfgSpecs.PARIS;
import static org.dmsim.model.mfg.spec.MfgSpecs.producer;
import static org.dmsim.model.mfg.spec.MfgSpecs.region;

import java.util.List;
import org.dmsim.model.entity.ChildPlan;
import org.dmsim.model.entity.NodePlan;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.entity.Workstation;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.MfgSpecs;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.StockRule;
import org.junit.jupiter.api.Test;

class NetworkPlanTest {

  @Test
  void of_baseScenario_oneNodePerPartAndOneChildPerMachine() {
    ManufacturingSpec spec = MfgSpecs.valid().build();
    SimulationPlan plan = spec.plan();
    assertThat(plan.name()).isEqualTo("test");
    assertThat(plan.endMs()).isEqualTo(spec.horizonMs());
    assertThat(plan.lookaheadMs()).isEqualTo(new Network(spec).lookaheadMs());
    assertThat(plan.nodes()).extracting(n -> n.id().name())
        .containsExactly("dc-c", "mf-b", "plant-a", ManufacturingSpec.PLATFORM, "region-p", "sup-d");
    assertThat(children(plan, "plant-a")).containsExactly("plant-a/m1", "plant-a/m2", "plant-a/m3");
    assertThat(children(plan, "mf-b")).containsExactly("mf-b/m1");
    assertThat(children(plan, "dc-c")).isEmpty();
    assertThat(plan.staticEntityCount()).isEqualTo(6 + 4);
  }

  @Test
  void of_tenMachines_namesThemWithTwoDigits() {
    NodeSpec big = producer("plant-a", NodeKind.PLANT, FRANKFURT, new MachineGroup("cnc", 9),
        new MachineGroup("printer", 1));
    NodeSpec micro = producer("mf-b", NodeKind.MICROFACTORY, MILAN, new MachineGroup("cnc", 1));
    NodeSpec dc = NodeSpec.distributionCentre("dc-c", PARIS, 0, "plant-a", List.of(StockRule.sS("kit", 5, 20, 20)));
    SimulationPlan plan = MfgSpecs.valid().nodes(big, micro, dc).build().plan();
    assertThat(children(plan, "plant-a")).containsExactly("plant-a/m01", "plant-a/m02", "plant-a/m03",
        "plant-a/m04", "plant-a/m05", "plant-a/m06", "plant-a/m07", "plant-a/m08", "plant-a/m09", "plant-a/m10");
  }

  @Test
  void of_everyFactory_createsItsEntity() {
    SimulationPlan plan = MfgSpecs.valid().regions(region("region-p", PARIS, "widget", "kit"),
        region("region-m", MILAN, "widget")).build().plan();
    for (NodePlan node : plan.nodes()) {
      assertThat(node.factory().create(plan.directory())).as(node.id().name()).isNotNull();
      for (ChildPlan child : node.children()) {
        assertThat(child.factory().create(plan.directory())).as(child.id().name()).isInstanceOf(Workstation.class);
      }
    }
  }

  @Test
  void of_inconsistentSpec_throws() {
    ManufacturingSpec broken = MfgSpecs.valid().regions(region("region-p", PARIS, "gizmo")).build();
    assertThatThrownBy(broken::plan).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown product gizmo");
  }

  private static List<String> children(SimulationPlan plan, String node) {
    return plan.nodes().stream().filter(n -> n.id().name().equals(node)).findFirst().orElseThrow()
        .children().stream().map(c -> c.id().name()).toList();
  }
}
