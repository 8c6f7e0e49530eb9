package org.dmsim.reports.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.result.Completion;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.ExperimentStats;
import org.dmsim.model.stats.Interval;
import org.dmsim.model.time.SimTime;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dmsim.reports.json.Json;
import org.dmsim.reports.number.ShortestDecimal;

/**
 * Writes an experiment's files into one directory:
 * <ul>
 *   <li>{@code kpis.csv} — one row per case × variant × replication, one column per indicator;</li>
 *   <li>{@code comparisons.csv} — per case and indicator, the paired difference of each later variant
 *       against the first, with its interval;</li>
 *   <li>{@code timeseries.csv} — case, variant, replication, day, metric, value;</li>
 *   <li>{@code disruptions.csv} — each replication's disruptions (the same in every variant), one row per
 *       variant with the target as resolved in that variant's network ({@code @largest} becomes a site),
 *       and for a regional disaster or border closure its circle ({@code centre_lat}, {@code centre_lon},
 *       {@code radius_km}; empty otherwise);</li>
 *   <li>{@code leadtimes.csv} and {@code utilization-daily.csv} — see {@link DistributionFiles};</li>
 *   <li>{@code stations.csv} — per case, variant, site and machine type the station statistics over the
 *       replications, see {@link StationFiles};</li>
 *   <li>{@code summary.json} — per case, variant and indicator the mean, standard deviation and
 *       interval, and the comparisons;</li>
 *   <li>{@code manifest.json} — what produced them, whether every run finished, and which did.</li>
 * </ul>
 * Numbers are the {@linkplain ShortestDecimal shortest exact decimal}; an undefined value is an empty cell (CSV)
 * or {@code null} (JSON).
 */
public final class ExperimentOutputs {
  private ExperimentOutputs() {}

  /** Writes every file of a complete experiment; returns the directory. */
  public static Path write(Path dir, List<String> cases, List<String> variants, List<ExperimentRun> runs,
      ExperimentStats stats, Manifest manifest) throws IOException {
    return write(dir, cases, variants, runs, stats, manifest, Completion.complete(runs.size()));
  }

  /**
   * Writes every file; returns the directory. {@code runs} are the runs that finished; {@code completion}
   * says whether that is all of them — {@code summary.json} and {@code manifest.json} carry its status
   * ({@code complete}, {@code partial}, {@code failed}), the counts and, when not complete, why, and the
   * manifest lists the replications that finished per case and variant (what a later run may resume from).
   */
  public static Path write(Path dir, List<String> cases, List<String> variants, List<ExperimentRun> runs,
      ExperimentStats stats, Manifest manifest, Completion completion) throws IOException {
    return write(dir, cases, variants, runs, stats, manifest, completion, Map.of());
  }

  /**
   * Writes every file as {@link #write(Path, List, List, List, ExperimentStats, Manifest, Completion)};
   * {@code networks} (variant → its network) resolves the disruptions' targets per variant in
   * {@code disruptions.csv} (a variant without one keeps the target as written).
   */
  public static Path write(Path dir, List<String> cases, List<String> variants, List<ExperimentRun> runs,
      ExperimentStats stats, Manifest manifest, Completion completion, Map<String, ManufacturingSpec> networks)
      throws IOException {
    return write(dir, cases, variants, runs, stats, manifest, completion, networks, 0);
  }

  /**
   * Writes every file as {@link #write(Path, List, List, List, ExperimentStats, Manifest, Completion, Map)}
   * for runs measured from {@code warmupMs} (the station statistics of {@code stations.csv} leave it out).
   */
  public static Path write(Path dir, List<String> cases, List<String> variants, List<ExperimentRun> runs,
      ExperimentStats stats, Manifest manifest, Completion completion, Map<String, ManufacturingSpec> networks,
      long warmupMs) throws IOException {
    Files.createDirectories(dir);
    List<String> kpis = runs.isEmpty() ? List.of() : new ArrayList<>(runs.get(0).kpis().keySet());
    writeKpis(dir.resolve("kpis.csv"), runs, kpis);
    writeComparisons(dir.resolve("comparisons.csv"), cases, variants, kpis, stats);
    writeSeries(dir.resolve("timeseries.csv"), runs);
    writeRunDisruptions(dir.resolve("disruptions.csv"), runs, networks);
    DistributionFiles.write(dir, cases, variants, runs);
    StationFiles.write(dir, cases, variants, runs, networks, warmupMs);
    Files.writeString(dir.resolve("summary.json"), summary(cases, variants, kpis, stats, manifest, completion),
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("manifest.json"), manifest(manifest, completion, cases, variants, runs),
        StandardCharsets.UTF_8);
    return dir;
  }

