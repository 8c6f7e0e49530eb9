package org.dmsim.scenarios.yaml;

import java.nio.file.Path;

/**
 * Where the loader finds the text of a scenario file and of the parts it names: the file system, or
 * the documents a {@code RunDescription} carries, so that a run is rebuilt from its description alone.
 * An implementation returns the same text for the same path every time.
 */
@FunctionalInterface
public interface ScenarioTexts {
  /**
   * The text of {@code file}.
   *
   * @param file     the file, as the scenario names it: the scenario's own path, or a part's path resolved
   *                 against the scenario's folder and normalized
   * @param source   what problems call the file
   * @param expected what a problem says the file should have been, e.g. "a readable scenario file"
   * @throws ScenarioException with one problem at line 0 when there is no such text
   */
  String read(Path file, String source, String expected) throws ScenarioException;

  /** The files on disk, decoded strictly as UTF-8. */
  static ScenarioTexts files() {
    return YamlFiles::read;
  }

  /** A problem at line 0 of {@code source} saying the text is not there, for implementations. */
  static ScenarioException missing(String source, String expected, String found) {
    return new ScenarioException(java.util.List.of(new Problem(source, 0, 0, Problems.FILE, expected, found)));
  }
}
