package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dmsim.scenarios.experiment.RemoteRuns;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.ExperimentStats;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.stats.Interval;
import org.dmsim.reports.csv.SweepCsv;
import org.dmsim.reports.experiment.SweepManifest;
import org.dmsim.reports.html.SweepReport;
import org.dmsim.scenarios.cli.option.HelpOption;
import org.dmsim.scenarios.cli.option.PluginsOption;
import org.dmsim.scenarios.cli.option.VariantFilesOption;
import org.dmsim.scenarios.cli.option.WholeNumberOption;
import org.dmsim.scenarios.cli.option.WorkLimitOption;
import org.dmsim.scenarios.estimate.RunEstimate;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.experiment.ExperimentRunner;
import org.dmsim.scenarios.experiment.ProgressListener;
import org.dmsim.scenarios.sweep.Sweep;
import org.dmsim.scenarios.sweep.SweepDesign;
import org.dmsim.scenarios.sweep.SweepInterrupted;
import org.dmsim.scenarios.sweep.SweepParameter;
import org.dmsim.scenarios.sweep.SweepPoint;
import org.dmsim.scenarios.sweep.SweepRunner;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dmsim sweep EXPERIMENT --param PATH=VALUES ...}: runs an experiment file at every point of a design
 * over scenario fields ({@link SweepRunner}), prints one line per point as it finishes and writes
 * {@code sweep.csv}, {@code sweep.json} and {@code sweep-report.html} ({@link SweepReport}). Stopped by Ctrl-C
 * or {@code SIGTERM} ({@link Interruption}), it writes the points that finished, {@code "status": "partial"}.
 */
@Command(name = "sweep",
    description = {
        "Runs an experiment over a grid or a sample of field values.",
        "",
        "Each --param names a field by its override path, as --set does (docs/scenario-format.md, \"Overrides\"), "
            + "and its values: a list (2,3,4 or 7d,14d or nearest,least-loaded), an integer range (1..8, ends "
            + "included) or N evenly spaced numbers (0.5..0.9/5). VARIANT:PATH=VALUES sets the field in one variant "
            + "only. The full factorial design runs every combination; --points N runs a Latin hypercube of N "
            + "points (each parameter's levels stratified, the same --design-seed giving the same points). "
            + "Every point runs the experiment's cases, variants and replications with the same seed, so all points "
            + "meet the same demand and disruptions. Every point is loaded and checked before the first runs.",
        "",
        "Writes sweep.csv (per point, variant, case and indicator: the parameters' values, the mean, its 95 %% "
            + "interval and the replications), sweep.json (the design, parameters, status) and sweep-report.html "
            + "(the --indicator against each parameter, a heat map over the first two parameters, cost against "
            + "service with the non-dominated points ringed); docs/sweeps.md explains them."},
    footer = {
        "  dmsim sweep mm1-servers.yaml --param nodes[plant].machines[server].count=1..4",
        "  dmsim sweep eu-demo.yaml --param distributed:platform.infoDelay=1h,4h,12h",
        "  dmsim sweep eu-demo.yaml --param platform.infoDelay=1h,2h,4h,8h --points 4"})
final class SweepCommand implements Callable<Integer> {
  @Spec
  private CommandSpec command;

  @Mixin
  private HelpOption help;

  @Mixin
  private PluginsOption plugins;

  @Parameters(paramLabel = "EXPERIMENT", description = "An experiment file (kind: experiment; docs/scenario-format.md).")
  private Path file;

  @Option(names = "--param", paramLabel = "[VARIANT:]PATH=VALUES", required = true,
      description = "A swept field and its values: a list a,b,c, a range A..B of whole numbers, or A..B/N for N "
          + "evenly spaced numbers; repeatable, one per parameter (at least one; default: none).")
  private List<String> params = new ArrayList<>();

  @Option(names = "--design", paramLabel = "DESIGN", completionCandidates = DesignNames.class,
      description = "factorial (every combination) or lhs (a Latin hypercube of --points points; default: "
          + "factorial, or lhs when --points is given).")
  private String design;

  @Option(names = "--points", paramLabel = "N", converter = WholeNumberOption.AtLeastOne.class,
      description = "Points of a Latin hypercube, 1 to " + SweepDesign.MAX_POINTS + "; implies --design lhs "
          + "(default: none, a factorial design).")
  private Integer points;

  @Option(names = "--design-seed", paramLabel = "S", converter = WholeNumberOption.AnyLong.class,
      description = "Seed of an lhs design's shuffles, any whole number (default: the master seed).")
  private Long designSeed;

