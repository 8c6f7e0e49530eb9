package org.dmsim.scenarios.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.scenarios.yaml.FieldOverride;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;

/**
 * A scenario file with the overrides applied to it, checked: what {@link Simulation#run} runs.
 * Immutable; {@link #with} returns a new one. Example:
 *
 * <pre>{@code
 * Scenarios base = Scenarios.load(Path.of("scenarios/library/eu-spare-parts-distributed.yaml"));
 * Scenarios busy = base.with("platform.allocation", "least-loaded");
 * SimulationResults r = Simulation.run(busy, SimulationOptions.of(busy).withReplications(5));
 * }</pre>
 *
 * @param file      the scenario file
 * @param overrides the overrides, in the order they apply
 * @param scenario  the scenario read with them
 */
public record Scenarios(Path file, List<FieldOverride> overrides, Scenario scenario) {
  public Scenarios {
    Objects.requireNonNull(file, "file");
    overrides = List.copyOf(overrides);
    Objects.requireNonNull(scenario, "scenario");
  }

  /**
   * Reads and checks a scenario file.
   *
   * @throws ScenarioException with every problem, each with its file, line, column and field
   */
  public static Scenarios load(Path file) throws ScenarioException {
    return new Scenarios(file, List.of(), ScenarioLoader.load(file));
  }

  /**
   * The same scenario with the field at {@code path} set to {@code value} (YAML: {@code 4},
   * {@code least-loaded}, {@code {rule: edd}}), as {@code --set path=value} would; the file is read
   * again with every override so far, and checked as a whole.
   *
   * @throws ScenarioException when the path names no field or the value is not valid there
   */
  public Scenarios with(String path, String value) throws ScenarioException {
    List<FieldOverride> more = new ArrayList<>(overrides);
    more.add(FieldOverride.commandLine(more.size() + 1, path + "=" + value));
    return new Scenarios(file, more, ScenarioLoader.load(file, more));
  }

  /** The network as the model sees it. */
  public ManufacturingSpec network() {
    return scenario.network();
  }
}
