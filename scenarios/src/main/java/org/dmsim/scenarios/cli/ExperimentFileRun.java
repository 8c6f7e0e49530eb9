package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dmsim.scenarios.experiment.RemoteRuns;
import java.util.Map;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.result.Completion;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.ExperimentStats;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.stats.Interval;
import org.dmsim.model.time.SimTime;
import org.dmsim.reports.csv.EchelonCsv;
import org.dmsim.reports.experiment.ExperimentOutputs;
import org.dmsim.reports.experiment.Manifest;
import org.dmsim.reports.html.HtmlReport;
import org.dmsim.reports.network.NetworkGeometries;
import org.dmsim.reports.network.NetworkJson;
import org.dmsim.scenarios.cli.option.PluginsOption;
import org.dmsim.scenarios.experiment.Cancellation;
import org.dmsim.scenarios.estimate.RunEstimate;
import org.dmsim.scenarios.estimate.WorkLimit;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.experiment.ExperimentFailed;
import org.dmsim.scenarios.experiment.ExperimentInterrupted;
import org.dmsim.scenarios.experiment.ExperimentRunner;
import org.dmsim.scenarios.experiment.ResumeRefused;
import org.dmsim.scenarios.experiment.RunLog;
import org.dmsim.scenarios.experiment.RunRecord;
import org.dmsim.sim.engine.EngineKind;

/**
 * {@code dmsim run} of an experiment file: every case × variant × replication — more replications when
 * {@code --precision} asks for them — then {@link ComparisonTable} per case, the experiment's files and
 * its {@code report.html} ({@link HtmlReport}, read back from those files).
 * Runs that finished before one failed, or before Ctrl-C or {@code SIGTERM} ({@link Interruption}), are
 * still written, marked {@code failed} or {@code partial} in {@code summary.json} and {@code manifest.json}.
 */
final class ExperimentFileRun {
  /** How the results are printed on the terminal once every run has finished. */
  @FunctionalInterface
  interface Tables {
    /** One {@link ComparisonTable} per case: every headline indicator of the case. */
    Tables PER_CASE = (cases, variants, stats, out) -> cases.forEach(c -> ComparisonTable.print(c, variants, stats, out));

    void print(List<String> cases, List<String> variants, ExperimentStats stats, PrintWriter out);
  }

  private ExperimentFileRun() {}

  static int execute(Experiment e, RunOptions o, PrecisionOptions precision, WorkLimit limit, PrintWriter out,
      PrintWriter err) throws IOException {
    return execute(e, o, precision, limit, Tables.PER_CASE, out, err);
  }

  /** As {@link #execute(Experiment, RunOptions, PrecisionOptions, WorkLimit, PrintWriter, PrintWriter)}, printing the results with {@code tables}. */
  static int execute(Experiment e, RunOptions o, PrecisionOptions precision, WorkLimit limit, Tables tables,
      PrintWriter out, PrintWriter err) throws IOException {
    return execute(e, o, precision, limit, tables, false, out, err);
  }

  /**
   * As {@link #execute(Experiment, RunOptions, PrecisionOptions, WorkLimit, Tables, PrintWriter, PrintWriter)};
   * every finished run goes to the output folder's {@link RunRecord} as it finishes, and with {@code resume}
   * the runs that record already holds are taken from it instead of run again.
   *
   * @throws UsageException when {@code resume} is asked for and the record is missing, damaged or was
   *     written for other inputs (saying which)
   */
  static int execute(Experiment e, RunOptions o, PrecisionOptions precision, WorkLimit limit, Tables tables,
      boolean resume, PrintWriter out, PrintWriter err) throws IOException {
    return execute(e, o, precision, limit, tables, resume, null, out, err);
  }