  @Option(names = "--indicator", paramLabel = "KPI", defaultValue = "on_time_fill_rate",
      description = "The indicator the report charts against the parameters, a column of kpis.csv "
          + "(docs/metrics.md; default: ${DEFAULT-VALUE}).")
  private String indicator;

  @Mixin
  private RunOptions options;

  @Mixin
  private OverrideOptions set;

  @Mixin
  private VariantFilesOption variantFiles;

  @Mixin
  private WorkLimitOption workLimit;

  /** The design words, for help and shell completion. */
  static final class DesignNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("factorial", "lhs").iterator();
    }
  }

  @Mixin
  private ClusterOptions cluster;

  @Override
  public Integer call() throws Exception {
    cluster.checkNotGivenAlone();
    List<SweepParameter> parameters = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      try {
        parameters.add(SweepParameter.commandLine(i + 1, params.get(i)));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    if (!ExperimentRunner.indicatorNames().contains(indicator)) {
      throw new UsageException("--indicator expects an indicator of kpis.csv (docs/metrics.md), e.g. "
          + "on_time_fill_rate or cost_per_delivered_unit_eur, got '" + indicator + "'");
    }
    Experiment plain = ScenarioLoader.loadExperiment(file, set.overrides(), variantFiles.anywhere());
    long masterSeed = options.seed(plain.seed());
    SweepDesign chosen = design(masterSeed);
    Sweep sweep;
    try {
      sweep = new Sweep(plain.name() + "-sweep", file, parameters, chosen);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    long size = chosen.size(parameters);
    if (size > SweepDesign.MAX_POINTS) {
      throw new UsageException("the factorial design has " + (size == Long.MAX_VALUE ? "more than 2^63" : size)
          + " points (" + parameters.stream().map(p -> String.valueOf(p.values().size())).collect(Collectors.joining(" × "))
          + " values); at most " + SweepDesign.MAX_POINTS + ": give fewer values or use --design lhs --points N");
    }
    List<SweepRunner.PreparedPoint> prepared;
    try {
      prepared = SweepRunner.prepare(sweep, set.overrides(), variantFiles.anywhere(), options.seed(plain.seed()),
          options.replications(plain.replications()));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    int threads = options.threads();
    List<org.dmsim.model.mfg.spec.ManufacturingSpec> designs = prepared.stream()
        .flatMap(p -> p.experiment().variants().stream().map(Experiment.Variant::spec)).toList();
    int replications = prepared.get(0).experiment().replications();
    RunEstimate estimate = RunEstimate.of(designs, plain.cases().size(), replications, 0, options.engine(),
        options.fused(), threads);
    workLimit.limit().refusal(estimate).ifPresent(refused -> {
      throw new UsageException(refused);
    });
    Path outDir = OutputDirectory.prepare(options.out(sweep.name()));
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    out.printf(Locale.ROOT, "sweep        %s: %s design, %d point%s over %s%n", plain.name(), chosen.name(),
        prepared.size(), prepared.size() == 1 ? "" : "s", String.join(", ", sweep.labels()));
    out.printf(Locale.ROOT, "runs         %s × %s × %s × %s, seed %d, %s%n", count(prepared.size(), "point"),
        count(plain.cases().size(), "case"), count(plain.variants().size(), "variant"), count(replications, "replication"),
        masterSeed, cluster.given() ? "on the cluster's workers (sequential engine, the same results)"
            : "engine " + options.engine().cliName() + ", " + count(threads, "thread"));
    if (!cluster.given()) {
      out.println("estimate     " + estimate.summary());
    }
    if (!cluster.given()) {
      return runPoints(plain, sweep, chosen, prepared, masterSeed, replications, threads, outDir, out, err, null);
    }
    return cluster.submit(out, remote -> runPoints(plain, sweep, chosen, prepared, masterSeed, replications, threads,
        outDir, out, err, remote));
  }

  private int runPoints(Experiment plain, Sweep sweep, SweepDesign chosen, List<SweepRunner.PreparedPoint> prepared,
      long masterSeed, int replications, int threads, Path outDir, PrintWriter out, PrintWriter err,
      Function<Experiment, RemoteRuns> remote) throws IOException {
    String firstCase = plain.cases().get(0).name();
    long start = System.nanoTime();
    List<SweepRunner.PointResult> results;
    SweepInterrupted interrupted = null;
    try {
      results = SweepRunner.run(prepared, options.engine(), threads, options.fused(), options.stallTimeout(),
          listener(sweep, firstCase, out, err), Interruption.cancellation(), remote);
    } catch (SweepInterrupted i) {
      interrupted = i;
      results = i.finished();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Path csv = SweepCsv.write(outDir, sweep.labels(), SweepRunner.rows(results, ExperimentRunner.indicatorNames()));
    manifest(plain, sweep, chosen, masterSeed, replications, threads, seconds, results.size(), prepared.size()).write(outDir);
    Path report = SweepReport.write(outDir);
    out.printf(Locale.ROOT, "%nwall time    %.1f s (%d of %d points)%n", seconds, results.size(), prepared.size());
    out.println("outputs      " + csv + ", " + outDir.resolve(SweepManifest.FILE));
    out.println("report       " + report);
    if (interrupted != null) {
      err.printf(Locale.ROOT, "dmsim: %s; %d of %d points finished; they are kept in %s (sweep.csv, sweep.json: "
          + "\"status\": \"partial\")%n", interrupted.getMessage(), results.size(), prepared.size(), outDir);
      return ExitCodes.INTERRUPTED;
    }
    out.println("digest: " + RunResult.digestOf(results.stream().flatMap(r -> r.runs().stream())
        .map(ExperimentRun::result).toList()));
    return ExitCodes.DONE;
  }

  /** {@code 1 case}, {@code 8 cases}. */
  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private SweepDesign design(long masterSeed) {
    switch (design != null ? design.strip() : points != null ? "lhs" : "factorial") {
      case "factorial":
        if (points != null || designSeed != null) {
          throw new UsageException("--points and --design-seed apply to --design lhs");
        }
        return new SweepDesign.Factorial();
      case "lhs":
        if (points == null) {
          throw new UsageException("--design lhs needs --points N, 1 to " + SweepDesign.MAX_POINTS);
        }
        if (points > SweepDesign.MAX_POINTS) {
          throw new UsageException("--points expects 1 to " + SweepDesign.MAX_POINTS + ", got " + points);
        }
        return new SweepDesign.LatinHypercube(points, designSeed != null ? designSeed : masterSeed);
      default:
        throw new UsageException("--design expects 'factorial' or 'lhs', got '" + design + "'");
    }
  }

  /** One line per point as it finishes: its values and the indicator per variant in the first case. */
  private SweepRunner.Listener listener(Sweep sweep, String caseName, PrintWriter out, PrintWriter err) {
    return new SweepRunner.Listener() {
      @Override
      public ProgressListener started(SweepPoint point, int total) {
        return ConsoleProgress.forConsole(err, options.quiet());
      }

      @Override
      public void finished(SweepRunner.PointResult r, int total, double seconds) {
        ExperimentStats stats = new ExperimentStats(r.runs(), 0.95);
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < sweep.parameters().size(); j++) {
          b.append(j == 0 ? "" : ", ").append(sweep.labels().get(j)).append('=').append(r.point().values().get(j));
        }
        b.append("  ").append(indicator).append(" (").append(caseName).append("):");
        for (Experiment.Variant v : r.experiment().variants()) {
          Interval i = stats.interval(caseName, v.name(), indicator);
          b.append(' ').append(v.name()).append(' ').append(i == null ? "-" : Decimals.format(i.mean(), i.mean(), false)
              + (Double.isNaN(i.halfWidth()) ? "" : " ± " + Decimals.format(i.halfWidth(), i.mean(), false)));
        }
        out.printf(Locale.ROOT, "point %d/%d  %s  (%s, %.1f s)%n", r.point().index() + 1, total, b,
            count(r.runs().size(), "run"), seconds);
        out.flush();
      }
    };
  }

  private SweepManifest manifest(Experiment plain, Sweep sweep, SweepDesign chosen, long seed, int replications, int threads,
      double seconds, int finished, int planned) {
    return new SweepManifest(DmsimVersion.version(), Runtime.version().toString(), sweep.name(), file.toString(),
        ExperimentFileRun.hash(ExperimentFileRun.files(plain)), chosen.name(),
        chosen instanceof SweepDesign.LatinHypercube l ? OptionalLong.of(l.seed()) : OptionalLong.empty(),
        sweep.parameters().stream().map(p -> new SweepManifest.Parameter(p.label(), p.variant(), p.path(), p.values()))
            .toList(), indicator, seed, replications, options.engine().cliName(), threads, seconds, finished, planned);
  }
}
