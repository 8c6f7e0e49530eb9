package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.dmsim.scenarios.yaml.ScenarioFieldsTest.MINIMAL;
import static org.dmsim.scenarios.yaml.ScenarioFieldsTest.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.StockRule;
import org.junit.jupiter.api.Test;

/**
 * The replenishment rule of a stock line ({@code policy}) and the demand generator of a demand line
 * ({@code generator}) in the rule form {@code {rule: NAME, params: {...}}}, beside the flat syntax.
 */
class PolicyFieldsTest {
  private static final String SOURCE = "t.yaml";

  @Test
  void stockPolicy_ruleForm_readsTheSameRuleAsTheFlatFields() throws ScenarioException {
    String yaml = edit(MINIMAL,
        "{product: part-a, policy: s-S, reorderPoint: 5, orderUpTo: 20}",
        "{product: part-a, policy: {rule: s-s, params: {reorderPoint: 5, orderUpTo: 20}}}",
        "{product: part-c, policy: base-stock, level: 7}",
        "{product: part-c, policy: {rule: base-stock, params: {level: 7}}, initial: 2}");

    ManufacturingSpec m = ScenarioLoader.parse(yaml, SOURCE).network();

    assertThat(m.nodes().get(1).stock()).containsExactly(
        StockRule.sS("part-a", 5, 20, 20),
        StockRule.rQ("part-b", 5, 10, 15),
        StockRule.baseStock("part-c", 7, 2));
  }

  @Test
  void generator_defaultsToPoisson_andTakesTheRuleForm() throws ScenarioException {
    String yaml = edit(MINIMAL, "ordersPerDay: 1\n", "ordersPerDay: 1\n        generator: {rule: poisson}\n");

    ManufacturingSpec m = ScenarioLoader.parse(yaml, SOURCE).network();

    assertThat(m.regions().get(0).demand()).extracting(DemandSpec::generator)
        .containsExactly(DemandSpec.POISSON, RuleRef.of("poisson"));
  }

  @Test
  void generator_unknownName_listsTheInstalledAndSuggestsTheClosest() {
    String yaml = edit(MINIMAL, "ordersPerDay: 1\n", "ordersPerDay: 1\n        generator: poison\n");

    assertThat(messages(yaml)).singleElement().asString().endsWith("regions[0].demand[1].generator: expected one of: "
        + "per-period, poisson, renewal, replay, found \"poison\"; did you mean 'poisson'?");
  }

  @Test
  void stockPolicy_unknownRuleName_suggestsTheClosest() {
    String yaml = edit(MINIMAL, "{product: part-c, policy: base-stock, level: 7}",
        "{product: part-c, policy: {rule: base-stok, params: {level: 7}}}");

    assertThat(messages(yaml)).singleElement().asString()
        .contains("stock[2].policy.rule: expected one of: anchor-and-adjust, base-stock, forecast-order-up-to, r-q, r-s, r-s-s, s-s, scripted-orders")
        .endsWith("found \"base-stok\"; did you mean 'base-stock'?");
  }

  @Test
  void stockPolicy_badParameter_isReportedAtThatParameter() {
    String yaml = edit(MINIMAL, "{product: part-a, policy: s-S, reorderPoint: 5, orderUpTo: 20}",
        "{product: part-a, policy: {rule: s-s, params: {reorderPoint: 5, orderUpTo: 3}}}");

    assertThat(messages(yaml)).singleElement().asString()
        .contains("stock[0].policy.params.orderUpTo: expected an integer greater than reorderPoint (5), up to "
            + "1000000000, found \"3\"");
  }

  @Test
  void stockPolicy_unknownParameter_namesTheRulesParameters() {
    String yaml = edit(MINIMAL, "{product: part-c, policy: base-stock, level: 7}",
        "{product: part-c, policy: {rule: base-stock, params: {level: 7, lvl: 2}}}");

    assertThat(messages(yaml)).singleElement().asString()
        .contains("stock[2].policy.params.lvl: expected one of: level (the parameters of rule base-stock), "
            + "found unknown parameter \"lvl\"");
  }

