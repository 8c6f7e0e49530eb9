package org.dmsim.scenarios.sweep;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A sweep: an experiment file run at every point of a design over some of its scenarios' fields.
 *
 * @param name       the sweep's name, for the output folder and the report
 * @param experiment the experiment file ({@code kind: experiment})
 * @param parameters the swept fields, at least one, no two with the same variant and path
 * @param design     which combinations of their values run
 */
public record Sweep(String name, Path experiment, List<SweepParameter> parameters, SweepDesign design) {
  public Sweep {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(experiment, "experiment");
    Objects.requireNonNull(design, "design");
    parameters = List.copyOf(parameters);
    if (parameters.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one parameter");
    }
    Set<String> labels = new LinkedHashSet<>();
    for (SweepParameter p : parameters) {
      if (!labels.add(p.label())) {
        throw new IllegalArgumentException(p.source() + ": " + p.label() + " is swept twice; give it one value list");
      }
    }
  }

  /** The parameters' labels ({@code PATH} or {@code VARIANT:PATH}), in order: the columns of sweep.csv. */
  public List<String> labels() {
    return parameters.stream().map(SweepParameter::label).toList();
  }
}
