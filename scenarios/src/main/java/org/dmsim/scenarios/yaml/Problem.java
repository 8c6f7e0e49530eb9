package org.dmsim.scenarios.yaml;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a scenario file, located by line and column and named by the field's full
 * path ({@code factory.machines}, {@code regions[0].transit}). Problems about the file as a whole
 * (it cannot be read, it is empty) use the field {@code (file)}; YAML syntax errors use
 * {@code (syntax)}.
 *
 * @param source   the file or resource the problem is in, as the user named it
 * @param line     1-based line; 0 when the problem has no position (e.g. the file cannot be read)
 * @param column   1-based column; 0 when the problem has no position
 * @param field    the field's full path, or {@code (file)} or {@code (syntax)}
 * @param expected what a valid value looks like, as a phrase ("a positive number of orders per day")
 * @param found    what the file holds instead, as a phrase (quoted text, "a mapping", "nothing")
 */
public record Problem(String source, int line, int column, String field, String expected, String found) {
  /** Orders problems as they appear in the file: by line, then column. */
  public static final Comparator<Problem> BY_POSITION =
      Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

  /**
   * Replaces line breaks in the phrases by spaces, escapes characters unsafe on a terminal and shortens
   * each phrase to {@link LoaderLimits#MAX_PHRASE_CHARS}, so that {@link #format()} is always one
   * readable line whatever the file held.
   */
  public Problem {
    source = printable(Objects.requireNonNull(source, "source"));
    field = printable(Objects.requireNonNull(field, "field"));
    expected = printable(Objects.requireNonNull(expected, "expected"));
    found = printable(Objects.requireNonNull(found, "found"));
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
    }
  }

  /**
   * The problem as one line, in the form compilers use so that editors can jump to it:
   * {@code library/tiny.yaml:12:5: regions[1].ordersPerDay: expected a positive number of orders per day, found "-3"}.
   */
  public String format() {
    return source + ":" + line + ":" + column + ": " + field + ": expected " + expected + ", found " + found;
  }

  private static String printable(String text) {
    return TerminalText.safe(text.replaceAll("\\R", " "), LoaderLimits.MAX_PHRASE_CHARS);
  }
}
