package org.dmsim.model.mfg.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmsim.model.mfg.spec.MfgSpecs.DORTMUND;
import static org.dmsim.model.mfg.spec.MfgSpecs.kit;
import static org.dmsim.model.mfg.spec.MfgSpecs.supplier;

import java.util.List;
import org.dmsim.model.mfg.entity.MfgMessage;
import org.dmsim.model.mfg.spec.Component;
import org.dmsim.model.mfg.spec.MachineType;
import org.dmsim.model.mfg.spec.MfgSpecs;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.Product;
import org.junit.jupiter.api.Test;

/** A compiled network is shared by every run and thread: nothing it hands out can change it. */
class NetworkSharingTest {
  private static Network network() {
    Product widget = new Product("widget", 2.0, 50, false, 1,
        List.of(new Component("nut", 4), new Component("bolt", 2)), List.of(MfgSpecs.step(ProcessType.CNC)));
    return new Network(MfgSpecs.valid().products(widget, kit()).suppliers(supplier("sup-d", DORTMUND, "nut", "bolt"))
        .build());
  }

  @Test
  void arrays_handedOut_areCopies() {
    Network n = network();
    int widget = n.productIndex("widget");
    int plant = n.siteIndex("plant-a");
    String before = RunFingerprint.of(n, NetworkPlan.of(n), 1, 0);
    int[] ranking = n.ranking(0, widget);
    double[] scores = n.rankingScores(0, widget);
    int[] components = n.bomComponents(widget);
    int[] quantities = n.bomQuantities(widget);
    MachineType[] machines = n.machinesOf(plant);
    ranking[0] = -7;
    scores[0] = -7;
    components[0] = -7;
    quantities[0] = -7;
    machines[0] = null;
    assertThat(n.rankedSite(0, widget, 0)).isNotEqualTo(-7).isEqualTo(n.ranking(0, widget)[0]);
    assertThat(n.rankingScore(0, widget, 0)).isNotEqualTo(-7);
    assertThat(n.bomComponent(widget, 0)).isEqualTo(1);
    assertThat(n.bomQuantity(widget, 0)).isEqualTo(4);
    assertThat(n.machineOf(plant, 0)).isNotNull();
    assertThat(RunFingerprint.of(n, NetworkPlan.of(n), 1, 0)).isEqualTo(before);
  }

  @Test
  void indexAccessors_agreeWithTheCopies() {
    Network n = network();
    for (int p = 0; p < n.spec().products().size(); p++) {
      assertThat(n.bomSize(p)).isEqualTo(n.bomComponents(p).length);
      for (int r = 0; r < n.spec().regions().size(); r++) {
        int[] ranked = n.ranking(r, p);
        assertThat(n.rankingSize(r, p)).isEqualTo(ranked.length);
        for (int k = 0; k < ranked.length; k++) {
          assertThat(n.rankedSite(r, p, k)).isEqualTo(ranked[k]);
          assertThat(n.rankingScore(r, p, k)).isEqualTo(n.rankingScores(r, p)[k]);
        }
      }
    }
    for (int s = 0; s < n.spec().nodes().size(); s++) {
      assertThat(n.machineCount(s)).isEqualTo(n.machinesOf(s).length);
    }
  }

  @Test
  void statusMessage_keepsItsOwnStock() {
    int[] stock = {3, 4};
    MfgMessage.Status status = new MfgMessage.Status(0, 0, 0, stock);
    stock[0] = 99;
    status.stock()[1] = 99;
    assertThat(status.stock()).containsExactly(3, 4);
    assertThat(status).isEqualTo(new MfgMessage.Status(0, 0, 0, new int[] {3, 4}));
  }

  @Test
  void fingerprint_sameSpecCompiledTwice_isEqual_andAnotherSeedIsNot() {
    Network a = network();
    Network b = network();
    assertThat(RunFingerprint.of(a, NetworkPlan.of(a), 5, 1)).isEqualTo(RunFingerprint.of(b, NetworkPlan.of(b), 5, 1))
        .hasSize(64);
    assertThat(RunFingerprint.of(a, NetworkPlan.of(a), 6, 1)).isNotEqualTo(RunFingerprint.of(a, NetworkPlan.of(a), 5, 1));
  }
}
