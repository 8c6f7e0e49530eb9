package org.dmsim.scenarios.yaml;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;

/** The problems found in one scenario source so far, in the order they were found. */
final class Problems {
  /** The field name of problems about the file as a whole. */
  static final String FILE = "(file)";
  /** The field name of YAML syntax errors. */
  static final String SYNTAX = "(syntax)";

  private final String source;
  private final List<Problem> found = new ArrayList<>();

  Problems(String source) {
    this.source = source;
  }

  /** Adds a problem at a SnakeYAML mark (0-based line and column); an empty path means the whole file. */
  void add(Mark at, String path, String expected, String found) {
    add(at.getLine() + 1, at.getColumn() + 1, path, expected, found);
  }

  /** Adds a problem at a 1-based line and column (0 and 0 for no position). */
  void add(int line, int column, String path, String expected, String found) {
    this.found.add(new Problem(source, line, column, path.isEmpty() ? FILE : path, expected, found));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** How many problems were found so far; a reader compares counts to tell whether a part had any. */
  int count() {
    return found.size();
  }

  /** Whether a problem is already reported at this 1-based line and column. */
  boolean hasProblemAt(int line, int column) {
    return found.stream().anyMatch(p -> p.line() == line && p.column() == column);
  }

  /** The problems found so far, in the order they were found. */
  List<Problem> list() {
    return List.copyOf(found);
  }

  ScenarioException toException() {
    return new ScenarioException(found);
  }
}
