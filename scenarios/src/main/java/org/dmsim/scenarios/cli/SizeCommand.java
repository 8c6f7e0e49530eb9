package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dmsim.model.time.SimTime;
import org.dmsim.reports.html.SizingReport;
import org.dmsim.scenarios.cli.option.BatchRunOptions;
import org.dmsim.scenarios.cli.option.DirectoryOption;
import org.dmsim.scenarios.cli.option.HelpOption;
import org.dmsim.scenarios.cli.option.PluginsOption;
import org.dmsim.scenarios.cli.option.StallTimeoutOption;
import org.dmsim.scenarios.sizing.SimulatedSizing;
import org.dmsim.scenarios.sizing.SizedQuantity;
import org.dmsim.scenarios.sizing.SizingFiles;
import org.dmsim.scenarios.sizing.SizingOutcome;
import org.dmsim.scenarios.sizing.SizingStudy;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.EngineKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dmsim size FILE}: runs a sizing study ({@code kind: sizing}, docs/sizing.md) — finds the
 * smallest number of candidate sites, or of machines per group at the sized sites, whose indicator meets
 * the target with the stated confidence —
 * prints the designs it explored ({@link SizingTable}) and the answer, and writes {@code sizing.csv}
 * and {@code sizing.json} ({@link SizingFiles}). Stopped by Ctrl-C or {@code SIGTERM}, it writes the
 * designs decided so far with {@code "status": "partial"}.
 */
@Command(name = "size",
    description = {
        "Finds the fewest sites or machines per site that meet a target.",
        "",
        "Reads a sizing file (kind: sizing, docs/sizing.md): a distributed design, what to size (size: sites, "
            + "the default: its candidate sites in the order they open, at the largest demand or as listed; or "
            + "size: machines: the machines in every machine group of the sized sites), a range of sizes, "
            + "disruption cases, an indicator (e.g. fill_during_disruption), a target and a confidence. It bisects "
            + "over the size, assuming a larger size is never worse, and at each size runs replications in "
            + "batches (the same ones at every size) until the one-sided t bound decides: lower bound >= target "
            + "meets, upper bound < target fails; at the cap the size is undecided and the answer becomes a "
            + "range, never a guess. Prints each design explored with its cost per unit and the "
            + "cost-versus-service frontier, and writes sizing.csv and sizing.json.",
        "",
        "Ctrl-C stops the runs and keeps the designs decided so far (status partial)."},
    footer = {
        "  dmsim size scenarios/library/eu-planner-size.yaml",
        "  dmsim size my-sizing.yaml --seed 7 --threads 4 --out /tmp/sizing",
        "  dmsim size my-sizing.yaml --quiet --engine actors"})
final class SizeCommand implements Callable<Integer> {
  @Spec
  private CommandSpec command;

  @Mixin
  private HelpOption help;

  @Mixin
  private PluginsOption plugins;

  @Parameters(paramLabel = "FILE", description = "A sizing file (kind: sizing; docs/sizing.md).")
  private Path file;

  @Mixin
  private BatchRunOptions batch;

  @Option(names = "--design-anywhere",
      description = "Let the sizing file's design lie outside the sizing file's folder (default: only files in "
          + "its folder and below).")
  private boolean designAnywhere;

  @Mixin
  private StallTimeoutOption stallTimeout;

  @Option(names = "--out", paramLabel = "DIR", converter = DirectoryOption.class,
      description = "Where sizing.csv and sizing.json go (default: runs/<study name>).")
  private Path out;

  @Option(names = "--quiet", description = "No progress (default: a line per look at a design, and a bar on a "
      + "terminal).")
  private boolean quiet;

  @Override
  public Integer call() throws ScenarioException, IOException {
    int threadCount = batch.threads();
    EngineKind engine = batch.engine();
    SizingStudy loaded = ScenarioLoader.loadSizing(file, designAnywhere);
    SizingStudy study = batch.seed().isPresent() ? loaded.withSeed(batch.seed().getAsLong()) : loaded;
    Path outDir = OutputDirectory.prepare(out != null ? out : Path.of("runs", study.name()));
    PrintWriter o = command.commandLine().getOut();
    if (study.quantity() == SizedQuantity.SITES) {
      o.printf(Locale.ROOT, "size         %s: %s, %d candidate sites (%s), k from %d to %d%n", study.name(),
          study.design().name(), study.candidates().size(), study.placement().word(), study.from(), study.to());
    } else {
      int sized = study.candidates().size();
      o.printf(Locale.ROOT, "size         %s: %s, machines per group at %d site%s (%s), k from %d to %d%n",
          study.name(), study.design().name(), sized, sized == 1 ? "" : "s", String.join(", ", study.candidates()),
          study.from(), study.to());
    }
    o.printf(Locale.ROOT, "question     smallest k with %s >= %s at %s confidence (one-sided); %d case%s, runs of %s "
            + "(warm-up %s), batches of %d up to %d replications per design, seed %d%n", study.indicator(),
        plain(study.target()), percent(study.confidence()), study.cases().size(), study.cases().size() == 1 ? "" : "s",
        SimTime.format(study.design().horizonMs()), SimTime.format(study.warmupMs()), study.batch(),
        study.maxReplications(), study.seed());
    o.flush();
    long start = System.nanoTime();
    SimulatedSizing evaluator = new SimulatedSizing(study, engine, threadCount, stallTimeout.stallTimeout(),
        ConsoleProgress.forConsole(command.commandLine().getErr(), quiet), Interruption.cancellation());
    SizingOutcome outcome = study.search().run(evaluator, (k, e, done) -> {
      if (!quiet) {
        o.printf(Locale.ROOT, "  k=%-4d %4d replications  mean %.4f  bound [%.4f, %.4f]  %s%n", k, e.replications(),
            e.mean(), e.lower(), e.upper(), done ? e.decision().word() : "more replications");
        o.flush();
      }
    });
    o.println();
    SizingTable.print(study, outcome, o);
    Path csv = SizingFiles.write(outDir, study, outcome);
    o.printf(Locale.ROOT, "%nwall time    %.1f s, %d replications%n", (System.nanoTime() - start) / 1e9,
        outcome.replications());
    o.println("designs      " + csv);
    o.println("summary      " + outDir.resolve("sizing.json"));
    o.println("report       " + SizingReport.write(outDir));
    if (outcome.stoppedEarly().isPresent()) {
      command.commandLine().getErr().printf(Locale.ROOT, "dmsim: %s; %d designs explored, written with status "
          + "partial%n", outcome.stoppedEarly().get(), outcome.steps().size());
      return ExitCodes.INTERRUPTED;
    }
    return ExitCodes.DONE;
  }

  static String plain(double x) {
    return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }

  static String percent(double share) {
    return plain(Math.round(share * 1000) / 10.0) + " %";
  }

}
