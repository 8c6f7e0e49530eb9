package org.dmsim.scenarios.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a scenario file cannot be used; carries every problem found, in file order. The
 * message is the problems formatted one per line, ready to print for the user without a stack trace.
 */
public final class ScenarioException extends Exception {
  private final List<Problem> problems;

  /**
   * @param problems at least one problem; they are sorted by line and column
   */
  public ScenarioException(List<Problem> problems) {
    super(format(problems));
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Problem.BY_POSITION);
    this.problems = List.copyOf(sorted);
  }

  /** Every problem found, sorted by line and column; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  private static String format(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a scenario exception needs at least one problem");
    }
    return problems.stream().sorted(Problem.BY_POSITION).map(Problem::format).collect(Collectors.joining("\n"));
  }
}
