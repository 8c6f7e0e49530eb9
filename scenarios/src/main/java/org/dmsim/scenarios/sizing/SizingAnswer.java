package org.dmsim.scenarios.sizing;

/**
 * What a search concluded, never a guess: the smallest k meeting the target, that none in the range
 * does, or the range the answer lies in when some design could not be decided.
 *
 * @param kind  which of these
 * @param low   the smallest k the answer may be (for {@link Kind#NONE}: the range's top + 1)
 * @param high  the largest k the answer may be; {@code low == high} for {@link Kind#FOUND}; for
 *              {@link Kind#UNDECIDED} it may be the range's top + 1, meaning "maybe none in the range"
 */
public record SizingAnswer(Kind kind, int low, int high) {
  /** The kinds of answer. */
  public enum Kind {
    /** k = low meets, and k - 1 fails (or is below the range). */
    FOUND,
    /** The range's largest design fails. */
    NONE,
    /** A design between the last failing and the first meeting one could not be decided. */
    UNDECIDED
  }

  /** The answer in words, e.g. {@code 14} or {@code between 12 and 14 (undecided)}. */
  public String text(int from, int to) {
    return switch (kind) {
      case FOUND -> low == from ? low + " (or fewer: the smallest size tried already meets it)" : Integer.toString(low);
      case NONE -> "none up to " + to + " (" + to + " fails)";
      case UNDECIDED -> high > to ? "undecided: " + low + " or more, perhaps none up to " + to
          : "undecided: between " + low + " and " + high;
    };
  }
}
