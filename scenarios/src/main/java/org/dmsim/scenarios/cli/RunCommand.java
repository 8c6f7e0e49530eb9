package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dmsim.scenarios.cli.option.HelpOption;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.cli.option.PluginsOption;
import org.dmsim.scenarios.cli.option.VariantFilesOption;
import org.dmsim.scenarios.cli.option.WorkLimitOption;
import org.dmsim.scenarios.run.RunDescription;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dmsim run FILE}: a scenario file's replications ({@link ScenarioRun}) or an experiment file's
 * cases, variants and replications ({@link ExperimentFileRun}).
 */
@Command(name = "run",
    description = {
        "Runs a scenario or experiment file and prints its indicators.",
        "",
        "A scenario file: prints the indicators of each replication and their mean "
            + "(with a 95 %% interval), then 'digest: <sha-256>' over all replications' results, and writes "
            + "summary.json, timeseries.csv, utilization.csv, stations.csv and disruptions.csv. The same file, seed and "
            + "replications give the same digest on either engine and any thread count.",
        "",
        "An experiment file (kind: experiment) runs every case × variant × replication and prints, per case, "
            + "each variant's mean with its 95 %% interval and the paired difference against the first variant; "
            + "it writes kpis.csv, comparisons.csv, timeseries.csv, disruptions.csv, leadtimes.csv, "
            + "utilization-daily.csv, stations.csv, summary.json, manifest.json, network.json and report.html. "
            + "Each run is added to runs.jsonl as it finishes: after Ctrl-C, a kill or a crash, the same command "
            + "with --resume runs only the rest, and its files are the same as an uninterrupted run's.",
        "",
        "A stock chain (distribution centres with a period, e.g. the Beer Game) also prints each stage's cost, "
            + "fill and ready rates and bullwhip ratios with the series per period, and writes echelons.csv."},
    footer = {
        "  dmsim run scenarios/library/mm1.yaml --replications 2 --set horizon=60d",
        "  dmsim run scenarios/library/beer-game-sterman.yaml",
        "  dmsim run scenarios/library/eu-disruption-suite.yaml --resume --precision .01"})
final class RunCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private HelpOption help;

  @Mixin
  private PluginsOption plugins;

  @Parameters(paramLabel = "FILE",
      description = "A scenario file, or an experiment file (YAML; docs/scenario-format.md).")
  private Path file;

  @Mixin
  private RunOptions options;

  @Mixin
  private PrecisionOptions precision;

  @Mixin
  private OverrideOptions set;

  @Mixin
  private VariantFilesOption variantFiles;

  @Mixin
  private WorkLimitOption workLimit;

  @Option(names = "--resume", description = "Experiment files: go on from the runs.jsonl in the output folder, "
      + "running only the runs it does not hold; refused if the files, overrides, seed or dmsim version changed (default: off, a new record).")
  private boolean resume;

  @Mixin
  private ClusterOptions cluster;

  @Override
  public Integer call() throws Exception {
    if (ScenarioLoader.isExperiment(file)) {
      Experiment e = ScenarioLoader.loadExperiment(file, set.overrides(), variantFiles.anywhere());
      if (!cluster.given()) {
        return ExperimentFileRun.execute(e, options, precision, workLimit.limit(), ExperimentFileRun.Tables.PER_CASE,
            resume, null, spec.commandLine().getOut(), spec.commandLine().getErr());
      }
      return cluster.submit(spec.commandLine().getOut(), remote -> ExperimentFileRun.execute(e, options, precision,
          workLimit.limit(), ExperimentFileRun.Tables.PER_CASE, resume, remote, spec.commandLine().getOut(),
          spec.commandLine().getErr()));
    }
    if (cluster.given()) {
      throw new UsageException("--cluster applies to experiment files (kind: experiment)");
    }
    cluster.checkNotGivenAlone();
    if (resume) {
      throw new UsageException("--resume applies to experiment files (kind: experiment)");
    }
    if (precision.given()) {
      throw new UsageException("--precision, --precision-kpi and --max-replications apply to experiment files");
    }
    // One read: the scenario as the user named its files (for messages and summary.json), and the
    // description of the same documents and overrides that every replication is compiled from.
    RunDescription.Loaded loaded = RunDescription.load(file, set.texts());
    return ScenarioRun.execute(loaded.scenario(), loaded.description(), options, workLimit.limit(),
        spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
