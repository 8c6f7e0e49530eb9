package org.dmsim.scenarios.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.cli.option.HelpOption;
import org.dmsim.scenarios.cli.option.WholeNumberOption;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.Engine;
import org.dmsim.sim.engine.Engines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dmsim bench scenario FILE}: events per second of one replication of a scenario file. */
@Command(name = "scenario",
    description = {"Events/s of one replication of a scenario file.", "",
        "Replication 0 of a scenario file (the file's seed unless --seed), measured like phold: "
        + "warm-ups in the same JVM, then the measured runs; prints each run's committed events, wall seconds "
        + "and digest, then 'events/s: N', the median of the measured runs."},
    footer = {
        "  dmsim bench scenario scenarios/library/eu-spare-parts-distributed.yaml",
        "  dmsim bench scenario scenarios/library/tiny-factory.yaml --fused --runs 3",
        "  dmsim bench scenario scenarios/library/mm1.yaml --engine sequential --runs 5"})
final class ScenarioBenchmark implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private HelpOption help;

  @Parameters(paramLabel = "FILE", description = "A scenario file (docs/scenario-format.md).")
  private Path file;

  @Mixin
  private MeasurementOptions measure;

  @Option(names = "--seed", paramLabel = "N", converter = WholeNumberOption.AnyLong.class,
      description = "Master seed (default: the file's).")
  private Long seed;

  @Option(names = "--fused",
      description = "Actor engine: nodes call their machines and shipments directly instead of hosting each in "
          + "an actor (same results; default: off, every entity an actor).")
  private boolean fused;

  @Override
  public Integer call() throws ScenarioException, IOException {
    Scenario scenario = ScenarioLoader.load(file);
    PrintWriter out = spec.commandLine().getOut();
    SimulationPlan plan = scenario.network().plan();
    try (Engine e = Engines.create(measure.engine, measure.threads(), fused, measure.stallTimeout())) {
      out.printf(Locale.ROOT, "scenario     %s, %s simulated, %d static entities, lookahead %s%n", scenario.name(),
          SimTime.format(plan.endMs()), plan.staticEntityCount(), SimTime.format(plan.lookaheadMs()));
      out.printf(Locale.ROOT, "engine       %s on Java %s%n", e.describe(), Runtime.version());
      Measured.warmUpThenMeasure(e, plan, seed != null ? seed : scenario.defaultSeed(), measure.warmups, measure.runs, out);
    }
    return 0;
  }
}
