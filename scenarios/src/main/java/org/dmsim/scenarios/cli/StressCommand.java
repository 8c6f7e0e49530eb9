package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dmsim.model.mfg.ManufacturingSpec;
import org.dmsim.model.stats.Interval;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.experiment.StressTest;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.EngineKind;

/** {@code dmsim stress FILE}: knocks out each node of a network in turn and ranks them by what the network loses. */
final class StressCommand {
  static final String HELP = String.join("\n",
      "Usage: dmsim stress FILE [options]",
      "",
      "A stress test after Simchi-Levi's time to survive, for one network: every plant,",
      "microfactory, distribution centre and supplier is knocked out in turn for the same time, in the same",
      "replications (same demand), and the network's served-demand curve is measured. For each node it",
      "prints the time to survive (days until the 7-day on-time share falls below 95 % of its baseline;",
      "'whole' when it never does during the outage), the loss (unit-days of demand not served on time,",
      "docs/metrics.md), lost sales and the on-time fill rate, with 95 % intervals, worst first.",
      "",
      "Options:",
      "  --at D              when each outage starts (default 60d)",
      "  --for D             how long each outage lasts (default 14d)",
      "  --horizon D         length of each run (default: outage end + 60d)",
      "  --warmup D          start of each run left out of every indicator (default 28d)",
      "  --replications R    replications per node (default 3)",
      "  --seed N            master seed (default: the file's)",
      "  --engine E          sequential (default here: about twice as fast per run) or actors",
      "  --threads T         threads (default: the number of cores)",
      "  --fused             actor engine: fused hosting of children",
      "  --quiet             no progress bar",
      "",
      "Exit codes: 0 done, 1 a simulation failed, 2 bad arguments or scenario file.");

  private StressCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) throws ScenarioException, IOException {
    Options o = Options.parse("stress", args,
        Set.of("at", "for", "horizon", "warmup", "replications", "seed", "engine", "threads"), Set.of("fused", "quiet"));
    if (o.positional().size() != 1) {
      throw new UsageException("stress: expects one scenario file, e.g. dmsim stress "
          + "scenarios/library/eu-spare-parts-distributed.yaml");
    }
    long at = o.duration("at", 60 * SimTime.DAY_MS, SimTime.DAY_MS);
    long outage = o.duration("for", 14 * SimTime.DAY_MS, SimTime.DAY_MS);
    long horizon = o.duration("horizon", at + outage + 60 * SimTime.DAY_MS, at + outage);
    long warmup = o.duration("warmup", 28 * SimTime.DAY_MS, 0);
    if (warmup >= at) {
      throw new UsageException("stress: --warmup must end before the outages start (--at)");
    }
    int replications = o.integer("replications", 3, 1);
    EngineKind engine = o.has("engine") ? RunCommand.engine(o) : EngineKind.SEQUENTIAL;
    int threads = o.integer("threads", Runtime.getRuntime().availableProcessors(), 1);
    Scenario scenario = ScenarioLoader.load(Path.of(o.positional().get(0)));
    ManufacturingSpec spec = scenario.network();
    long seed = o.longValue("seed", scenario.defaultSeed());
    int nodes = spec.nodes().size() + spec.suppliers().size();
    out.printf(Locale.ROOT, "stress       %s: %d nodes, each out from %s for %s; %d replication%s of %s, warm-up %s%n",
        spec.name(), nodes, SimTime.format(at), SimTime.format(outage), replications, replications == 1 ? "" : "s",
        SimTime.format(horizon), SimTime.format(warmup));
    long start = System.nanoTime();
    List<StressTest.NodeResult> results = StressTest.run(spec, at, outage, horizon, warmup, seed, replications,
        engine, threads, o.flag("fused"), ConsoleProgress.forConsole(err, o.flag("quiet")));
    out.println();
    out.printf(Locale.ROOT, "  %-4s %-28s %-20s %16s %22s %18s %16s%n", "rank", "node", "kind", "survives (d)",
        "loss (unit-days)", "lost sales", "on-time fill");
    int rank = 0;
    for (StressTest.NodeResult r : results) {
      String survives = r.survivedWholeOutage() == replications ? "whole"
          : String.format(Locale.ROOT, "%.1f", r.timeToSurviveDays().mean())
            + (r.survivedWholeOutage() > 0 ? " (" + r.survivedWholeOutage() + " whole)" : "");
      out.printf(Locale.ROOT, "  %-4d %-28s %-20s %16s %22s %18s %16s%n", ++rank, r.node(), r.kind(), survives,
          pm(r.lossUnitDays(), "%.0f"), pm(r.lostSalesUnits(), "%.0f"), pm(r.onTimeFillRate(), "%.4f"));
    }
    out.printf(Locale.ROOT, "%nwall time    %.1f s%n", (System.nanoTime() - start) / 1e9);
    return 0;
  }

  private static String pm(Interval i, String format) {
    if (i == null || Double.isNaN(i.mean())) {
      return "-";
    }
    String mean = String.format(Locale.ROOT, format, i.mean());
    return Double.isNaN(i.halfWidth()) ? mean : mean + " ± " + String.format(Locale.ROOT, format, i.halfWidth());
  }
}
