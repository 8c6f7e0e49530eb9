package org.dmsim.reports.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dmsim.model.mfg.Disruption;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.ExperimentStats;
import org.dmsim.model.stats.Interval;
import org.dmsim.model.time.SimTime;
import org.dmsim.reports.json.JsonWriter;

/**
 * Writes an experiment's files into one directory:
 * <ul>
 *   <li>{@code kpis.csv} — one row per case × variant × replication, one column per indicator;</li>
 *   <li>{@code comparisons.csv} — per case and indicator, the paired difference of each later variant
 *       against the first, with its interval;</li>
 *   <li>{@code timeseries.csv} — case, variant, replication, day, metric, value;</li>
 *   <li>{@code disruptions.csv} — each replication's disruptions (the same in every variant);</li>
 *   <li>{@code summary.json} — per case, variant and indicator the mean, standard deviation and
 *       interval, and the comparisons;</li>
 *   <li>{@code manifest.json} — what produced them.</li>
 * </ul>
 * Numbers are written with {@link Locale#ROOT}; an undefined value is an empty cell (CSV) or {@code null} (JSON).
 */
public final class ExperimentOutputs {
  private ExperimentOutputs() {}

  /** Writes every file; returns the directory. */
  public static Path write(Path dir, List<String> cases, List<String> variants, List<ExperimentRun> runs,
      ExperimentStats stats, Manifest manifest) throws IOException {
    Files.createDirectories(dir);
    List<String> kpis = runs.isEmpty() ? List.of() : new ArrayList<>(runs.get(0).kpis().keySet());
    writeKpis(dir.resolve("kpis.csv"), runs, kpis);
    writeComparisons(dir.resolve("comparisons.csv"), cases, variants, kpis, stats);
    writeSeries(dir.resolve("timeseries.csv"), runs);
    writeDisruptions(dir.resolve("disruptions.csv"), runs, variants);
    Files.writeString(dir.resolve("summary.json"), summary(cases, variants, kpis, stats, manifest), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("manifest.json"), manifest(manifest), StandardCharsets.UTF_8);
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

  private static void writeDisruptions(Path file, List<ExperimentRun> runs, List<String> variants) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("case,replication,type,target,severity,start_d,end_d\n");
      for (ExperimentRun r : runs) {
        if (!r.variant().equals(variants.get(0))) {
          continue;
        }
        for (Disruption d : r.disruptions()) {
          w.write(r.caseName() + "," + r.replication() + "," + d.type() + "," + d.target() + ","
              + number(d.severity()) + "," + number((double) d.startMs() / SimTime.DAY_MS) + ","
              + number((double) d.endMs() / SimTime.DAY_MS) + "\n");
        }
      }
    }
  }

  private static String summary(List<String> cases, List<String> variants, List<String> kpis, ExperimentStats stats,
      Manifest m) {
    JsonWriter w = new JsonWriter().beginObject();
    w.name("experiment").value(m.scenario());
    w.name("seed").value(m.seed());
    w.name("replications").value(m.replications());
    w.name("confidence").value(stats.confidence());
    w.name("cases").beginArray();
    for (String c : cases) {
      w.beginObject().name("case").value(c);
      w.name("variants").beginArray();
      for (String v : variants) {
        w.beginObject().name("variant").value(v).name("indicators").beginObject();
        for (String k : kpis) {
          Interval i = stats.interval(c, v, k);
          if (i != null) {
            w.name(k);
            interval(w, i);
          }
        }
        w.endObject().endObject();
      }
      w.endArray();
      w.name("comparisons").beginArray();
      for (int v = 1; v < variants.size(); v++) {
        w.beginObject().name("variant").value(variants.get(v)).name("baseline_variant").value(variants.get(0));
        w.name("differences").beginObject();
        for (String k : kpis) {
          Interval d = stats.difference(c, k, variants.get(v), variants.get(0));
          if (d != null) {
            w.name(k);
            interval(w, d);
          }
        }
        w.endObject().endObject();
      }
      w.endArray().endObject();
    }
    w.endArray();
    return w.endObject().toJson();
  }

  private static void interval(JsonWriter w, Interval i) {
    w.beginObject().name("mean").value(i.mean()).name("sd").value(i.standardDeviation())
        .name("half_width").value(i.halfWidth()).name("lower").value(i.lower()).name("upper").value(i.upper())
        .name("n").value(i.n()).endObject();
  }

  private static String manifest(Manifest m) {
    return new JsonWriter().beginObject()
        .name("dmsim_version").value(m.dmsimVersion())
        .name("java_version").value(m.javaVersion())
        .name("scenario").value(m.scenario())
        .name("source").value(m.source())
        .name("scenario_sha256").value(m.scenarioHash())
        .name("seed").value(m.seed())
        .name("replications").value(m.replications())
        .name("engine").value(m.engine())
        .name("threads").value(m.threads())
        .name("wall_time_s").value(m.wallSeconds())
        .endObject().toJson();
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
  }
}
