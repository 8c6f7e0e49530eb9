package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.policy.RuleRef;
import org.junit.jupiter.api.Test;

/**
 * Policy rules in scenario files: a word or {@code {rule, params}}, checked against the installed rules
 * (here the built-ins and the example plug-in {@code lowest-co2}, on this module's test class path).
 */
class RuleReaderTest {
  private static final String TINY = "tiny.yaml";

  private static String tiny() throws IOException {
    return Files.readString(Path.of("library", "tiny-factory.yaml"));
  }

  private static ManufacturingSpec load(String from, String to) throws Exception {
    String text = tiny();
    assertThat(text).contains(from);
    return ScenarioLoader.parse(text.replace(from, to), TINY).network();
  }

  private static List<String> problems(String from, String to) throws Exception {
    String text = tiny();
    assertThat(text).contains(from);
    try {
      ScenarioLoader.parse(text.replace(from, to), TINY);
    } catch (ScenarioException e) {
      return e.problems().stream().map(Problem::format).toList();
    }
    throw new AssertionError("no problem");
  }

  @Test
  void allocation_ruleWithParams_isReadAsARuleRef() throws Exception {
    ManufacturingSpec m = load("allocation: nearest", "allocation: {rule: lowest-co2, params: {tolerance: 0.5}}");
    assertThat(m.platform().allocation()).isEqualTo(RuleRef.of("lowest-co2", Map.of("tolerance", "0.5")));
    assertThat(load("allocation: nearest", "allocation: least-loaded").platform().allocation())
        .isEqualTo(RuleRef.of("least-loaded"));
  }

  @Test
  void allocation_parameterOutOfRange_isReportedAtTheParameter() throws Exception {
    assertThat(problems("allocation: nearest", "allocation: {rule: lowest-co2, params: {tolerance: 20}}")).containsExactly(
        "tiny.yaml:66:43: platform.allocation.params.tolerance: expected a number from 0 to 10, found \"20\"");
  }

  @Test
  void allocation_unknownParameter_isReportedAtIt() throws Exception {
    assertThat(problems("allocation: nearest", "allocation: {rule: lowest-co2, params: {tolerence: 1}}")).containsExactly(
        "tiny.yaml:66:43: platform.allocation.params.tolerence: expected one of: tolerance (the parameters of rule "
            + "lowest-co2), found unknown parameter \"tolerence\"");
  }

  @Test
  void allocation_unknownRule_suggestsTheClosest() throws Exception {
    assertThat(problems("allocation: nearest", "allocation: {rule: lowest-c02}")).singleElement().asString()
        .startsWith("tiny.yaml:66:16: platform.allocation.rule: expected one of: centralized, cheapest-landed, ")
        .endsWith("found \"lowest-c02\"; did you mean 'lowest-co2'?");
  }

  @Test
  void allocation_underItsOldNamePolicy_isStillRead() throws Exception {
    assertThat(load("allocation: nearest", "policy: least-loaded").platform().allocation())
        .isEqualTo(RuleRef.of("least-loaded"));
    assertThat(load("allocation: nearest", "policy: {rule: lowest-co2, params: {tolerance: 0.5}}").platform()
        .allocation()).isEqualTo(RuleRef.of("lowest-co2", Map.of("tolerance", "0.5")));
  }

  @Test
  void allocation_andItsOldName_bothGiven_isAProblem() throws Exception {
    assertThat(problems("allocation: nearest", "policy: nearest\n  allocation: nearest")).singleElement().asString()
        .contains("platform.policy: expected allocation or its old name policy, not both");
  }

  @Test
  void discipline_ruleMapping_isReadForTheNode() throws Exception {
    String text = tiny();
    int at = text.indexOf("    machines:");
    assertThat(at).isPositive();
    String withRule = text.substring(0, at) + "    discipline: {rule: spt}\n" + text.substring(at);
    assertThat(ScenarioLoader.parse(withRule, TINY).network().nodes().get(0).dispatching())
        .isEqualTo(RuleRef.of("spt"));
    assertThatThrownBy(() -> ScenarioLoader.parse(withRule.replace("{rule: spt}", "{rule: spt, params: {k: 1}}"), TINY))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("no parameters for rule spt");
  }
}
