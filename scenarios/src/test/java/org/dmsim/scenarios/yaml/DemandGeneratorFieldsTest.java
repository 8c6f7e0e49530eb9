package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dmsim.scenarios.yaml.ScenarioFieldsTest.MINIMAL;
import static org.dmsim.scenarios.yaml.ScenarioFieldsTest.edit;

import java.util.List;
import java.util.Map;
import org.dmsim.model.mfg.policy.RuleRef;
import org.junit.jupiter.api.Test;

/**
 * The built-in demand generators' parameters as a scenario writes them: read into the rule, and each
 * planted mistake reported at its parameter as {@code file:line:col: field: expected ..., found ...}.
 */
class DemandGeneratorFieldsTest {
  private static final String SOURCE = "t.yaml";

  private static String withGenerator(String generator) {
    return edit(MINIMAL, "ordersPerDay: 1\n", "ordersPerDay: 1\n        generator: " + generator + "\n");
  }

  private static List<String> problems(String yaml) {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(yaml, SOURCE), ScenarioException.class);
    assertThat(e).as("a problem for:%n%s", yaml).isNotNull();
    return e.problems().stream().map(Problem::format).toList();
  }

  @Test
  void generator_eachBuiltIn_isReadWithItsParameters() throws ScenarioException {
    String yaml = withGenerator("{rule: per-period, params: {period: 1w, distribution: empirical, values: \"0, 5\", "
        + "weights: \"1, 3\", profile: \"7d 2\", interpolation: linear}}");

    RuleRef generator = ScenarioLoader.parse(yaml, SOURCE).network().regions().get(0).demand().get(1).generator();

    assertThat(generator).isEqualTo(RuleRef.of("per-period", Map.of("period", "1w", "distribution", "empirical",
        "values", "0, 5", "weights", "1, 3", "profile", "7d 2", "interpolation", "linear")));
  }

  @Test
  void generator_plantedMistakes_areReportedAtTheirParameters() {
    assertThat(problems(withGenerator("{rule: renewal, params: {interarrival: gamma, cv: 20}}"))).containsExactly(
        "t.yaml:56:66: regions[0].demand[1].generator.params.cv: expected a number from 0.001 to 10, found \"20\"");
    assertThat(problems(withGenerator("{rule: per-period, params: {distribution: normal, mean: 5}}")))
        .containsExactly("t.yaml:56:9: regions[0].demand[1].generator.params.sd: expected a number from 0 to 10000000, "
            + "found nothing (the parameter is missing)");
    assertThat(problems(withGenerator("{rule: poisson, params: {profile: \"3d\"}}"))).singleElement().asString()
        .startsWith("t.yaml:56:45: regions[0].demand[1].generator.params.profile: expected points \"AT FACTOR\"");
    assertThat(problems(withGenerator("{rule: replay, params: {series: \"2d 1, 1d 1\"}}"))).singleElement()
        .asString().contains("generator.params.series: expected orders \"AT QUANTITY\"");
  }
}
