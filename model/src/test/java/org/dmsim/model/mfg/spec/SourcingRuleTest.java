package org.dmsim.model.mfg.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourcingRuleTest {
  private static SourcingRule rule(String component, Optional<Double> split) {
    return new SourcingRule(Optional.ofNullable(component), "sup-a", "sup-b", 0, SwitchBack.ON_RECOVERY, 0, split);
  }

  @Test
  void new_splitOutsideZeroToOne_isAnError() {
    assertThatThrownBy(() -> rule("bar", Optional.of(1.0))).hasMessageContaining("split must be above 0 and below 1");
    assertThatThrownBy(() -> rule("bar", Optional.of(0.0))).hasMessageContaining("split must be above 0 and below 1");
    assertThat(rule("bar", Optional.of(0.7)).split()).contains(0.7);
  }

  @Test
  void new_backupIsThePrimary_isAnError() {
    assertThatThrownBy(() -> SourcingRule.backup(Optional.empty(), "sup-a", "sup-a", 0))
        .hasMessageContaining("the backup must not be the primary");
  }

  @Test
  void nodeSpec_sourcingAtADistributionCentre_orTwiceForOneComponent_isAnError() {
    NodeSpec dc = NodeSpec.distributionCentre("dc", MfgSpecs.LYON, 0, "plant", List.of(StockRule.sS("kit", 1, 5, 5)));
    assertThatThrownBy(() -> dc.withSourcing(List.of(rule("bar", Optional.empty()))))
        .hasMessageContaining("only a plant or microfactory buys components");
    NodeSpec plant = MfgSpecs.producer("plant", NodeKind.PLANT, MfgSpecs.LYON, new MachineGroup("cnc", 1));
    assertThatThrownBy(() -> plant.withSourcing(List.of(rule("bar", Optional.empty()), rule("bar", Optional.empty()))))
        .hasMessageContaining("two sourcing rules for bar");
    assertThat(plant.sourcing()).isEmpty();
    assertThat(plant.withSourcing(List.of(rule("bar", Optional.empty()), rule(null, Optional.empty()))).sourcing())
        .hasSize(2);
  }
}
