package org.dmsim.scenarios.cli.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.phold.PholdModel;
import org.dmsim.scenarios.cli.UsageException;
import org.dmsim.scenarios.cli.option.HelpOption;
import org.dmsim.scenarios.cli.option.NumberOption;
import org.dmsim.scenarios.cli.option.WholeNumberOption;
import org.dmsim.sim.engine.Engine;
import org.dmsim.sim.engine.Engines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmsim bench phold}: the PHOLD benchmark of the engines (Fujimoto 1990), in committed events per second. */
@Command(name = "phold",
    description = {
        "The PHOLD benchmark of the engines, in events/s.",
        "",
        "PHOLD (Fujimoto 1990): logical processes (LPs), each a node actor, forward tokens to random LPs after "
            + "the lookahead plus an exponentially distributed delay. Times are seconds of simulated time. Runs "
            + "warm-ups in the same JVM first, then the measured runs, and prints each run's committed events, "
            + "wall seconds and digest, then 'events/s: N', the median of the measured runs."},
    footer = {
        "  dmsim bench phold",
        "  dmsim bench phold --engine sequential --runs 5",
        "  dmsim bench phold --lps 4096 --threads 2 --warmups 2 --runs 3"})
final class PholdBenchmark implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private HelpOption help;

  @Option(names = "--lps", paramLabel = "N", defaultValue = "1024", converter = WholeNumberOption.AtLeastOne.class,
      description = "Logical processes (default: ${DEFAULT-VALUE}).")
  private int lps;

  @Option(names = "--events-per-lp", paramLabel = "N", defaultValue = "16",
      converter = WholeNumberOption.AtLeastZero.class,
      description = "Tokens per LP; the population stays constant (default: ${DEFAULT-VALUE}).")
  private int eventsPerLp;

  @Option(names = "--lookahead", paramLabel = "S", defaultValue = "0.1", converter = NumberOption.AtLeastOneMilli.class,
      description = "Minimum hop delay, seconds, at least 0.001 (default: ${DEFAULT-VALUE}).")
  private double lookahead;

  @Option(names = "--mean", paramLabel = "S", defaultValue = "1.0", converter = NumberOption.AtLeastZero.class,
      description = "Mean of the exponential part of a hop, seconds (default: ${DEFAULT-VALUE}).")
  private double mean;

  @Option(names = "--end", paramLabel = "S", defaultValue = "1000", converter = NumberOption.Positive.class,
      description = "Simulated seconds (default: ${DEFAULT-VALUE}).")
  private double end;

  @Mixin
  private MeasurementOptions measure;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", converter = WholeNumberOption.AnyLong.class,
      description = "Seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Override
  public Integer call() {
    PholdModel model;
    try {
      model = new PholdModel(lps, eventsPerLp, lookahead, mean, end);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    SimulationPlan plan = model.plan();
    try (Engine e = Engines.create(measure.engine, measure.threads(), false, measure.stallTimeout())) {
      out.printf(Locale.ROOT, "PHOLD        %d LPs x %d events, lookahead %s s, mean %s s, end %s s%n",
          model.processes(), model.eventsPerProcess(), model.lookaheadSeconds(), model.meanSeconds(),
          model.endSeconds());
      out.printf(Locale.ROOT, "engine       %s on Java %s%n", e.describe(), Runtime.version());
      Measured.warmUpThenMeasure(e, plan, seed, measure.warmups, measure.runs, out);
    }
    return 0;
  }
}
