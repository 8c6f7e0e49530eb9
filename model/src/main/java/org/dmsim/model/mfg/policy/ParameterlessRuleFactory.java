package org.dmsim.model.mfg.policy;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A factory of a rule that takes no parameters: its name, its description and how to make one. The
 * built-in rules' factories extend it; a plug-in may too.
 *
 * @param <R> the kind of rule made
 */
public abstract class ParameterlessRuleFactory<R> implements RuleFactory<R> {
  private final String name;
  private final String description;
  private final Supplier<? extends R> make;

  /** A factory of the rule {@code name}, described by {@code description}, made by {@code make}. */
  protected ParameterlessRuleFactory(String name, String description, Supplier<? extends R> make) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    this.make = Objects.requireNonNull(make, "make");
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String description() {
    return description;
  }

  /** A fresh rule; any parameter is refused. */
  @Override
  public final R create(RuleParams params) {
    params.requireNoOthers();
    return make.get();
  }
}
