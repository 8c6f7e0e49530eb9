package org.dmsim.model.mfg.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.MfgSpecs;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.StockRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A disruption's target as a table shows it: {@code @largest} resolved in each network design. */
class DisruptionTargetTest {
  private static final ManufacturingSpec CENTRAL = MfgSpecs.valid().build();
  private static final ManufacturingSpec DISTRIBUTED = MfgSpecs.valid().nodes(
      MfgSpecs.producer("mf-x", NodeKind.MICROFACTORY, MfgSpecs.MILAN, new MachineGroup("cnc", 2)),
      MfgSpecs.producer("mf-a", NodeKind.MICROFACTORY, MfgSpecs.LYON, new MachineGroup("cnc", 1),
          new MachineGroup("printer", 1)),
      NodeSpec.distributionCentre("dc-c", MfgSpecs.PARIS, 0, "mf-x", List.of(StockRule.sS("kit", 5, 20, 20)))).build();

  @Test
  void targetIn_largest_isTheProducerWithTheMostMachinesOfEachNetwork() {
    Disruption outage = new Disruption.NodeOutage(Disruption.LARGEST, 0, 10);
    assertThat(outage.target()).isEqualTo("@largest");
    assertThat(outage.targetIn(CENTRAL)).isEqualTo("plant-a");
    assertThat(outage.targetIn(DISTRIBUTED)).as("a tie of 2 machines goes to the first by id").isEqualTo("mf-a");
    assertThat(new Disruption.CapacityLoss(Disruption.LARGEST, 0.5, 0, 10).targetIn(CENTRAL)).isEqualTo("plant-a");
  }

  @Test
  void targetIn_namedOrEveryOrNotANode_staysAsWritten() {
    assertThat(new Disruption.NodeOutage("mf-b", 0, 10).targetIn(CENTRAL)).isEqualTo("mf-b");
    assertThat(new Disruption.CapacityLoss("*", 0.3, 0, 10).targetIn(CENTRAL)).isEqualTo("*");
    assertThat(new Disruption.RegionalDisaster("flood", new GeoPoint(50, 8), 100, 0, 10).targetIn(CENTRAL))
        .isEqualTo("flood");
  }

  @Test
  void targetIn_largestWithoutAProducer_saysNone() {
    ManufacturingSpec onlyDc = MfgSpecs.valid().nodes(NodeSpec.distributionCentre("dc-c", MfgSpecs.PARIS, 0,
        "dc-d", List.of(StockRule.sS("kit", 5, 20, 20)))).build();
    assertThat(new Disruption.NodeOutage(Disruption.LARGEST, 0, 10).targetIn(onlyDc)).isEqualTo("(none)");
  }
}
