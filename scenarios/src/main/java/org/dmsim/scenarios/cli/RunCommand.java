package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dmsim.model.result.ExperimentSummary;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.reports.csv.ManufacturingCsv;
import org.dmsim.reports.json.SummaryJson;
import org.dmsim.scenarios.experiment.Replications;
import org.dmsim.scenarios.experiment.ReplicationsFailed;
import org.dmsim.scenarios.experiment.Summaries;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.EngineKind;

/** {@code dmsim run FILE}: runs a scenario's replications, prints the indicators and writes {@code summary.json}. */
final class RunCommand {
  static final Set<String> VALUED = Set.of("seed", "replications", "engine", "threads", "out", "precision",
      "precision-kpi", "max-replications");
  static final Set<String> FLAGS = Set.of("quiet", "fused");

  static final String HELP = String.join("\n",
      "Usage: dmsim run FILE [options]",
      "",
      "Runs the replications of a scenario file and prints its indicators per replication and their mean,",
      "then a line 'digest: <sha-256>' over all replications' results, and writes summary.json.",
      "An experiment file (kind: experiment) runs every case × variant × replication in parallel and prints,",
      "per case, each variant's mean with its 95 % interval and the paired difference against the first",
      "variant; it writes kpis.csv, comparisons.csv, timeseries.csv, disruptions.csv, summary.json and",
      "manifest.json.",
      "The same file, seed and replications give the same digest on either engine and any thread count.",
      "",
      "Options:",
      "  --seed N            master seed (default: the file's seed)",
      "  --replications R    number of replications (default: the file's replications)",
      "  --engine E          actors (default): every node, machine and shipment an Akka actor;",
      "                      sequential: the single-threaded reference engine",
      "  --threads T         threads (default: the number of cores): up to T replications run at once,",
      "                      each on its own engine (actors: an actor system with T / runs-at-once",
      "                      threads, so a single replication gets all T)",
      "  --fused             actor engine: nodes call their machines and shipments directly instead of",
      "                      hosting each in an actor of its own (faster; same results and digest)",
      "  --out DIR           where to write summary.json, timeseries.csv and utilization.csv",
      "                      (default: runs/<scenario name>)",
      "  --quiet             no progress bar",
      "  --precision H       experiment files: replicate until the 95 % interval of --precision-kpi",
      "                      (default on_time_fill_rate) is at most ±H in every case and variant",
      "                      (the replications given are the pilot; at most --max-replications, default 200)",
      "",
      "Exit codes: 0 done, 1 the simulation failed, 2 bad arguments or scenario file.");

