package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.time.SimTime;
import org.dmsim.reports.csv.StressCsv;
import org.dmsim.reports.html.StressReport;
import org.dmsim.scenarios.cli.option.BatchRunOptions;
import org.dmsim.scenarios.cli.option.DirectoryOption;
import org.dmsim.scenarios.cli.option.DurationOption;
import org.dmsim.scenarios.cli.option.ElementsOption;
import org.dmsim.scenarios.cli.option.HelpOption;
import org.dmsim.scenarios.cli.option.PluginsOption;
import org.dmsim.scenarios.cli.option.StallTimeoutOption;
import org.dmsim.scenarios.cli.option.WholeNumberOption;
import org.dmsim.scenarios.experiment.ExperimentInterrupted;
import org.dmsim.scenarios.cli.option.WorkLimitOption;
import org.dmsim.scenarios.estimate.RunEstimate;
import org.dmsim.scenarios.experiment.ReferenceRunInterrupted;
import org.dmsim.scenarios.experiment.StressTest;
import org.dmsim.scenarios.yaml.Scenario;
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
 * {@code dmsim stress FILE}: knocks out each node (or lane, port or supplier: {@code --elements}) of a
 * network in turn, ranks them by what the network loses ({@link StressTable}) and writes the ranking as
 * {@code stress.csv} and its page, {@code stress-report.html} ({@link StressReport}). Stopped by Ctrl-C or
 * {@code SIGTERM} ({@link Interruption}), it ranks and writes the elements whose replications all finished.
 */
@Command(name = "stress",
    description = {
        "Knocks out each node in turn and ranks the nodes by the loss.",
        "",
        "A stress test after Simchi-Levi's time to survive, for one network: every plant, "
            + "microfactory, distribution centre and supplier is knocked out in turn for the same time, in the "
            + "same replications (same demand), and the network's served-demand curve is measured. For each node "
            + "it prints the time to survive (days until the 7-day on-time share falls below 95 %% of its "
            + "baseline; 'whole' when it never does during the outage), the loss (unit-days of demand not served "
            + "on time, docs/metrics.md), lost sales and the on-time fill rate, with 95 %% intervals, worst first, "
            + "and writes the ranking to stress.csv and, with its chart, to stress-report.html.",
        "",
        "--elements chooses what is knocked out: nodes (the default); lanes, each lane in use closed "
            + "(lane-closure); ports, all lanes into one customer region or distribution centre closed at once "
            + "(lane-closure from *); suppliers, each failed (supplier-failure). Lanes and ports are those that "
            + "carry shipments in an undisrupted reference run (replication 0, same horizon), busiest first; "
            + "--top N keeps the N busiest. For them stress.csv also has the fill during the disruption and "
            + "the normal flow.",
        "",
        "Durations take a unit: s, min, h, d or w (60d, 36h, 2w)."},
    footer = {
        "  dmsim stress scenarios/library/eu-spare-parts-distributed.yaml",
        "  dmsim stress my-network.yaml --at 90d --replications 5 --out /tmp/stress",
        "  dmsim stress my-network.yaml --elements lanes --top 10 --for 90d"})
final class StressCommand implements Callable<Integer> {
  @Spec
  private CommandSpec command;

  @Mixin
  private HelpOption help;

  @Mixin
  private PluginsOption plugins;

  @Mixin
  private OverrideOptions set;

  @Parameters(paramLabel = "FILE", description = "A scenario file (docs/scenario-format.md).")
  private Path file;

  @Option(names = "--elements", paramLabel = "KIND", defaultValue = "nodes", converter = ElementsOption.class,
      completionCandidates = ElementsOption.Names.class,
      description = "What is knocked out in turn: nodes, lanes, ports or suppliers (default: ${DEFAULT-VALUE}).")
  private StressTest.Elements elements;

  @Option(names = "--top", paramLabel = "N", converter = WholeNumberOption.AtLeastOne.class,
      description = "Lanes and ports: only the N busiest in the reference run, at least 1 (default: all in use).")
  private Integer top;

