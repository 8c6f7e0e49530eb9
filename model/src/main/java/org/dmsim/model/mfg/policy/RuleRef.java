package org.dmsim.model.mfg.policy;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A rule as a scenario names it: the rule's name and its parameters as written (text, by parameter
 * name). Immutable and small, so a scenario holding it can be compared, hashed and sent anywhere; the
 * rule itself is made from it by a {@link PolicyCatalog} for each run.
 *
 * @param name   the rule's name, e.g. {@code nearest}; lower-case letters, digits and '-'
 * @param params the parameters by name, sorted; empty when the rule takes none
 */
public record RuleRef(String name, SortedMap<String, String> params) {
  public RuleRef {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("a rule name is lower-case letters, digits and '-', was \"" + name + "\"");
    }
    params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
  }

  /** The rule {@code name} without parameters. */
  public static RuleRef of(String name) {
    return new RuleRef(name, new TreeMap<>());
  }

  /** The rule {@code name} with {@code params}. */
  public static RuleRef of(String name, Map<String, String> params) {
    return new RuleRef(name, new TreeMap<>(params));
  }

  @Override
  public String toString() {
    return params.isEmpty() ? name : name + params;
  }
}