  @Test
  void stockPolicy_periodicRule_readsItsDurationAndDefaultsInitialToS() throws ScenarioException {
    String yaml = edit(MINIMAL, "{product: part-c, policy: base-stock, level: 7}",
        "{product: part-c, policy: {rule: r-s, params: {period: 1w, orderUpTo: 40}}}");

    ManufacturingSpec m = ScenarioLoader.parse(yaml, SOURCE).network();

    assertThat(m.nodes().get(1).stock().get(2)).isEqualTo(new StockRule("part-c",
        RuleRef.of("r-s", java.util.Map.of("period", "1w", "orderUpTo", "40")), 40));
  }

  @Test
  void stockPolicy_periodicRuleWithABadPeriod_isReportedAtFileLineColumn() {
    String yaml = edit(MINIMAL, "{product: part-c, policy: base-stock, level: 7}",
        "{product: part-c, policy: {rule: r-s, params: {period: 7days, orderUpTo: 40}}}");

    assertThat(messages(yaml)).singleElement().asString()
        .matches("t\\.yaml:\\d+:\\d+: .*stock\\[2\\]\\.policy\\.params\\.period: expected a duration from 1min to 365d "
            + "\\(a number and a unit of ms, s, min, h, d or w\\), found \"7days\"");
  }

  @Test
  void stockPolicy_forecastRuleWithBothSafetyTerms_isAnError() {
    String yaml = edit(MINIMAL, "{product: part-c, policy: base-stock, level: 7}",
        "{product: part-c, policy: {rule: forecast-order-up-to, params: {period: 1d, periods: 4, safetyFactor: 1.65, "
            + "safetyStock: 5}}}");

    assertThat(messages(yaml)).singleElement().asString()
        .contains("stock[2].policy.params.safetyStock: expected safetyFactor or safetyStock, not both, "
            + "found both (safetyFactor 1.65)");
  }

  /** The worked example of periodic rules in docs/scenario-format.md loads, and its documented error is what the loader says. */
  @Test
  void docs_periodicReviewExample_loadsAndItsErrorIsAsDocumented() throws IOException, ScenarioException {
    String doc = Files.readString(Path.of("..", "docs", "scenario-format.md"), StandardCharsets.UTF_8);
    String section = doc.substring(doc.indexOf("**Periodic review.**"));
    int start = section.indexOf("```yaml\n") + "```yaml\n".length();
    String example = section.substring(start, section.indexOf("```", start));
    String documented = section.lines().filter(l -> l.startsWith("    t.yaml:")).findFirst().orElseThrow().strip();
    // The example's list items replace the minimal scenario's three, at the minimal scenario's indentation.
    String first = MINIMAL.lines().filter(l -> l.contains("{product: part-a, policy: s-S")).findFirst().orElseThrow();
    String indent = " ".repeat(first.indexOf('-') - "      ".length());
    String items = example.lines().skip(1).map(l -> indent + l + "\n").collect(Collectors.joining());
    String yaml = edit(MINIMAL, first + "\n", items,
        MINIMAL.lines().filter(l -> l.contains("{product: part-b, policy: r-Q")).findFirst().orElseThrow() + "\n", "",
        MINIMAL.lines().filter(l -> l.contains("{product: part-c, policy: base-stock")).findFirst().orElseThrow() + "\n",
        "");

    ManufacturingSpec m = ScenarioLoader.parse(yaml, SOURCE).network();
    assertThat(m.nodes().get(1).stock()).extracting(r -> r.policy().name(), StockRule::initial)
        .containsExactly(tuple("r-s", 40L), tuple("forecast-order-up-to", 24L), tuple("anchor-and-adjust", 12L));
    assertThat(messages(edit(yaml, "period: 1w, orderUpTo: 40", "period: 7days, orderUpTo: 40")))
        .containsExactly(documented);
  }

  private static List<String> messages(String yaml) {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(yaml, SOURCE), ScenarioException.class);
    assertThat(e).as("a problem for:%n%s", yaml).isNotNull();
    return e.problems().stream().map(p -> p.source() + ":" + p.line() + ":" + p.column() + ": " + p.field()
        + ": expected " + p.expected() + ", found " + p.found()).toList();
  }
}
