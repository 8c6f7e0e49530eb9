package org.dmsim.model.mfg.spec.check;

import java.util.List;
import java.util.Objects;

/**
 * One inconsistency between the parts of a scenario, as data.
 *
 * @param path      the field it is about, in the grammar of {@code --set} overrides and with the scenario
 *                  file's field names: fields joined by '.', a list item by its id ({@code nodes[mf-lyon]})
 *                  or its index from 0 ({@code regions[north].demand[2].product}, {@code disruptions[3]});
 *                  {@code disruptions[i]} counts the fixed disruptions of the spec only
 * @param code      what is wrong
 * @param arguments the ids and words the message names, in the order of {@code code}'s template
 */
public record SpecProblem(String path, ProblemCode code, List<String> arguments) {
  public SpecProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    arguments = List.copyOf(arguments);
    if (arguments.size() != code.arity()) {
      throw new IllegalArgumentException(code + " takes " + code.arity() + " arguments, got " + arguments);
    }
  }

  /** A problem with {@code arguments} in order. */
  public static SpecProblem of(String path, ProblemCode code, String... arguments) {
    return new SpecProblem(path, code, List.of(arguments));
  }

  /** The problem in English, e.g. {@code node dc-lyon: plant-a cannot make kit}. */
  public String message() {
    return code.render(arguments);
  }

  @Override
  public String toString() {
    return path + ": " + message();
  }
}
