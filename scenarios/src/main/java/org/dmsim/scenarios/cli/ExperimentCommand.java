package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.ExperimentStats;
import org.dmsim.model.stats.Interval;
import org.dmsim.model.time.SimTime;
import org.dmsim.reports.experiment.ExperimentOutputs;
import org.dmsim.reports.experiment.Manifest;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.experiment.ExperimentFailed;
import org.dmsim.scenarios.experiment.ExperimentRunner;
import org.dmsim.sim.engine.EngineKind;

/**
 * {@code dmsim run} of an experiment file: every case × variant × replication, then a comparison
 * table per case — each variant's mean with its 95 % interval, and the paired difference of each
 * later variant against the first — and the experiment's files.
 */
final class ExperimentCommand {
  /** The indicators the console table shows; every indicator is in kpis.csv and summary.json. */
  static final List<String> HEADLINE = List.of("on_time_fill_rate", "otif", "lost_sales_units", "lead_time_mean_h",
      "lead_time_p95_h", "loss_unit_days", "time_to_recover_d", "max_drop", "cost_per_delivered_unit_eur",
      "transport_co2e_kg");

  private ExperimentCommand() {}

  static int execute(Experiment e, Options o, PrintStream out, PrintStream err) throws IOException {
    RunCommand.checkOptions(o);
    long seed = o.longValue("seed", e.seed());
    int replications = o.integer("replications", e.replications(), 1);
    Experiment run = new Experiment(e.name(), e.source(), e.variants(), e.cases(), seed, replications, e.warmupMs(),
        e.description());
    EngineKind engine = RunCommand.engine(o);
    int threads = o.integer("threads", Runtime.getRuntime().availableProcessors(), 1);
    Path outDir = RunCommand.prepareOutput(o, Path.of(o.string("out", Path.of("runs", e.name()).toString())));
    List<String> variants = e.variants().stream().map(Experiment.Variant::name).toList();
    List<String> cases = e.cases().stream().map(Experiment.Case::name).toList();
    out.printf(Locale.ROOT, "experiment   %s%s%n", e.name(), e.description().isEmpty() ? "" : " — " + e.description());
    out.printf(Locale.ROOT, "runs         %s × %s × %s of %s (warm-up %s), seed %d, engine %s, %s%n",
        count(cases.size(), "case"), count(variants.size(), "variant"), count(replications, "replication"),
        SimTime.format(e.variants().get(0).spec().horizonMs()), SimTime.format(e.warmupMs()), seed, engine.cliName(),
        count(threads, "thread"));
    long start = System.nanoTime();
    List<ExperimentRun> runs;
    try {
      runs = ExperimentRunner.run(run, engine, threads, o.flag("fused"), ConsoleProgress.forConsole(err, o.flag("quiet")));
    } catch (ExperimentFailed f) {
      if (!f.completed().isEmpty()) {
        write(run, f.completed(), cases, variants, outDir, engine, threads, (System.nanoTime() - start) / 1e9);
        err.printf(Locale.ROOT, "dmsim: the %d runs that finished are kept in %s%n", f.completed().size(), outDir);
      }
      throw f;
    }
    if (o.has("precision")) {
      int needed = replicationsFor(runs, o, cases, variants, replications);
      if (needed > replications) {
        out.printf(Locale.ROOT, "precision    ±%s on %s needs %d replications; running them%n", o.string("precision", ""),
            o.string("precision-kpi", "on_time_fill_rate"), needed);
        replications = needed;
        run = new Experiment(e.name(), e.source(), e.variants(), e.cases(), seed, replications, e.warmupMs(),
            e.description());
        runs = ExperimentRunner.run(run, engine, threads, o.flag("fused"),
            ConsoleProgress.forConsole(err, o.flag("quiet")));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    ExperimentStats stats = new ExperimentStats(runs, 0.95);
    out.println();
    for (String c : cases) {
      printCase(c, variants, stats, out);
    }
    write(run, runs, cases, variants, outDir, engine, threads, seconds);
    long events = runs.stream().mapToLong(r -> r.result().eventsHandled()).sum();
    out.printf(Locale.ROOT, "wall time    %.1f s (%,d runs, %,.0f events/s)%n", seconds, runs.size(), events / seconds);
    out.println("outputs      " + outDir + " (kpis.csv, comparisons.csv, timeseries.csv, disruptions.csv, summary.json,"
        + " manifest.json)");
    return 0;
  }

  /**
   * The replications that bring the 95 % interval of the precision indicator within the target in every
   * case and variant, estimated from the pilot runs (the same seed, so the pilot's runs are the first of
   * the larger set); at most {@code --max-replications}.
   */
  private static int replicationsFor(List<ExperimentRun> pilot, Options o, List<String> cases, List<String> variants,
      int replications) {
    double target = o.number("precision", 0, 0);
    String kpi = o.string("precision-kpi", "on_time_fill_rate");
    if (!pilot.isEmpty() && !pilot.get(0).kpis().containsKey(kpi)) {
      throw new UsageException("run: --precision-kpi " + kpi + " is not an indicator of this experiment");
    }
    int max = o.integer("max-replications", 200, 2);
    if (replications < 2) {
      throw new UsageException("run: --precision needs a pilot of at least 2 replications");
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

  private static void printCase(String c, List<String> variants, ExperimentStats stats, PrintStream out) {
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "case %-26s", c));
    for (String v : variants) {
      header.append(String.format(Locale.ROOT, " %24s", v));
    }
    for (int i = 1; i < variants.size(); i++) {
      header.append(String.format(Locale.ROOT, " %26s", variants.get(i) + " − " + variants.get(0)));
    }
    out.println(header);
    for (String k : HEADLINE) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-29s", k));
      boolean any = false;
      double scale = 0;
      for (String v : variants) {
        Interval i = stats.interval(c, v, k);
        if (i != null && !Double.isNaN(i.mean())) {
          scale = Math.max(scale, Math.abs(i.mean()));
        }
      }
      for (String v : variants) {
        Interval i = stats.interval(c, v, k);
        any |= i != null;
        row.append(String.format(Locale.ROOT, " %24s", pm(i, false, scale)));
      }
      for (int i = 1; i < variants.size(); i++) {
        row.append(String.format(Locale.ROOT, " %26s", pm(stats.difference(c, k, variants.get(i), variants.get(0)), true)));
      }
      if (any) {
        out.println(row);
      }
    }
    out.println();
  }

  private static String pm(Interval i, boolean signed) {
    if (i == null || Double.isNaN(i.mean())) {
      return "-";
    }
    return pm(i, signed, Math.max(Math.abs(i.mean()), Double.isNaN(i.halfWidth()) ? 0 : i.halfWidth()));
  }

  /** {@code i} with as many decimals as suit {@code scale} (shared by a row, so that its numbers line up). */
  private static String pm(Interval i, boolean signed, double scale) {
    if (i == null || Double.isNaN(i.mean())) {
      return "-";
    }
    String f = scale >= 1000 ? "%,.0f" : scale >= 100 ? "%.1f" : scale >= 1 ? "%.2f" : "%.4f";
    String mean = String.format(Locale.ROOT, (signed ? "%+" : "%") + f.substring(1), i.mean());
    return Double.isNaN(i.halfWidth()) ? mean : mean + " ± " + String.format(Locale.ROOT, f, i.halfWidth());
  }

  private static void write(Experiment e, List<ExperimentRun> runs, List<String> cases, List<String> variants,
      Path outDir, EngineKind engine, int threads, double seconds) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(Path.of(e.source()));
    e.variants().forEach(v -> files.add(Path.of(v.source())));
    e.variants().forEach(v -> v.parts().forEach(part -> files.add(Path.of(part))));
    Manifest m = new Manifest(Main.version(), Runtime.version().toString(), e.name(), e.source(), hash(files), e.seed(),
        e.replications(), engine.cliName(), threads, seconds);
    ExperimentOutputs.write(outDir, cases, variants, runs, new ExperimentStats(runs, 0.95), m);
  }

  /** SHA-256 over the files' bytes in order, hex; files that cannot be read count as their name. */
  static String hash(List<Path> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path f : files) {
        try {
          sha.update(Files.readAllBytes(f));
        } catch (IOException | RuntimeException unreadable) {
          sha.update(f.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
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
