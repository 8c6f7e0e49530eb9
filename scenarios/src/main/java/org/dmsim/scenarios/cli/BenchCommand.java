package org.dmsim.scenarios.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.phold.PholdModel;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.experiment.ProgressListener;
import org.dmsim.scenarios.experiment.Replications;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.actor.ActorFootprint;
import org.dmsim.sim.actor.AkkaEngine;
import org.dmsim.sim.engine.Engine;
import org.dmsim.sim.engine.EngineKind;
import org.dmsim.sim.engine.Engines;

/**
 * {@code dmsim bench}: the built-in benchmarks — PHOLD, one replication of a scenario, how replications
 * scale with threads, and the heap cost of an idle entity actor.
 */
final class BenchCommand {
  static final String HELP = String.join("\n",
      "Usage: dmsim bench phold [options]",
      "       dmsim bench scenario FILE [options]",
      "       dmsim bench replications FILE [options]",
      "       dmsim bench actors [--count N]",
      "",
      "phold   PHOLD (Fujimoto 1990): LPs, each a node actor, forward tokens to random LPs after the",
      "        lookahead plus an exponential delay. Time unit: 1 s of simulated time. Runs a warm-up in",
      "        the same JVM first, then measured runs, and prints committed events, wall seconds and",
      "        'events/s: N' (the median of the measured runs).",
      "  --lps N              logical processes (default 1024)",
      "  --events-per-lp N    tokens per LP; the population stays constant (default 16)",
      "  --lookahead S        minimum hop delay, seconds (default 0.1)",
      "  --mean S             mean of the exponential part of a hop, seconds (default 1.0)",
      "  --end S              simulated seconds (default 1000)",
      "  --engine E           actors (default) or sequential",
      "  --threads T          dispatcher threads of the actor engine (default: the number of cores)",
      "  --warmups N          warm-up runs (default 1)",
      "  --runs N             measured runs (default 1)",
      "  --seed N             seed (default 1)",
      "",
      "scenario  One replication of a scenario file (replication 0, the file's seed unless --seed),",
      "        measured like phold: warm-ups, then runs; prints events/s of the median run.",
      "  --engine, --threads, --warmups, --runs, --seed as for phold",
      "  --fused              actor engine: nodes call their machines and shipments directly instead of",
      "                       hosting each in an actor (opt-in; same results; default: every entity an actor)",
      "",
      "replications  How replications scale with threads: after a warm-up replication, runs R",
      "        replications of a scenario file on one thread and on T threads (T at once, each on its own",
      "        engine), in alternating order for each round, checks that both give the same digests, and",
      "        prints the wall seconds of each and 'speed-up: N' (the median over the rounds).",
      "  --replications R     replications per measurement (default 8)",
      "  --rounds N           rounds of one measurement per thread count (default 2)",
      "  --threads T          the thread count compared with one (default: the number of cores, at least 2)",
      "  --engine, --seed, --fused as for scenario",
      "",
      "actors  Spawns N idle entity actors (default 100000), each hosting an idle machine, and prints the",
      "        heap bytes per actor measured after full garbage collections.");

