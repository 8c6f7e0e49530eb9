package org.dmsim.scenarios.sweep;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dmsim.scenarios.yaml.FieldOverride;

/**
 * One swept field: its override path (as {@code --set} takes it, docs/scenario-format.md "Overrides"), the
 * values it takes, and the variant it applies to (every variant when empty), written
 * {@code [VARIANT:]PATH=VALUES}.
 *
 * @param source  what problems in it call it, e.g. {@code --param[1]}
 * @param variant the experiment variant it applies to; empty for every variant
 * @param path    the override path, e.g. {@code nodes[plant].machines[server].count}
 * @param column  1-based column of the path in {@code source}'s text, for the override's messages
 * @param values  the values, at least one, distinct, each a YAML value
 */
public record SweepParameter(String source, String variant, String path, int column, List<String> values) {
  public SweepParameter {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(path, "path");
    values = List.copyOf(values);
    if (values.isEmpty() || column < 1 || path.isBlank()) {
      throw new IllegalArgumentException("a parameter needs a path and at least one value");
    }
  }

  /**
   * The {@code index}-th (from 1) {@code --param} of a command line, {@code [VARIANT:]PATH=VALUES}.
   *
   * @throws IllegalArgumentException starting {@code --param[i]:1:col: }, saying what was expected
   */
  public static SweepParameter commandLine(int index, String text) {
    String source = "--param[" + index + "]";
    int eq = text.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException(source + ":1:1: expected [VARIANT:]PATH=VALUES (e.g. "
          + "nodes[plant].machines[server].count=1..4), found '" + text + "' (no '=')");
    }
    String left = text.substring(0, eq);
    int colon = left.indexOf(':');
    String variant = colon < 0 ? "" : left.substring(0, colon).strip();
    int pathStart = colon < 0 ? 0 : colon + 1;
    while (pathStart < eq && Character.isWhitespace(text.charAt(pathStart))) {
      pathStart++;
    }
    String path = text.substring(pathStart, eq).strip();
    if (colon >= 0 && !variant.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(source + ":1:1: variant: expected a variant name of lower-case letters, "
          + "digits and '-' before ':', found '" + variant + "'");
    }
    if (path.isEmpty()) {
      throw new IllegalArgumentException(source + ":1:" + (pathStart + 1) + ": expected a field path before '=' "
          + "(e.g. nodes[plant].machines[server].count), found nothing");
    }
    List<String> values;
    try {
      values = ParameterValues.parse(text.substring(eq + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ":1:" + (eq + 2) + ": " + path + ": " + e.getMessage());
    }
    return new SweepParameter(source, variant, path, pathStart + 1, values);
  }

  /** The variant it applies to, or empty for every variant. */
  public Optional<String> onlyVariant() {
    return variant.isEmpty() ? Optional.empty() : Optional.of(variant);
  }

  /** Its name in tables and files: the path, or {@code VARIANT:PATH}. */
  public String label() {
    return variant.isEmpty() ? path : variant + ":" + path;
  }

  /** The override that sets it to {@code value}, positioned at the path in {@link #source}. */
  public FieldOverride override(String value) {
    return new FieldOverride(source, 1, column, path + "=" + value);
  }
}
