package org.dmsim.scenarios.yaml;

import java.util.Objects;

/**
 * One override of a scenario field by its path, {@code PATH=VALUE}, as given on the command line
 * ({@code --set platform.allocation=least-loaded}) or in an experiment variant's {@code set:} list:
 * applied to the scenario's YAML tree before it is read, so that the value meets every check the file
 * itself does. The path and its grammar are described in {@code docs/scenario-format.md}, "Overrides".
 *
 * @param source what problems in the override call it, e.g. {@code --set[1]} or the experiment file
 * @param line   1-based line of the text's first character in {@code source} (1 on the command line)
 * @param column 1-based column of the text's first character in {@code source} (1 on the command line)
 * @param text   the override as written, {@code PATH=VALUE}
 */
public record FieldOverride(String source, int line, int column, String text) {
  public FieldOverride {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1: " + line + ":" + column);
    }
  }

  /** The {@code index}-th (from 1) {@code --set} of a command line. */
  public static FieldOverride commandLine(int index, String text) {
    return new FieldOverride("--set[" + index + "]", 1, 1, text);
  }

  /** The path, the text before the first '=' (all of it when there is none). */
  String path() {
    int eq = text.indexOf('=');
    return eq < 0 ? text : text.substring(0, eq);
  }

  /** Whether the path is written into a market part ({@code products…} or {@code regions…}). */
  boolean isMarketPath() {
    String p = path().strip();
    return p.matches("(products|regions)([.\\[].*)?");
  }
}
