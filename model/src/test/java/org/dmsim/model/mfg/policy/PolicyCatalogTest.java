package org.dmsim.model.mfg.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.dmsim.model.mfg.spec.Names;
import org.junit.jupiter.api.Test;

class PolicyCatalogTest {
  private final PolicyCatalog catalog = PolicyCatalog.installed();

  @Test
  void installed_listsEveryBuiltInAndThePlugInByName() {
    assertThat(catalog.allocationRules().keySet()).containsExactly("centralized", "cheapest-landed", "farthest-first",
        "least-loaded", "nearest");
    for (AllocationPolicy p : AllocationPolicy.values()) {
      assertThat(catalog.allocationFactory(Names.of(p))).as(p.name()).isPresent();
    }
  }

  @Test
  void allocation_freshInstanceEveryTime() {
    assertThat(catalog.allocation(RuleRef.of("nearest"))).isNotSameAs(catalog.allocation(RuleRef.of("nearest")));
  }

  @Test
  void allocation_unknownName_namesTheInstalledRules() {
    assertThatThrownBy(() -> catalog.allocation(RuleRef.of("nearst")))
        .isInstanceOfSatisfying(UnknownRuleException.class, e -> {
          assertThat(e.name()).isEqualTo("nearst");
          assertThat(e.installed()).contains("nearest", "least-loaded");
        });
  }

  @Test
  void allocation_parameterOutOfRangeOrUnknown_namesTheParameter() {
    assertThatThrownBy(() -> catalog.allocation(RuleRef.of("farthest-first", Map.of("minKm", "-5"))))
        .isInstanceOfSatisfying(RuleParameterException.class, e -> {
          assertThat(e.parameter()).isEqualTo("minKm");
          assertThat(e.getMessage()).isEqualTo("minKm: expected a number from 0 to 20000, found \"-5\"");
        });
    assertThatThrownBy(() -> catalog.allocation(RuleRef.of("farthest-first", Map.of("minkm", "5"))))
        .isInstanceOfSatisfying(RuleParameterException.class, e -> assertThat(e.getMessage())
            .isEqualTo("minkm: expected one of: minKm (the parameters of rule farthest-first), found unknown "
                + "parameter \"minkm\""));
    assertThatThrownBy(() -> catalog.allocation(RuleRef.of("nearest", Map.of("k", "1"))))
        .isInstanceOfSatisfying(RuleParameterException.class, e -> assertThat(e.expected())
            .isEqualTo("no parameters for rule nearest"));
  }

  @Test
  void ruleRef_badName_isRejected() {
    assertThatThrownBy(() -> RuleRef.of("Nearest")).isInstanceOf(IllegalArgumentException.class);
    assertThat(RuleRef.of("a", Map.of("z", "1", "b", "2")).params().keySet()).containsExactly("b", "z");
  }
}