  /**
   * As {@link #execute(Experiment, RunOptions, PrecisionOptions, WorkLimit, Tables, boolean, PrintWriter,
   * PrintWriter)}, with the runs sent where {@code remote} says for the experiment as run (its seed and
   * replications); {@code null}: on this machine's threads.
   */
  static int execute(Experiment e, RunOptions o, PrecisionOptions precision, WorkLimit limit, Tables tables,
      boolean resume, Function<Experiment, RemoteRuns> remote, PrintWriter out, PrintWriter err) throws IOException {
    long seed = o.seed(e.seed());
    int replications = o.replications(e.replications());
    Experiment run = new Experiment(e.name(), e.source(), e.variants(), e.cases(), seed, replications, e.warmupMs(),
        e.description());
    EngineKind engine = o.engine();
    int threads = o.threads();
    RunEstimate estimate = RunEstimate.of(e.variants().stream().map(Experiment.Variant::spec).toList(),
        e.cases().size(), replications, 0, engine, o.fused(), threads);
    limit.refusal(estimate).ifPresent(refused -> {
      throw new UsageException(refused);
    });
    Path outDir = OutputDirectory.prepare(o.out(e.name()));
    List<String> variants = e.variants().stream().map(Experiment.Variant::name).toList();
    List<String> cases = e.cases().stream().map(Experiment.Case::name).toList();
    RunRecord.Inputs inputs = RunRecord.Inputs.of(DmsimVersion.version(), seed, Path.of(e.source()), inputFiles(e),
        overrides(e));
    RunRecord record;
    try {
      record = resume ? RunRecord.resume(outDir, inputs) : RunRecord.create(outDir, inputs);
    } catch (ResumeRefused refused) {
      throw new UsageException(refused.getMessage());
    }
    out.printf(Locale.ROOT, "experiment   %s%s%n", e.name(), e.description().isEmpty() ? "" : " — " + e.description());
    out.printf(Locale.ROOT, "runs         %s × %s × %s of %s (warm-up %s), seed %d, %s%n",
        count(cases.size(), "case"), count(variants.size(), "variant"), count(replications, "replication"),
        SimTime.format(e.variants().get(0).spec().horizonMs()), SimTime.format(e.warmupMs()), seed,
        remote == null ? "engine " + engine.cliName() + ", " + count(threads, "thread")
            : "on the cluster's workers (sequential engine, the same results)");
    if (remote == null) {
      out.println("estimate     " + estimate.summary());
    }
    try (record) {
      if (resume) {
        out.printf(Locale.ROOT, "resume       %d finished runs are taken from %s%n", record.size(),
            outDir.resolve(RunRecord.FILE_NAME));
      }
      return execute(e, o, precision, tables, run, record, remote, cases, variants, outDir, out, err);
    }
  }

