package org.dmsim.scenarios.yaml;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;

/**
 * The problems found so far while reading a scenario or experiment, in the order they were found;
 * each names the file it is in, since a scenario may be read from several (its parts).
 */
final class Problems {
  /** The field name of problems about the file as a whole. */
  static final String FILE = "(file)";
  /** The field name of YAML syntax errors. */
  static final String SYNTAX = "(syntax)";

  private final List<Problem> found = new ArrayList<>();

  /**
   * Adds a problem in {@code source} at a SnakeYAML mark (0-based line and column); an empty path means the whole
   * file. A mark in the value of a {@link FieldOverride} names the override, which is where the problem is then;
   * a mark of a CSV cell ({@link CsvTable#mark}) names the cell's column, which is then the problem's field.
   */
  void add(String source, Mark at, String path, String expected, String found) {
    String name = at.getName();
    if (name != null && name.startsWith(CsvTable.MARK_PREFIX)) {
      // A value read from a CSV cell: the problem names the cell's column, not the field path it stands for.
      add(source, at.getLine() + 1, at.getColumn() + 1, name.substring(CsvTable.MARK_PREFIX.length()), expected, found);
      return;
    }
    String in = name != null && name.startsWith(Overrides.MARK_PREFIX) ? name.substring(Overrides.MARK_PREFIX.length())
        : source;
    add(in, at.getLine() + 1, at.getColumn() + 1, path, expected, found);
  }

  /** Adds a problem in {@code source} at a 1-based line and column (0 and 0 for no position). */
  void add(String source, int line, int column, String path, String expected, String found) {
    this.found.add(new Problem(source, line, column, path.isEmpty() ? FILE : path, expected, found));
  }

  /** Adds a problem found elsewhere (in a file read on its own), unless it is already there. */
  void add(Problem p) {
    if (!found.contains(p)) {
      found.add(p);
    }
  }

  /** Adds problems found elsewhere (in a file read on its own), each once. */
  void addAll(List<Problem> problems) {
    for (Problem p : problems) {
      if (!found.contains(p)) {
        found.add(p);
      }
    }
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** How many problems were found so far; a reader compares counts to tell whether a part had any. */
  int count() {
    return found.size();
  }

  /** Whether a problem is already reported in {@code source} at this 1-based line and column. */
  boolean hasProblemAt(String source, int line, int column) {
    return found.stream().anyMatch(p -> p.source().equals(source) && p.line() == line && p.column() == column);
  }

  /** The problems found so far, in the order they were found. */
  List<Problem> list() {
    return List.copyOf(found);
  }

  /** The exception carrying every problem, those of {@code first} (the file the user named) first. */
  ScenarioException toException(String first) {
    List<Problem> ordered = new ArrayList<>(found.stream().filter(p -> p.source().equals(first)).toList());
    found.stream().filter(p -> !p.source().equals(first)).forEach(ordered::add);
    return new ScenarioException(ordered);
  }
}
