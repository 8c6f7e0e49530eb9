package org.dmsim.scenarios.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.scenarios.run.RunCompiler;
import org.dmsim.scenarios.run.RunDescription;
import org.dmsim.scenarios.yaml.FieldOverride;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.scenarios.yaml.ScenarioException;

/**
 * A scenario file with the overrides applied to it, checked: what {@link Simulation#run} runs.
 * Immutable; {@link #with} returns a new one. It keeps the scenario's documents as a {@link
 * RunDescription}, so every run is compiled from the description alone. Example:
 *
 * <pre>{@code
 * Scenarios base = Scenarios.load(Path.of("scenarios/library/eu-spare-parts-distributed.yaml"));
 * Scenarios busy = base.with("platform.allocation", "least-loaded");
 * SimulationResults r = Simulation.run(busy, SimulationOptions.of(busy).withReplications(5));
 * }</pre>
 *
 * @param file        the scenario file
 * @param overrides   the overrides, in the order they apply
 * @param scenario    the scenario read with them
 * @param description its documents and overrides, for replication 0 under the scenario's seed: what
 *                    {@link Simulation#run} compiles each run from ({@link #description(long, int)})
 */
public record Scenarios(Path file, List<FieldOverride> overrides, Scenario scenario, RunDescription description) {
  public Scenarios {
    Objects.requireNonNull(file, "file");
    overrides = List.copyOf(overrides);
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(description, "description");
    if (!overrides.stream().map(FieldOverride::text).toList().equals(description.overrides())) {
      throw new IllegalArgumentException("the overrides " + overrides + " differ from the description's "
          + description.overrides());
    }
  }

  /**
   * Reads and checks a scenario file and the parts it names into a {@link RunDescription}, then compiles
   * the scenario from it.
   *
   * @throws ScenarioException with every problem, each with its file, line, column and field
   */
  public static Scenarios load(Path file) throws ScenarioException {
    return compile(file, List.of(), RunDescription.read(file, List.of()));
  }

  /**
   * The same scenario with the field at {@code path} set to {@code value} (YAML: {@code 4},
   * {@code least-loaded}, {@code {rule: edd}}), as {@code --set path=value} would; the scenario is compiled
   * again from its description with every override so far, and checked as a whole (the file is not read
   * again).
   *
   * @throws ScenarioException when the path names no field or the value is not valid there
   */
  public Scenarios with(String path, String value) throws ScenarioException {
    List<FieldOverride> more = new ArrayList<>(overrides);
    more.add(FieldOverride.commandLine(more.size() + 1, path + "=" + value));
    return compile(file, more, description.with(path + "=" + value));
  }

  /** The description of replication {@code replication} under {@code seed}. */
  public RunDescription description(long seed, int replication) {
    return description.forRun(seed, replication);
  }

  private static Scenarios compile(Path file, List<FieldOverride> overrides, RunDescription d)
      throws ScenarioException {
    Scenario read = RunCompiler.compile(d).scenario();
    return new Scenarios(file, overrides, read, d.forRun(read.defaultSeed(), 0));
  }

  /** The network as the model sees it. */
  public ManufacturingSpec network() {
    return scenario.network();
  }
}
