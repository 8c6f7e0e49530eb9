package org.dmsim.model.mfg.policy;

/**
 * A rule's parameter is missing, unknown or has a value the rule cannot use. Carries the parameter
 * name, so that the scenario reader can point at its line, and what was expected, in the words of
 * every other validation message ({@code expected …, found …}).
 */
public final class RuleParameterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String parameter;
  private final String expected;
  private final String found;

  /**
   * @param parameter the parameter's name, or empty for the rule's parameters as a whole
   * @param expected  what the rule accepts, e.g. {@code a number from 0 to 1}
   * @param found     what the scenario gave, e.g. {@code "lots"}
   */
  public RuleParameterException(String parameter, String expected, String found) {
    super((parameter.isEmpty() ? "" : parameter + ": ") + "expected " + expected + ", found " + found);
    this.parameter = parameter;
    this.expected = expected;
    this.found = found;
  }

  /** The parameter's name; empty for the parameters as a whole. */
  public String parameter() {
    return parameter;
  }

  /** What the rule accepts. */
  public String expected() {
    return expected;
  }

  /** What the scenario gave. */
  public String found() {
    return found;
  }
}
