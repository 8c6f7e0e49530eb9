package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dmsim.scenarios.yaml.ScenarioFieldsTest.MINIMAL;
import static org.dmsim.scenarios.yaml.ScenarioFieldsTest.edit;

import java.util.List;
import java.util.Optional;
import org.dmsim.model.mfg.spec.SourcingRule;
import org.dmsim.model.mfg.spec.SwitchBack;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;

/**
 * A producing node's {@code sourcing} as a scenario writes it: read into its rules, and each planted
 * mistake reported at its field as {@code file:line:col: field: expected ..., found ...}.
 */
class SourcingFieldsTest {
  private static final String SOURCE = "t.yaml";
  private static final String SUPPLIERS = """
      suppliers:
        - id: steel-a
          location: {lat: 0, lon: 1}
          components: [bar]
          leadTime: 1d
          capacityPerDay: 100
        - id: steel-b
          location: {lat: 1, lon: 0}
          components: [bar, bolt]
          leadTime: 2d
          capacityPerDay: 100
      regions:
      """;

  /** MINIMAL with two suppliers and {@code rules} (lines of a YAML list, at the plant's field indent) as the plant's sourcing. */
  private static String withSourcing(String rules) {
    return edit(MINIMAL, "regions:\n", SUPPLIERS, "        count: 1\n", "        count: 1\n    sourcing:\n" + rules);
  }

  private static List<String> problems(String yaml) {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(yaml, SOURCE), ScenarioException.class);
    assertThat(e).as("a problem for:%n%s", yaml).isNotNull();
    return e.problems().stream().map(Problem::format).toList();
  }

  @Test
  void sourcing_everyField_isRead() throws ScenarioException {
    String yaml = withSourcing("""
              - {component: bar, primary: steel-a, backup: steel-b, switchOver: 2d, switchBack: never,
                 switchBackDelay: 6h, split: 0.7}
              - {primary: steel-a, backup: steel-b}
        """);

    List<SourcingRule> rules = ScenarioLoader.parse(yaml, SOURCE).network().nodes().get(0).sourcing();

    assertThat(rules).containsExactly(
        new SourcingRule(Optional.of("bar"), "steel-a", "steel-b", 2 * SimTime.DAY_MS, SwitchBack.NEVER,
            6 * SimTime.HOUR_MS, Optional.of(0.7)),
        new SourcingRule(Optional.empty(), "steel-a", "steel-b", 0, SwitchBack.ON_RECOVERY, 0, Optional.empty()));
  }

  @Test
  void sourcing_withoutTheBlock_isEmpty() throws ScenarioException {
    assertThat(ScenarioLoader.parse(MINIMAL, SOURCE).network().nodes().get(0).sourcing()).isEmpty();
  }

  @Test
  void sourcing_unknownSupplier_isReportedAtIt() {
    assertThat(problems(withSourcing("      - {component: bar, primary: steel-x, backup: steel-b}\n")))
        .containsExactly("t.yaml:40:26: nodes[0].sourcing[0].primary: expected the id of a supplier declared in suppliers, "
            + "found \"steel-x\"");
  }

  @Test
  void sourcing_supplierThatDoesNotOfferTheComponent_isReportedAtIt() {
    assertThat(problems(withSourcing("      - {component: bolt, primary: steel-b, backup: steel-a}\n")))
        .containsExactly("t.yaml:40:45: nodes[0].sourcing[0].backup: expected a supplier that supplies bolt (it lists it "
            + "in its components), found \"steel-a\", which does not supply bolt");
    assertThat(problems(withSourcing("      - {primary: steel-b, backup: steel-a}\n")))
        .containsExactly("t.yaml:40:28: nodes[0].sourcing[0].backup: expected a supplier that supplies bolt (it lists it "
            + "in its components), found \"steel-a\", which does not supply bolt");
  }

  @Test
  void sourcing_splitOutsideZeroToOne_isReportedWithTheRange() {
    assertThat(problems(withSourcing("      - {component: bar, primary: steel-a, backup: steel-b, split: 1}\n")))
        .containsExactly("t.yaml:40:61: nodes[0].sourcing[0].split: expected a share for the primary, a number above 0 "
            + "and below 1 (e.g. 0.7), found \"1\"");
    assertThat(problems(withSourcing("      - {component: bar, primary: steel-a, backup: steel-b, split: 0}\n")))
        .containsExactly("t.yaml:40:61: nodes[0].sourcing[0].split: expected a share for the primary, a number above 0 "
            + "and below 1 (e.g. 0.7), found \"0\"");
  }

  @Test
  void sourcing_otherPlantedMistakes_areReportedAtTheirFields() {
    assertThat(problems(withSourcing("      - {component: bar, primary: steel-a, backup: steel-a}\n")))
        .containsExactly("t.yaml:40:44: nodes[0].sourcing[0].backup: expected a backup supplier other than the primary, "
            + "found \"steel-a\", the primary too");
    assertThat(problems(withSourcing("      - {component: bar, primary: steel-a, backup: steel-b, switchBack: later}\n")))
        .containsExactly("t.yaml:40:61: nodes[0].sourcing[0].switchBack: expected one of: on-recovery, never, "
            + "found \"later\"");
    assertThat(problems(withSourcing("      - {component: bar, primary: steel-a, backup: steel-b, switchOver: 2}\n")))
        .containsExactly("t.yaml:40:61: nodes[0].sourcing[0].switchOver: expected a duration: a number and a unit of ms, "
            + "s, min, h, d or w (e.g. 90s, 15min, 4h, 3d), found \"2\" (a number without a unit)");
    assertThat(problems(withSourcing("      - {component: bar, primary: steel-a, backup: steel-b}\n"
        + "      - {component: bar, primary: steel-b, backup: steel-a}\n"))).containsExactly("t.yaml:41:10: "
        + "nodes[0].sourcing[1].component: expected each component once per node's sourcing, found \"bar\" again, "
        + "first at line 40");
    assertThat(problems(edit(MINIMAL, "    replenishFrom: plant\n",
        "    replenishFrom: plant\n    sourcing: []\n"))).singleElement().asString()
        .startsWith("t.yaml:43:5: nodes[1].sourcing: expected one of: id, kind, location,")
        .endsWith("found unknown field \"sourcing\", a field of plants and microfactories only");
  }
}