  private BenchCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) throws ScenarioException, java.io.IOException {
    if (args.length == 0) {
      throw new UsageException("bench: which benchmark? 'dmsim bench phold', 'dmsim bench scenario FILE', "
          + "'dmsim bench replications FILE' or 'dmsim bench actors'");
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    return switch (args[0]) {
      case "phold" -> phold(rest, out);
      case "actors" -> actors(rest, out);
      case "scenario" -> scenario(rest, out);
      case "replications" -> replications(rest, out);
      default -> throw new UsageException("bench: unknown benchmark '" + args[0]
          + "' (phold, scenario, replications or actors)");
    };
  }

  private static int phold(String[] args, PrintStream out) {
    Options o = Options.parse("bench phold", args,
        Set.of("lps", "events-per-lp", "lookahead", "mean", "end", "engine", "threads", "warmups", "runs", "seed"),
        Set.of());
    o.atMostPositional(0);
    PholdModel model;
    try {
      model = new PholdModel(o.integer("lps", 1024, 1), o.integer("events-per-lp", 16, 0),
          o.numberAtLeast("lookahead", 0.1, 0.001), o.numberAtLeast("mean", 1.0, 0), o.number("end", 1000, 0));
    } catch (IllegalArgumentException e) {
      throw new UsageException("bench phold: " + e.getMessage());
    }
    EngineKind kind = RunCommand.engine(o);
    int threads = o.integer("threads", Runtime.getRuntime().availableProcessors(), 1);
    int warmups = o.integer("warmups", 1, 0);
    int runs = o.integer("runs", 1, 1);
    long seed = o.longValue("seed", 1);
    SimulationPlan plan = model.plan();
    try (Engine engine = Engines.create(kind, threads)) {
      out.printf(Locale.ROOT, "PHOLD        %d LPs x %d events, lookahead %s s, mean %s s, end %s s%n",
          model.processes(), model.eventsPerProcess(), model.lookaheadSeconds(), model.meanSeconds(),
          model.endSeconds());
      out.printf(Locale.ROOT, "engine       %s on Java %s%n", engine.describe(), Runtime.version());
      measureRuns(engine, plan, seed, warmups, runs, out);
    }
    return 0;
  }

  private static int scenario(String[] args, PrintStream out) throws ScenarioException, java.io.IOException {
    Options o = Options.parse("bench scenario", args, Set.of("engine", "threads", "warmups", "runs", "seed"),
        Set.of("fused"));
    EngineKind kind = RunCommand.engine(o);
    int threads = o.integer("threads", Runtime.getRuntime().availableProcessors(), 1);
    int warmups = o.integer("warmups", 1, 0);
    int runs = o.integer("runs", 1, 1);
    Scenario scenario = scenarioFile(o);
    long seed = o.longValue("seed", scenario.defaultSeed());
    SimulationPlan plan = scenario.network().plan();
    try (Engine engine = Engines.create(kind, threads, o.flag("fused"))) {
      out.printf(Locale.ROOT, "scenario     %s, %s simulated, %d static entities, lookahead %s%n", scenario.name(),
          SimTime.format(plan.endMs()), plan.staticEntityCount(), SimTime.format(plan.lookaheadMs()));
      out.printf(Locale.ROOT, "engine       %s on Java %s%n", engine.describe(), Runtime.version());
      measureRuns(engine, plan, seed, warmups, runs, out);
    }
    return 0;
  }

  private static int replications(String[] args, PrintStream out) throws ScenarioException, java.io.IOException {
    Options o = Options.parse("bench replications", args,
        Set.of("engine", "threads", "replications", "rounds", "seed"), Set.of("fused"));
    EngineKind kind = RunCommand.engine(o);
    int threads = o.integer("threads", Math.max(2, Runtime.getRuntime().availableProcessors()), 2);
    int replications = o.integer("replications", 8, 1);
    int rounds = o.integer("rounds", 2, 1);
    boolean fused = o.flag("fused");
    Scenario scenario = scenarioFile(o);
    long seed = o.longValue("seed", scenario.defaultSeed());
    SimulationPlan plan = scenario.network().plan();
    out.printf(Locale.ROOT, "scenario     %s, %s simulated, %d replications per measurement%n", scenario.name(),
        SimTime.format(plan.endMs()), replications);
    out.printf(Locale.ROOT, "engine       %s%s, 1 thread against %d, on Java %s%n", kind.cliName(),
        fused ? " (fused)" : "", threads, Runtime.version());
    Measured warm = timeReplications(plan, kind, 1, fused, seed, 1);
    out.printf(Locale.ROOT, "warm-up      1 replication in %.2f s%n", warm.seconds);
    double[] speedUps = new double[rounds];
    String digest = null;
    for (int round = 0; round < rounds; round++) {
      int[] order = round % 2 == 0 ? new int[] {1, threads} : new int[] {threads, 1};
      double[] seconds = new double[2];
      for (int t : order) {
        Measured m = timeReplications(plan, kind, t, fused, seed, replications);
        if (digest != null && !digest.equals(m.digest)) {
          throw new IllegalStateException("bench replications: " + t + " threads gave other results ("
              + m.digest + ") than before (" + digest + ")");
        }
        digest = m.digest;
        seconds[t == 1 ? 0 : 1] = m.seconds;
        out.printf(Locale.ROOT, "round %d      %d thread%s: %.2f s, %.0f events/s, %.1f replications/min%n",
            round + 1, t, t == 1 ? " " : "s", m.seconds, m.events / m.seconds, 60 * replications / m.seconds);
      }
      speedUps[round] = seconds[0] / seconds[1];
    }
    out.printf(Locale.ROOT, "digest: %s%n", digest);
    Arrays.sort(speedUps);
    int mid = speedUps.length / 2;
    double median = speedUps.length % 2 == 1 ? speedUps[mid] : (speedUps[mid - 1] + speedUps[mid]) / 2;
    out.printf(Locale.ROOT, "speed-up: %.2f%n", median);
    return 0;
  }

  /** The one scenario file a benchmark names, loaded. */
  private static Scenario scenarioFile(Options o) throws ScenarioException, java.io.IOException {
    if (o.positional().size() != 1) {
      throw new UsageException(o.command() + ": expects one scenario file, e.g. dmsim " + o.command()
          + " scenarios/library/eu-spare-parts-distributed.yaml");
    }
    return ScenarioLoader.load(java.nio.file.Path.of(o.positional().get(0)));
  }

  /** Wall time of {@code replications} replications on {@code threads} threads; digest over all of them. */
  private static Measured timeReplications(SimulationPlan plan, EngineKind kind, int threads, boolean fused,
      long seed, int replications) {
    long start = System.nanoTime();
    List<RunResult> results = Replications.run(plan, kind, threads, fused, seed, replications,
        ProgressListener.none());
    double seconds = (System.nanoTime() - start) / 1e9;
    long events = 0;
    for (RunResult r : results) {
      events += r.eventsHandled();
    }
    return new Measured(events, seconds, RunResult.digestOf(results));
  }

  private static void measureRuns(Engine engine, SimulationPlan plan, long seed, int warmups, int runs,
      PrintStream out) {
    for (int i = 0; i < warmups; i++) {
      Measured m = measure(engine, plan, seed);
      out.printf(Locale.ROOT, "warm-up      %d events in %.2f s%n", m.events, m.seconds);
    }
    double[] rates = new double[runs];
    for (int i = 0; i < runs; i++) {
      Measured m = measure(engine, plan, seed);
      rates[i] = m.events / m.seconds;
      out.printf(Locale.ROOT, "committed events: %d%n", m.events);
      out.printf(Locale.ROOT, "wall seconds: %.3f%n", m.seconds);
      if (engine instanceof AkkaEngine akka) {
        out.printf(Locale.ROOT, "windows: %d (%.0f events per window)%n", akka.lastRunWindows(),
            m.events / (double) akka.lastRunWindows());
      }
      out.printf(Locale.ROOT, "digest: %s%n", m.digest);
    }
    Arrays.sort(rates);
    out.printf(Locale.ROOT, "events/s: %.0f%n", rates[rates.length / 2]);
  }

  private record Measured(long events, double seconds, String digest) {}

  private static Measured measure(Engine engine, SimulationPlan plan, long seed) {
    long start = System.nanoTime();
    RunResult r = engine.run(plan, seed, 0);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Measured(r.eventsHandled(), seconds, r.digest());
  }

  private static int actors(String[] args, PrintStream out) {
    Options o = Options.parse("bench actors", args, Set.of("count"), Set.of());
    o.atMostPositional(0);
    int count = o.integer("count", 100_000, 1);
    ActorFootprint.Result r = ActorFootprint.measure(count);
    out.printf(Locale.ROOT, "idle entity actors: %d on Java %s%n", r.actors(), Runtime.version());
    out.printf(Locale.ROOT, "heap: %d bytes in all%n", r.heapBytes());
    out.printf(Locale.ROOT, "heap bytes per idle entity actor: %.0f%n", r.bytesPerActor());
    return 0;
  }
}
