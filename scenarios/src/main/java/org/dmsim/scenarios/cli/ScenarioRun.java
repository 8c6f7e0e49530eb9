package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.result.Completion;
import org.dmsim.model.result.ExperimentSummary;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.reports.csv.EchelonCsv;
import org.dmsim.reports.csv.ManufacturingCsv;
import org.dmsim.reports.experiment.ExperimentOutputs;
import org.dmsim.reports.experiment.StationFiles;
import org.dmsim.reports.html.HtmlReport;
import org.dmsim.reports.json.SummaryJson;
import org.dmsim.scenarios.estimate.RunEstimate;
import org.dmsim.scenarios.estimate.WorkLimit;
import org.dmsim.scenarios.experiment.Replications;
import org.dmsim.scenarios.experiment.ReplicationsFailed;
import org.dmsim.scenarios.experiment.ReplicationsInterrupted;
import org.dmsim.scenarios.experiment.Summaries;
import org.dmsim.scenarios.run.RunDescription;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.sim.engine.EngineKind;

/**
 * {@code dmsim run} of a scenario file: the header, the progress bar, the indicator table,
 * {@code summary.json} (and {@code timeseries.csv}, {@code utilization.csv}, {@code stations.csv} and
 * {@code report.html}) and
 * the digest. Replications that finished
 * before one failed, or before Ctrl-C or {@code SIGTERM} ({@link Interruption}), are still written, marked
 * {@code failed} or {@code partial} in {@code summary.json}, which then has no overall digest.
 */
final class ScenarioRun {
  /** The case of a scenario run's {@code stations.csv}: the one case the report shows for it. */
  private static final String SCENARIO_CASE = "as written";

  private ScenarioRun() {}

  /** Runs {@code scenario} with {@code o}; returns the exit code. */
  static int execute(Scenario scenario, RunDescription description, RunOptions o, PrintWriter out, PrintWriter err)
      throws IOException {
    return execute(scenario, description, o, WorkLimit.standard(), out, err);
  }

