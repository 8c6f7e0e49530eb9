package org.dmsim.scenarios.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Thrown when a scenario or experiment file cannot be used; carries every problem found, in file
 * order. The message is the problems formatted one per line, ready to print for the user without a
 * stack trace. An experiment's exception also holds the problems of the scenario files it names,
 * each under its own file's name.
 */
public final class ScenarioException extends Exception {
  private final List<Problem> problems;

  /**
   * @param problems at least one problem; they are grouped by source, in the order the sources first
   *                 appear, and sorted by line and column within each source
   */
  public ScenarioException(List<Problem> problems) {
    super(format(problems));
    this.problems = inFileOrder(problems);
  }

  /** Every problem found, grouped by source and sorted by line and column within each; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  private static String format(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a scenario exception needs at least one problem");
    }
    return inFileOrder(problems).stream().map(Problem::format).collect(Collectors.joining("\n"));
  }

  private static List<Problem> inFileOrder(List<Problem> problems) {
    Map<String, List<Problem>> bySource = new LinkedHashMap<>();
    for (Problem p : problems) {
      bySource.computeIfAbsent(p.source(), s -> new ArrayList<>()).add(p);
    }
    List<Problem> sorted = new ArrayList<>();
    for (List<Problem> ofSource : bySource.values()) {
      ofSource.sort(Problem.BY_POSITION);
      sorted.addAll(ofSource);
    }
    return List.copyOf(sorted);
  }
}
