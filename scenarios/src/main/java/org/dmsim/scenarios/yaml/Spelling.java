package org.dmsim.scenarios.yaml;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests the field a misspelt field name was probably meant to be. Uses the optimal string
 * alignment distance (Levenshtein plus adjacent transpositions, after Damerau 1964) on lower-cased
 * names, so {@code machnes}, {@code Machines} and {@code orders_per_day} all find their field. The
 * command line uses it too, for mistyped commands and options. Bounded in cost: a word longer than
 * {@link #MAX_WORD_CHARS} gets no suggestion and only candidates of a length within reach are compared.
 */
public final class Spelling {
  /** The largest distance still worth suggesting. */
  static final int MAX_DISTANCE = 2;
  /**
   * The longest word a suggestion is looked for: longer words are not typos of a name, and the distance
   * costs the product of the two lengths.
   */
  static final int MAX_WORD_CHARS = 100;

  private Spelling() {}

  /**
   * The candidate closest to the word, when within {@link #MAX_DISTANCE} edits and closer than a
   * complete rewrite of the shorter name; the first candidate wins ties.
   */
  public static Optional<String> closest(String word, List<String> candidates) {
    if (word.length() > MAX_WORD_CHARS) {
      return Optional.empty();
    }
    String w = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - w.length()) > MAX_DISTANCE) {
        continue; // cannot be within MAX_DISTANCE edits; also keeps a long candidate from costing n × m
      }
      String c = candidate.toLowerCase(Locale.ROOT);
      int d = distance(w, c);
      if (d <= MAX_DISTANCE && d < Math.max(w.length(), c.length()) && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The optimal string alignment distance between two strings. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