  private static int execute(Experiment e, RunOptions o, PrecisionOptions precision, Tables tables, Experiment run,
      RunLog record, Function<Experiment, RemoteRuns> remote, List<String> cases, List<String> variants, Path outDir,
      PrintWriter out, PrintWriter err) throws IOException {
    long seed = run.seed();
    int replications = run.replications();
    EngineKind engine = o.engine();
    int threads = o.threads();
    long start = System.nanoTime();
    Cancellation cancel = Interruption.cancellation();
    List<ExperimentRun> runs;
    try {
      runs = ExperimentRunner.run(run, engine, threads, o.fused(), o.stallTimeout(),
          ConsoleProgress.forConsole(err, o.quiet()), cancel, record, remote == null ? null : remote.apply(run));
    } catch (ExperimentInterrupted i) {
      return keep(run, i.completed(), Completion.partial(i.completed().size(), i.planned(), i.getMessage()), cases,
          variants, outDir, engine, threads, start, err);
    } catch (ExperimentFailed f) {
      if (!f.completed().isEmpty()) {
        keep(run, f.completed(), Completion.failed(f.completed().size(), f.planned(), f.getMessage()), cases,
            variants, outDir, engine, threads, start, err);
      }
      throw f;
    }
    if (precision.halfWidth().isPresent()) {
      int needed = replicationsFor(runs, precision, cases, variants, replications);
      if (needed > replications) {
        out.printf(Locale.ROOT, "precision    ±%s on %s needs %d replications; running them%n",
            plain(precision.halfWidth().getAsDouble()), precision.kpi(), needed);
        replications = needed;
        run = new Experiment(e.name(), e.source(), e.variants(), e.cases(), seed, replications, e.warmupMs(),
            e.description());
        try {
          runs = ExperimentRunner.run(run, engine, threads, o.fused(), o.stallTimeout(),
              ConsoleProgress.forConsole(err, o.quiet()), cancel, record, remote == null ? null : remote.apply(run));
        } catch (ExperimentInterrupted i) {
          return keep(run, i.completed(), Completion.partial(i.completed().size(), i.planned(), i.getMessage()),
              cases, variants, outDir, engine, threads, start, err);
        } catch (ExperimentFailed f) {
          if (!f.completed().isEmpty()) {
            keep(run, f.completed(), Completion.failed(f.completed().size(), f.planned(), f.getMessage()), cases,
                variants, outDir, engine, threads, start, err);
          }
          throw f;
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    ExperimentStats stats = new ExperimentStats(runs, 0.95);
    out.println();
    tables.print(cases, variants, stats, out);
    printStages(run, runs, out);
    long reportStart = System.nanoTime();
    write(run, runs, cases, variants, outDir, engine, threads, seconds);
    Path report = HtmlReport.write(outDir);
    double reportSeconds = (System.nanoTime() - reportStart) / 1e9;
    long events = runs.stream().mapToLong(r -> r.result().eventsHandled()).sum();
    out.printf(Locale.ROOT, "wall time    %.1f s (%,d runs, %,.0f events/s)%n", seconds, runs.size(), events / seconds);
    out.println("outputs      " + outDir + " (runs.jsonl, kpis.csv, comparisons.csv, timeseries.csv, disruptions.csv, leadtimes.csv,"
        + " utilization-daily.csv, stations.csv, summary.json, manifest.json, network.json)");
    out.printf(Locale.ROOT, "report       %s (written in %.1f s)%n", report, reportSeconds);
    out.println("digest: " + RunResult.digestOf(runs.stream().map(ExperimentRun::result).toList()));
    return ExitCodes.DONE;
  }

  /**
   * The replications that bring the 95 % interval of the precision indicator within the target in every
   * case and variant, estimated from the pilot runs (the same seed, so the pilot's runs are the first of
   * the larger set); at most {@code --max-replications}.
   */
  private static int replicationsFor(List<ExperimentRun> pilot, PrecisionOptions precision, List<String> cases,
      List<String> variants, int replications) {
    double target = precision.halfWidth().orElseThrow();
    String kpi = precision.kpi();
    if (!pilot.isEmpty() && !pilot.get(0).kpis().containsKey(kpi)) {
      throw new UsageException("--precision-kpi " + kpi + " is not an indicator of this experiment");
    }
    int max = precision.maxReplications();
    if (replications < 2) {
      throw new UsageException("--precision needs a pilot of at least 2 replications");
    }
    ExperimentStats stats = new ExperimentStats(pilot, 0.95);
    int needed = replications;
    for (String c : cases) {
      for (String v : variants) {
        double[] values = Interval.defined(stats.values(c, v, kpi));
        if (values.length >= 2) {
          try {
            needed = Math.max(needed, Interval.requiredReplications(values, target, 0.95));
          } catch (ArithmeticException tooMany) {
            needed = Integer.MAX_VALUE;
          }
        }
      }
    }
    return Math.min(needed, max);
  }

  /**
   * For each variant that is a stock chain (a distribution centre with a {@code period}), its stages in
   * the first run of the first case: costs, bullwhip ratios and the series per period.
   */
  private static void printStages(Experiment e, List<ExperimentRun> runs, PrintWriter out) {
    for (Experiment.Variant v : e.variants()) {
      if (!EchelonCsv.hasStages(v.spec())) {
        continue;
      }
      runs.stream().filter(r -> r.variant().equals(v.name())).findFirst().ifPresent(r -> {
        out.printf(Locale.ROOT, "variant %s, case %s:%n", v.name(), r.caseName());
        EchelonTable.print(v.spec(), r.result(), out);
        out.println();
      });
    }
  }

  /** The half-width as given: 0.01 rather than 1.0E-2. */
  private static String plain(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /**
   * Writes the runs that finished of an experiment that stopped early, marked with {@code completion}
   * ({@code partial} or {@code failed}) in {@code summary.json} and {@code manifest.json}, and says so on
   * {@code err}; returns {@link ExitCodes#INTERRUPTED} (the JVM's own status for the signal wins: 130 or 143).
   */
  private static int keep(Experiment e, List<ExperimentRun> runs, Completion completion, List<String> cases,
      List<String> variants, Path outDir, EngineKind engine, int threads, long startNanos, PrintWriter err)
      throws IOException {
    write(e, runs, cases, variants, outDir, engine, threads, (System.nanoTime() - startNanos) / 1e9, completion);
    HtmlReport.write(outDir);
    err.printf(Locale.ROOT, "dmsim: %s: %d of %d runs finished; they are kept in %s (runs.jsonl, kpis.csv, comparisons.csv,"
        + " timeseries.csv, disruptions.csv, leadtimes.csv, utilization-daily.csv, stations.csv, summary.json, manifest.json,"
        + " network.json: \"status\": \"%s\")%n",
        completion.isComplete() ? "done" : completion.status() == Completion.Status.PARTIAL ? "interrupted" : "failed",
        completion.finished(), completion.planned(), outDir, completion.status().label());
    return ExitCodes.INTERRUPTED;
  }

  private static void write(Experiment e, List<ExperimentRun> runs, List<String> cases, List<String> variants,
      Path outDir, EngineKind engine, int threads, double seconds) throws IOException {
    write(e, runs, cases, variants, outDir, engine, threads, seconds, Completion.complete(runs.size()));
  }

  private static void write(Experiment e, List<ExperimentRun> runs, List<String> cases, List<String> variants,
      Path outDir, EngineKind engine, int threads, double seconds, Completion completion) throws IOException {
    Manifest m = new Manifest(DmsimVersion.version(), Runtime.version().toString(), e.name(), e.description(),
        e.source(),
        hash(files(e), overrides(e)),
        e.seed(), e.replications(), engine.cliName(), threads, seconds);
    Map<String, ManufacturingSpec> networks = new LinkedHashMap<>();
    e.variants().forEach(v -> networks.put(v.name(), v.spec()));
    ExperimentOutputs.write(outDir, cases, variants, runs, new ExperimentStats(runs, 0.95), m, completion, networks,
        e.warmupMs());
    NetworkJson.write(outDir, e.variants().stream().map(v -> NetworkGeometries.of(v.name(), v.spec())).toList());
    if (e.variants().stream().anyMatch(v -> EchelonCsv.hasStages(v.spec()))) {
      EchelonCsv.write(outDir, runs.stream()
          .map(r -> new EchelonCsv.Run(r.caseName(), r.variant(), networks.get(r.variant()), r.result())).toList());
    }
  }

  /** The files an experiment was read from: the experiment file, each variant's file, then each variant's parts. */
  static List<Path> files(Experiment e) {
    List<Path> files = new ArrayList<>();
    files.add(Path.of(e.source()));
    e.variants().forEach(v -> files.add(Path.of(v.source())));
    e.variants().forEach(v -> v.parts().forEach(part -> files.add(Path.of(part))));
    return files;
  }

  /** What a run's results depend on besides the seed and overrides: {@link #files} and the plug-in jars loaded. */
  private static List<Path> inputFiles(Experiment e) {
    List<Path> files = files(e);
    files.addAll(PluginsOption.loadedJars());
    return files;
  }

  /** Every variant's overrides, {@code variant: PATH=VALUE}, in variant order. */
  private static List<String> overrides(Experiment e) {
    List<String> set = new ArrayList<>();
    e.variants().forEach(v -> v.set().forEach(o -> set.add(v.name() + ": " + o)));
    return set;
  }

  /** SHA-256 over the files' bytes in order, hex; files that cannot be read count as their name. */
  static String hash(List<Path> files) {
    return hash(files, List.of());
  }

  /**
   * SHA-256 over the files' bytes in order, then over each variant's overrides ({@code variant: PATH=VALUE},
   * each ended by a line break), hex; without overrides, the hash of the files alone.
   */
  static String hash(List<Path> files, List<String> overrides) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path f : files) {
        try {
          sha.update(Files.readAllBytes(f));
        } catch (IOException | RuntimeException unreadable) {
          sha.update(f.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      for (String o : overrides) {
        sha.update((o + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /** {@code 1 case}, {@code 8 cases}. */
  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