  /**
   * Runs {@code scenario} with {@code o}, each replication compiled from {@code description} (its
   * documents and the overrides it was read with, shown in the header), and writes that description as
   * {@code run.json}, so that the output folder holds everything the run was built from; refuses it
   * before any work when its estimate is above {@code limit}.
   */
  static int execute(Scenario scenario, RunDescription description, RunOptions o, WorkLimit limit, PrintWriter out,
      PrintWriter err) throws IOException {
    List<String> set = description.overrides();
    long seed = o.seed(scenario.defaultSeed());
    int replications = o.replications(scenario.defaultReplications());
    EngineKind engine = o.engine();
    int threads = o.threads();
    RunEstimate estimate = estimate(scenario, replications, engine, o.fused(), threads);
    limit.refusal(estimate).ifPresent(refused -> {
      throw new UsageException(refused);
    });
    Path outDir = OutputDirectory.prepare(o.out(scenario.name()));
    // Written first, so that a run that fails or is interrupted still says what it was.
    Path described = writeDescription(description, seed, outDir);

    out.printf(Locale.ROOT, "scenario     %s%s%n", scenario.name(),
        scenario.description().isEmpty() ? "" : " — " + scenario.description());
    out.printf(Locale.ROOT, "run          %d replication%s of %s, seed %d, engine %s, %d thread%s%n", replications,
        replications == 1 ? "" : "s", SimTime.format(scenario.network().horizonMs()), seed, engine.cliName(), threads,
        threads == 1 ? "" : "s");
    for (String override : set) {
      out.println("set          " + override);
    }
    out.println("estimate     " + estimate.summary());
    long start = System.nanoTime();
    List<RunResult> runs;
    try {
      runs = Replications.runAll(jobs(description, seed, replications), engine, threads, o.fused(), o.stallTimeout(),
          ConsoleProgress.forConsole(err, o.quiet()), Interruption.cancellation());
    } catch (ReplicationsInterrupted i) {
      keep(scenario, set, seed, engine, i.completed(), Completion.partial(i.finished(), i.planned(), i.getMessage()),
          outDir, out, err);
      return ExitCodes.INTERRUPTED;
    } catch (ReplicationsFailed f) {
      if (!f.completed().isEmpty()) {
        keep(scenario, set, seed, engine, f.completed(),
            Completion.failed(f.completed().size(), replications, f.getMessage()), outDir, out, err);
      }
      throw f;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    ExperimentSummary summary = Summaries.of(scenario.network(), scenario.name(), scenario.source(), seed,
        engine.cliName(), runs);
    out.println();
    KpiTable.print(summary, out);
    out.println();
    if (!runs.isEmpty() && EchelonCsv.hasStages(scenario.network())) {
      EchelonTable.print(scenario.network(), runs.get(0), out);
      out.println();
      EchelonCsv.write(outDir, runs.stream()
          .map(r -> new EchelonCsv.Run(SCENARIO_CASE, scenario.name(), scenario.network(), r)).toList());
    }
    Path file = SummaryJson.write(summary, set, outDir);
    ManufacturingCsv.write(scenario.network(), runs, 0, outDir);
    StationFiles.write(outDir, SCENARIO_CASE, scenario.name(), scenario.network(), runs, 0);
    writeDisruptions(scenario, seed, runs, outDir);
    Path report = HtmlReport.write(outDir);
    long events = runs.stream().mapToLong(RunResult::eventsHandled).sum();
    out.printf(Locale.ROOT, "wall time    %.2f s (%,.0f events/s)%n", seconds, events / seconds);
    out.println("summary      " + file);
    out.println("report       " + report);
    out.println("described    " + described);
    out.println("digest: " + summary.digest());
    return ExitCodes.DONE;
  }

  /**
   * Writes the replications that finished of a run that stopped early — {@code summary.json} marked with
   * {@code completion} and without the overall digest (a claim about every replication), and their
   * {@code timeseries.csv} and {@code utilization.csv} — prints their indicators, and says on {@code err}
   * what was kept and where. No {@code digest:} line is printed.
   */
  private static void keep(Scenario scenario, List<String> set, long seed, EngineKind engine, List<RunResult> done,
      Completion completion, Path outDir, PrintWriter out, PrintWriter err) throws IOException {
    ExperimentSummary partial = Summaries.of(scenario.network(), scenario.name(), scenario.source(), seed,
        engine.cliName(), done);
    Path file = SummaryJson.write(partial, set, completion, outDir);
    ManufacturingCsv.write(scenario.network(), done, 0, outDir);
    StationFiles.write(outDir, SCENARIO_CASE, scenario.name(), scenario.network(), done, 0);
    writeDisruptions(scenario, seed, done, outDir);
    if (!done.isEmpty()) {
      HtmlReport.write(outDir);
      out.println();
      KpiTable.print(partial, out);
    }
    err.printf(Locale.ROOT, "dmsim: %s: %d of %d replication%s finished; kept in %s (\"status\": \"%s\", no overall"
        + " digest), with timeseries.csv, utilization.csv, stations.csv, disruptions.csv and report.html%n",
        completion.status() == Completion.Status.PARTIAL ? "interrupted" : "failed", completion.finished(),
        completion.planned(), completion.planned() == 1 ? "" : "s", file, completion.status().label());
  }

  /**
   * Writes {@code disruptions.csv}: the disruptions that hit each finished replication (the file's fixed
   * ones and its generators' draws for that replication), with targets resolved in the scenario's network,
   * so that the report shows them as an experiment's does.
   */
  private static void writeDisruptions(Scenario scenario, long seed, List<RunResult> runs, Path outDir)
      throws IOException {
    ExperimentOutputs.writeDisruptions(outDir.resolve("disruptions.csv"), runs.stream()
        .map(r -> new ExperimentOutputs.ReplicationDisruptions(SCENARIO_CASE, scenario.name(), r.replication(),
            scenario.disruptionsFor(seed, r.replication())))
        .toList(), Map.of(scenario.name(), scenario.network()));
  }

  /** The work estimate of {@code replications} runs of {@code scenario}. */
  static RunEstimate estimate(Scenario scenario, int replications, EngineKind engine, boolean fused, int threads) {
    return RunEstimate.of(List.of(scenario.network()), 1, replications,
        RunEstimate.disruptionsPerYear(scenario.disruptionGenerators()), engine, fused, threads);
  }

  /** The runs of a scenario, each compiled from its own description ({@link Replications#jobs(List)}). */
  static List<Replications.Job> jobs(RunDescription description, long seed, int replications) {
    List<RunDescription> each = new ArrayList<>(replications);
    for (int rep = 0; rep < replications; rep++) {
      each.add(description.forRun(seed, rep));
    }
    return Replications.jobs(each);
  }

  /** Writes {@code run.json}: the description of replication 0 under {@code seed}; the others differ only in it. */
  private static Path writeDescription(RunDescription description, long seed, Path outDir) throws IOException {
    Path file = outDir.resolve("run.json");
    Files.writeString(file, description.forRun(seed, 0).toJson(), StandardCharsets.UTF_8);
    return file;
  }
}
