package org.dmsim.model.mfg.policy;

import java.util.List;
import java.util.Set;

/** A scenario names a rule that is not installed; carries the names that are, for suggestions. */
public final class UnknownRuleException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String kind;
  private final String name;
  private final List<String> installed;

  /**
   * @param kind      the kind of rule, e.g. {@code allocation}
   * @param name      the name asked for
   * @param installed the names installed, in order
   */
  public UnknownRuleException(String kind, String name, Set<String> installed) {
    super("no " + kind + " rule is called \"" + name + "\"; installed: " + String.join(", ", installed));
    this.kind = kind;
    this.name = name;
    this.installed = List.copyOf(installed);
  }

  /** The kind of rule. */
  public String kind() {
    return kind;
  }

  /** The name asked for. */
  public String name() {
    return name;
  }

  /** The installed rules of that kind, in name order. */
  public List<String> installed() {
    return installed;
  }
}
