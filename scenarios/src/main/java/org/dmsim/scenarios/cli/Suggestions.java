package org.dmsim.scenarios.cli;

import java.util.List;
import java.util.Optional;
import org.dmsim.scenarios.yaml.Spelling;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a mistyped command or option was probably meant to be. First the name within two edits —
 * the same optimal string alignment distance the scenario loader uses for a misspelt field, which
 * counts a swapped pair of letters as one edit — and only when there is none, picocli's suggestions.
 * picocli alone is not enough: it compares letter pairs (bigrams), so a transposition such as
 * {@code rnu} shares none with {@code run} and gets no suggestion at all.
 */
final class Suggestions {
  /** picocli suggests every name sharing a letter pair; more than this many helps nobody. */
  private static final int MAX_FROM_PICOCLI = 3;

  private Suggestions() {}

  /**
   * The names {@code typed} was probably meant to be, best first; empty when none is close.
   *
   * @param fromPicocli picocli's suggestions ({@link UnmatchedArgumentException#getSuggestions()}), best first
   */
  static List<String> near(String typed, List<String> names, List<String> fromPicocli) {
    Optional<String> closest = Spelling.closest(typed, names);
    if (closest.isPresent()) {
      return List.of(closest.get());
    }
    return fromPicocli.stream().filter(names::contains).limit(MAX_FROM_PICOCLI).toList();
  }
}