  @Option(names = "--at", paramLabel = "D", defaultValue = "60d", converter = DurationOption.AtLeastOneDay.class,
      description = "When each outage starts, simulated time from the start, at least 1d (default: ${DEFAULT-VALUE}).")
  private long atMs;

  @Option(names = "--for", paramLabel = "D", defaultValue = "14d", converter = DurationOption.AtLeastOneDay.class,
      description = "How long each outage lasts, at least 1d (default: ${DEFAULT-VALUE}).")
  private long outageMs;

  @Option(names = "--horizon", paramLabel = "D", converter = DurationOption.AtLeastOneDay.class,
      description = "Length of each run, at least the outage's end (default: the outage's end + 60d).")
  private Long horizonMs;

  @Option(names = "--warmup", paramLabel = "D", defaultValue = "28d", converter = DurationOption.AtLeastZero.class,
      description = "Start of each run left out of every indicator; must end before --at "
          + "(default: ${DEFAULT-VALUE}).")
  private long warmupMs;

  @Option(names = "--replications", paramLabel = "R", defaultValue = "3",
      converter = WholeNumberOption.Replications.class,
      description = "Replications per node, 1 to " + WholeNumberOption.MAX_REPLICATIONS + " (default: ${DEFAULT-VALUE}).")
  private int replications;

  @Mixin
  private BatchRunOptions batch;

  @Option(names = "--fused",
      description = "Actor engine: nodes call their machines and shipments directly (faster; same results; "
          + "default: off).")
  private boolean fused;

  @Mixin
  private StallTimeoutOption stallTimeout;

  @Mixin
  private WorkLimitOption workLimit;

  @Option(names = "--out", paramLabel = "DIR", converter = DirectoryOption.class,
      description = "Where stress.csv goes (default: runs/<scenario name>).")
  private Path out;

  @Option(names = "--quiet", description = "No progress bar (default: a bar on a terminal, none in a pipe or CI).")
  private boolean quiet;

