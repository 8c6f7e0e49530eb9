package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void format_fieldProblem_isCompilerStyleLine() {
    Problem p = new Problem("library/tiny.yaml", 12, 5, "regions[1].ordersPerDay",
        "a positive number of orders per day", "\"-3\"");

    assertThat(p.format()).isEqualTo(
        "library/tiny.yaml:12:5: regions[1].ordersPerDay: expected a positive number of orders per day, found \"-3\"");
  }

  @Test
  void new_textWithLineBreaks_isKeptOnOneLine() {
    Problem p = new Problem("a.yaml", 1, 1, "(syntax)", "valid\nYAML", "a\r\nb");

    assertThat(p.format()).doesNotContain("\n", "\r").endsWith("expected valid YAML, found a b");
  }

  @Test
  void new_negativeLine_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Problem("a.yaml", -1, 0, "x", "y", "z"));
  }

  @Test
  void scenarioException_problemsOutOfOrder_sortsThemAndPrintsOnePerLine() {
    Problem late = new Problem("a.yaml", 9, 1, "b", "x", "y");
    Problem early = new Problem("a.yaml", 2, 7, "a", "x", "y");
    Problem earlier = new Problem("a.yaml", 2, 3, "c", "x", "y");

    ScenarioException e = new ScenarioException(List.of(late, early, earlier));

    assertThat(e.problems()).containsExactly(earlier, early, late);
    assertThat(e.getMessage()).isEqualTo(earlier.format() + "\n" + early.format() + "\n" + late.format());
  }

  @Test
  void scenarioException_noProblems_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ScenarioException(List.of()));
  }
}