  private RunCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) throws ScenarioException, IOException {
    Options o = Options.parse("run", args, VALUED, FLAGS);
    o.atMostPositional(1);
    if (o.positional().isEmpty()) {
      throw new UsageException("run: which scenario file? Usage: dmsim run FILE [options]; try 'dmsim help run'");
    }
    checkOptions(o);
    Path file = Path.of(o.positional().get(0));
    if (ScenarioLoader.isExperiment(file)) {
      return ExperimentCommand.execute(ScenarioLoader.loadExperiment(file), o, out, err);
    }
    if (o.has("precision") || o.has("precision-kpi") || o.has("max-replications")) {
      throw new UsageException("run: --precision, --precision-kpi and --max-replications apply to experiment files");
    }
    Scenario scenario = ScenarioLoader.load(file);
    return execute(scenario, o, out, err);
  }

  /** Checks every option's form before the scenario is loaded, so that all mistakes show at once. */
  static void checkOptions(Options o) {
    o.longValue("seed", 0);
    o.integer("replications", 1, 1);
    engine(o);
    o.integer("threads", 1, 1);
    if (o.has("out") && o.string("out", "").isBlank()) {
      throw new UsageException(o.command() + ": --out expects a directory, got nothing");
    }
  }

  /** Runs {@code scenario} with the options of {@code o}; shared by {@code run} and {@code demo}. */
  static int execute(Scenario scenario, Options o, PrintStream out, PrintStream err) throws IOException {
    checkOptions(o);
    long seed = o.longValue("seed", scenario.defaultSeed());
    int replications = o.integer("replications", scenario.defaultReplications(), 1);
    EngineKind engine = engine(o);
    int threads = o.integer("threads", Runtime.getRuntime().availableProcessors(), 1);
    Path outDir = prepareOutput(o, Path.of(o.string("out", Path.of("runs", scenario.name()).toString())));

    out.printf(Locale.ROOT, "scenario     %s%s%n", scenario.name(),
        scenario.description().isEmpty() ? "" : " — " + scenario.description());
    out.printf(Locale.ROOT, "run          %d replication%s of %s, seed %d, engine %s, %d thread%s%n", replications,
        replications == 1 ? "" : "s", SimTime.format(scenario.network().horizonMs()), seed, engine.cliName(), threads,
        threads == 1 ? "" : "s");
    long start = System.nanoTime();
    List<RunResult> runs;
    try {
      runs = Replications.runAll(jobs(scenario, seed, replications), engine, threads, o.flag("fused"),
          ConsoleProgress.forConsole(err, o.flag("quiet")));
    } catch (ReplicationsFailed f) {
      if (!f.completed().isEmpty()) {
        ExperimentSummary partial = Summaries.of(scenario.network(), scenario.name(), scenario.source(), seed,
            engine.cliName(), f.completed());
        Path file = SummaryJson.write(partial, outDir);
        out.println();
        KpiTable.print(partial, out);
        err.printf(Locale.ROOT, "dmsim: the %d replication%s that finished %s kept in %s%n", f.completed().size(),
            f.completed().size() == 1 ? "" : "s", f.completed().size() == 1 ? "is" : "are", file);
      }
      throw f;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    ExperimentSummary summary = Summaries.of(scenario.network(), scenario.name(), scenario.source(), seed,
        engine.cliName(), runs);
    out.println();
    KpiTable.print(summary, out);
    out.println();
    Path file = SummaryJson.write(summary, outDir);
    ManufacturingCsv.write(scenario.network(), runs, outDir);
    long events = runs.stream().mapToLong(RunResult::eventsHandled).sum();
    out.printf(Locale.ROOT, "wall time    %.2f s (%,.0f events/s)%n", seconds, events / seconds);
    out.println("summary      " + file);
    out.println("digest: " + summary.digest());
    return 0;
  }

  /**
   * The runs of a scenario: one plan for every replication, or, for a scenario with disruption
   * generators, each replication with its own disruption schedule.
   */
  static List<Replications.Job> jobs(Scenario scenario, long seed, int replications) {
    List<Replications.Job> jobs = new java.util.ArrayList<>();
    boolean perReplication = !scenario.disruptionGenerators().isEmpty();
    org.dmsim.model.entity.SimulationPlan shared = perReplication ? null : scenario.network().plan();
    for (int rep = 0; rep < replications; rep++) {
      jobs.add(new Replications.Job(perReplication ? scenario.manufacturingFor(seed, rep).plan() : shared, seed, rep));
    }
    return jobs;
  }

  /** Creates the output directory before anything runs, so that a bad --out costs no simulation time. */
  static Path prepareOutput(Options o, Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException | RuntimeException e) {
      throw new UsageException(o.command() + ": --out " + dir + " cannot be used as the output directory ("
          + (Files.exists(dir) && !Files.isDirectory(dir) ? "it exists and is not a directory" : e.getMessage()) + ")");
    }
    if (!Files.isWritable(dir)) {
      throw new UsageException(o.command() + ": --out " + dir + " is not writable");
    }
    return dir;
  }

  static EngineKind engine(Options o) {
    try {
      return EngineKind.parse(o.string("engine", "actors"));
    } catch (IllegalArgumentException e) {
      throw new UsageException(o.command() + ": --engine expects 'actors' or 'sequential', got '"
          + o.string("engine", "") + "'");
    }
  }
}