  private static void writeKpis(Path file, List<ExperimentRun> runs, List<String> kpis) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("case,variant,replication,digest,events");
      for (String k : kpis) {
        w.write("," + k);
      }
      w.write("\n");
      for (ExperimentRun r : runs) {
        w.write(r.caseName() + "," + r.variant() + "," + r.replication() + "," + r.result().digest() + ","
            + r.result().eventsHandled());
        for (String k : kpis) {
          w.write("," + number(r.kpis().getOrDefault(k, Double.NaN)));
        }
        w.write("\n");
      }
    }
  }

  private static void writeComparisons(Path file, List<String> cases, List<String> variants, List<String> kpis,
      ExperimentStats stats) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("case,indicator,variant,baseline_variant,mean_difference,half_width,lower,upper,pairs,confidence\n");
      for (String c : cases) {
        for (String k : kpis) {
          for (int v = 1; v < variants.size(); v++) {
            Interval d = stats.difference(c, k, variants.get(v), variants.get(0));
            if (d != null) {
              w.write(c + "," + k + "," + variants.get(v) + "," + variants.get(0) + "," + number(d.mean()) + ","
                  + number(d.halfWidth()) + "," + number(d.lower()) + "," + number(d.upper()) + "," + d.n() + ","
                  + number(d.confidence()) + "\n");
            }
          }
        }
      }
    }
  }

  private static void writeSeries(Path file, List<ExperimentRun> runs) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("case,variant,replication,day,metric,value\n");
      for (ExperimentRun r : runs) {
        for (Map.Entry<String, double[]> e : r.daily().entrySet()) {
          double[] v = e.getValue();
          for (int d = 0; d < v.length; d++) {
            w.write(r.caseName() + "," + r.variant() + "," + r.replication() + "," + d + "," + e.getKey() + ","
                + number(v[d]) + "\n");
          }
        }
      }
    }
  }

  /** The header of {@code disruptions.csv}. */
  public static final String DISRUPTIONS_HEADER =
      "case,variant,replication,type,target,severity,start_d,end_d,centre_lat,centre_lon,radius_km";

  private static void writeRunDisruptions(Path file, List<ExperimentRun> runs, Map<String, ManufacturingSpec> networks)
      throws IOException {
    writeDisruptions(file, runs.stream()
        .map(r -> new ReplicationDisruptions(r.caseName(), r.variant(), r.replication(), r.disruptions())).toList(),
        networks);
  }

  /** The disruptions that hit one replication of one case and variant: the rows they give in {@code disruptions.csv}. */
  public record ReplicationDisruptions(String caseName, String variant, int replication, List<Disruption> disruptions) {}

  /**
   * Writes {@code disruptions.csv} ({@link #DISRUPTIONS_HEADER}) of {@code runs}, in their order;
   * {@code networks} (variant → its network) resolves the targets per variant, as {@link #write} does.
   * A scenario run writes it too, for its one case and variant.
   */
  public static void writeDisruptions(Path file, List<ReplicationDisruptions> runs,
      Map<String, ManufacturingSpec> networks) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(DISRUPTIONS_HEADER + "\n");
      for (ReplicationDisruptions r : runs) {
        ManufacturingSpec network = networks.get(r.variant());
        for (Disruption d : r.disruptions()) {
          w.write(r.caseName() + "," + r.variant() + "," + r.replication() + "," + d.type() + ","
              + (network == null ? d.target() : d.targetIn(network)) + "," + number(d.severity()) + ","
              + number((double) d.startMs() / SimTime.DAY_MS) + "," + number((double) d.endMs() / SimTime.DAY_MS)
              + "," + circle(d) + "\n");
        }
      }
    }
  }

  /** {@code lat,lon,radius} of a disruption that hits a circle, else three empty cells. */
  private static String circle(Disruption d) {
    if (d instanceof Disruption.RegionalDisaster x) {
      return number(x.centre().latitudeDeg()) + "," + number(x.centre().longitudeDeg()) + "," + number(x.radiusKm());
    }
    if (d instanceof Disruption.BorderClosure x) {
      return number(x.centre().latitudeDeg()) + "," + number(x.centre().longitudeDeg()) + "," + number(x.radiusKm());
    }
    return ",,";
  }

  private static String summary(List<String> cases, List<String> variants, List<String> kpis, ExperimentStats stats,
      Manifest m, Completion completion) {
    ObjectNode root = Json.object();
    root.put("experiment", m.scenario());
    root.put("seed", m.seed());
    root.put("replications", m.replications());
    status(root, completion);
    root.set("confidence", Json.number(stats.confidence()));
    ArrayNode caseNodes = root.putArray("cases");
    for (String c : cases) {
      ObjectNode caseNode = caseNodes.addObject().put("case", c);
      ArrayNode variantNodes = caseNode.putArray("variants");
      for (String v : variants) {
        ObjectNode indicators = variantNodes.addObject().put("variant", v).putObject("indicators");
        for (String k : kpis) {
          Interval i = stats.interval(c, v, k);
          if (i != null) {
            indicators.set(k, interval(i));
          }
        }
      }
      ArrayNode comparisons = caseNode.putArray("comparisons");
      for (int v = 1; v < variants.size(); v++) {
        ObjectNode differences = comparisons.addObject().put("variant", variants.get(v))
            .put("baseline_variant", variants.get(0)).putObject("differences");
        for (String k : kpis) {
          Interval d = stats.difference(c, k, variants.get(v), variants.get(0));
          if (d != null) {
            differences.set(k, interval(d));
          }
        }
      }
    }
    return Json.toJson(root);
  }

  private static ObjectNode interval(Interval i) {
    ObjectNode o = Json.object();
    o.set("mean", Json.number(i.mean()));
    o.set("sd", Json.number(i.standardDeviation()));
    o.set("half_width", Json.number(i.halfWidth()));
    o.set("lower", Json.number(i.lower()));
    o.set("upper", Json.number(i.upper()));
    o.put("n", i.n());
    return o;
  }

  /** {@code status}, {@code runs_planned}, {@code runs_finished} and, unless complete, {@code message}. */
  private static void status(ObjectNode o, Completion c) {
    o.put("status", c.status().label());
    o.put("runs_planned", c.planned());
    o.put("runs_finished", c.finished());
    if (!c.isComplete()) {
      o.put("message", c.message());
    }
  }

  private static String manifest(Manifest m, Completion completion, List<String> cases, List<String> variants,
      List<ExperimentRun> runs) {
    ObjectNode o = Json.object();
    o.put("dmsim_version", m.dmsimVersion());
    o.put("java_version", m.javaVersion());
    o.put("scenario", m.scenario());
    o.put("description", m.description());
    o.put("source", m.source());
    o.put("scenario_sha256", m.scenarioHash());
    o.put("seed", m.seed());
    o.put("replications", m.replications());
    o.put("engine", m.engine());
    o.put("threads", m.threads());
    o.set("wall_time_s", Json.number(m.wallSeconds()));
    status(o, completion);
    ArrayNode finished = o.putArray("finished");
    for (String c : cases) {
      for (String v : variants) {
        ArrayNode reps = finished.addObject().put("case", c).put("variant", v).putArray("replications");
        runs.stream().filter(r -> r.caseName().equals(c) && r.variant().equals(v)).mapToInt(ExperimentRun::replication)
            .sorted().forEach(reps::add);
      }
    }
    return Json.toJson(o);
  }

  private static String number(double v) {
    return ShortestDecimal.csv(v);
  }
}
