package org.dmsim.scenarios.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.compile.NetworkPlan;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.scenarios.yaml.DisruptionYaml;
import org.dmsim.scenarios.yaml.FieldOverride;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.scenarios.yaml.ScenarioTexts;

/**
 * Compiles a {@link RunDescription} (or an {@link ExperimentRunDescription}) into a {@link CompiledRun}:
 * reads the scenario from the description's documents with its overrides, takes the replication's
 * disruptions, compiles the network and wires the plan. A pure function: it reads no file, no clock and
 * no global state (the policies it looks up by name are the installed ones, as on every run), so the same
 * description compiles to the same fingerprint in any JVM.
 */
public final class RunCompiler {
  private RunCompiler() {}

  /**
   * The run {@code description} describes.
   *
   * @throws ScenarioException with every problem of its documents, under their relative paths
   */
  public static CompiledRun compile(RunDescription description) throws ScenarioException {
    Scenario scenario = scenarioOf(description);
    // A scenario without generators runs its own network in every replication, as it always has.
    ManufacturingSpec spec = scenario.disruptionGenerators().isEmpty() ? scenario.network()
        : scenario.manufacturingFor(description.seed(), description.replication());
    Network network = new Network(spec);
    return new CompiledRun(description, scenario, spec, network, plan(network, description.warmupMs()));
  }

  /**
   * The run of an experiment that {@code description} describes, built as {@code ExperimentRunner} builds
   * it, so that it runs to the same digest: the variant's network with the description's horizon, compiled
   * without disruptions, then given the case's disruptions of the replication (and nothing else: a
   * design's own disruptions or generators are never applied in an experiment).
   *
   * @throws ScenarioException with every problem of its documents, under their relative paths, or of its
   *     disruptions, under {@code disruptions}
   * @throws IllegalArgumentException when a disruption does not fit the network (as validation says)
   */
  public static CompiledRun compile(ExperimentRunDescription description) throws ScenarioException {
    RunDescription run = description.run();
    Scenario scenario = scenarioOf(run);
    ManufacturingSpec design = scenario.network().withHorizon(description.horizonMs());
    List<Disruption> disruptions = DisruptionYaml.read(description.disruptions(), "disruptions", design);
    Network network = new Network(design.withDisruptions(List.of())).withDisruptions(disruptions);
    return new CompiledRun(run, scenario, design.withDisruptions(disruptions), network,
        plan(network, run.warmupMs()));
  }

  /** The scenario of the description's documents, with its overrides. */
  private static Scenario scenarioOf(RunDescription description) throws ScenarioException {
    Map<String, String> texts = new TreeMap<>();
    description.documents().forEach(d -> texts.put(d.path(), d.text()));
    ScenarioTexts inDescription = (path, source, expected) -> {
      String text = texts.get(RunDescription.SourceText.pathOf(path.normalize()));
      if (text == null) {
        throw ScenarioTexts.missing(source, expected, "no such document in the run description");
      }
      return text;
    };
    return ScenarioLoader.load(Path.of(description.scenario()), fieldOverrides(description.overrides()),
        inDescription);
  }

  private static SimulationPlan plan(Network network, long warmupMs) {
    SimulationPlan plan = NetworkPlan.of(network);
    return warmupMs > 0 ? plan.withWarmup(warmupMs) : plan;
  }

  /** Override texts as the command line's {@code --set[1]}, {@code --set[2]}, … */
  static List<FieldOverride> fieldOverrides(List<String> texts) {
    List<FieldOverride> out = new ArrayList<>();
    for (String t : texts) {
      out.add(FieldOverride.commandLine(out.size() + 1, t));
    }
    return out;
  }
}