  @Override
  public Integer call() throws ScenarioException, IOException {
    long horizon = horizonMs != null ? horizonMs : atMs + outageMs + 60 * SimTime.DAY_MS;
    if (horizon < atMs + outageMs) {
      throw new UsageException("--horizon expects at least " + SimTime.format(atMs + outageMs)
          + " (the outages' end), got '" + SimTime.format(horizon) + "'");
    }
    if (warmupMs >= atMs) {
      throw new UsageException("--warmup must end before the outages start (--at)");
    }
    if (top != null && !elements.flowRanked()) {
      throw new UsageException("--top applies to --elements lanes or ports, not " + elements.cliName());
    }
    int threadCount = batch.threads();
    EngineKind engine = batch.engine();
    Scenario scenario = ScenarioLoader.load(file, set.overrides());
    ManufacturingSpec spec = scenario.network();
    long masterSeed = batch.seed().orElse(scenario.defaultSeed());
    if (elements == StressTest.Elements.SUPPLIERS && spec.suppliers().isEmpty()) {
      throw new UsageException(file + ": --elements suppliers: expected a network with suppliers, found none"
          + " (the file lists no 'suppliers'); try --elements nodes, lanes or ports");
    }
    PrintWriter o = command.commandLine().getOut();
    long started = System.nanoTime();
    Path outDir = null;
    if (elements.flowRanked()) {
      // Checked before the reference run, which can take a while on a large network: the limit holds for it
      // alone (one run on the sequential engine) and, below, for the knock-outs.
      workLimit.limit().refusal(RunEstimate.of(List.of(spec.withHorizon(horizon)), 1, 1, 0,
          EngineKind.SEQUENTIAL, false, 1)).ifPresent(refused -> {
            throw new UsageException("the reference run: " + refused);
          });
      outDir = OutputDirectory.prepare(out != null ? out : Path.of("runs", scenario.name()));
      o.printf(Locale.ROOT, "reference    %s: one undisrupted run of %s to measure the normal flow on each lane%n",
          spec.name(), SimTime.format(horizon));
    }
    List<StressTest.Target> targets;
    try {
      targets = StressTest.targets(spec, elements, Integer.MAX_VALUE, horizon, masterSeed,
          Interruption.cancellation());
    } catch (IllegalArgumentException none) {
      throw new UsageException(file + ": --elements " + elements.cliName() + ": " + none.getMessage());
    } catch (ReferenceRunInterrupted stopped) {
      command.commandLine().getErr().println("dmsim: " + stopped.getMessage() + "; nothing was ranked or written");
      return ExitCodes.INTERRUPTED;
    }
    if (elements.flowRanked()) {
      o.printf(Locale.ROOT, "in use       %d %s%s%n", targets.size(), elements.singular() + (targets.size() == 1 ? "" : "s"),
          top != null && top < targets.size() ? (top == 1 ? "; the busiest is knocked out"
              : "; the " + top + " busiest are knocked out") : "");
      targets = targets.subList(0, Math.min(top != null ? top : Integer.MAX_VALUE, targets.size()));
    }
    RunEstimate estimate = RunEstimate.of(List.of(spec.withHorizon(horizon)), targets.size(),
        replications, 0, engine, fused, threadCount);
    workLimit.limit().refusal(estimate).ifPresent(refused -> {
      throw new UsageException(refused);
    });
    if (outDir == null) {
      outDir = OutputDirectory.prepare(out != null ? out : Path.of("runs", scenario.name()));
    }
    int count = targets.size();
    String what = elements.singular() + (count == 1 ? "" : "s");
    String knockedOut = switch (elements) {
      case NODES -> "out";
      case SUPPLIERS -> "failed";
      default -> "closed";
    };
    o.printf(Locale.ROOT, "stress       %s: %d %s, each %s from %s for %s; %d replication%s of %s, warm-up %s%n",
        spec.name(), count, what, knockedOut, SimTime.format(atMs), SimTime.format(outageMs), replications,
        replications == 1 ? "" : "s", SimTime.format(horizon), SimTime.format(warmupMs));
    o.println("estimate     " + estimate.summary());
    List<StressTest.NodeResult> results;
    ExperimentInterrupted interrupted = null;
    try {
      results = StressTest.run(spec, targets, atMs, outageMs, horizon, warmupMs, masterSeed, replications, engine,
          threadCount, fused, stallTimeout.stallTimeout(),
          ConsoleProgress.forConsole(command.commandLine().getErr(), quiet), Interruption.cancellation());
    } catch (ExperimentInterrupted i) {
      interrupted = i;
      results = StressTest.rank(spec, targets, i.completed(), atMs, outageMs, warmupMs, replications);
    }
    o.println();
    StressTable.print(results, elements, replications, o);
    Path csv = StressCsv.write(outDir, elements.singular(), atMs, outageMs, replications, results.stream()
        .map(r -> new StressCsv.Row(r.node(), r.kind(), r.timeToSurviveDays(), r.survivedWholeOutage(),
            r.lossUnitDays(), r.lostSalesUnits(), r.onTimeFillRate(), r.fillDuringDisruption(),
            r.normalFlowShipments(), r.normalFlowUnits()))
        .toList());
    o.printf(Locale.ROOT, "%nwall time    %.1f s%n", (System.nanoTime() - started) / 1e9);
    o.println("ranking      " + csv);
    o.println("report       " + StressReport.write(outDir));
    if (interrupted != null) {
      command.commandLine().getErr().printf(Locale.ROOT, "dmsim: %s; %d of %d %ss ranked (those whose every"
          + " replication finished); stress.csv holds only them%n", interrupted.getMessage(), results.size(), count,
          elements.singular());
      return ExitCodes.INTERRUPTED;
    }
    return ExitCodes.DONE;
  }
}
