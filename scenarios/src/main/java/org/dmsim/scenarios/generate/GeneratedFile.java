package org.dmsim.scenarios.generate;

import java.util.Objects;

/**
 * One file of a generated scenario.
 *
 * @param name a file name, no directory ({@code synthetic-distributed-20-sites.yaml})
 * @param text its content, written as UTF-8 with {@code \n} line ends
 */
public record GeneratedFile(String name, String text) {
  /** Checks that the name is a bare file name. */
  public GeneratedFile {
    Objects.requireNonNull(text, "text");
    if (name.isEmpty() || name.contains("/") || name.contains("\\")) {
      throw new IllegalArgumentException("a bare file name expected, got '" + name + "'");
    }
  }
}
