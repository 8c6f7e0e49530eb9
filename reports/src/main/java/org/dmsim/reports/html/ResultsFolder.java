package org.dmsim.reports.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmsim.model.stats.Interval;
import org.dmsim.reports.chart.DisruptionWindow;
import org.dmsim.reports.experiment.ExperimentOutputs;
import org.dmsim.reports.network.NetworkGeometry;
import org.dmsim.reports.network.NetworkJson;

/**
 * Reads an experiment's results folder back into {@link ExperimentResults}: {@code manifest.json},
 * {@code summary.json}, {@code kpis.csv} (its header: the indicators), {@code timeseries.csv} (only the
 * daily {@code fill_rate}) and {@code disruptions.csv}, as {@code ExperimentOutputs} writes them,
 * {@code network.json} when there is one (older folders have none: their report has no map), and the
 * {@link CaseDetail} of each case ({@link CaseDetailFiles}; its optional files may be absent).
 * {@code disruptions.csv} may have the older header, without a variant and circle. A missing file or a
 * line not as written is a {@link ResultsFolderException} naming the file.
 */
public final class ResultsFolder {
  /** The daily metric the performance curve draws. */
  static final String DAILY_METRIC = "fill_rate";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> FILES = List.of("manifest.json", "summary.json", "kpis.csv", "timeseries.csv",
      "disruptions.csv");

  private ResultsFolder() {}

  /** The files a results folder must hold for a report, in the order they are read. */
  public static List<String> requiredFiles() {
    return FILES;
  }

  /** Reads the experiment results in {@code dir}. */
  public static ExperimentResults read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ResultsFolderException(dir + ": no such folder");
    }
    if (ScenarioRunFolder.holdsOne(dir)) {
      return ScenarioRunFolder.read(dir);
    }
    for (String f : FILES) {
      if (!Files.isRegularFile(dir.resolve(f))) {
        throw new ResultsFolderException(dir.resolve(f) + ": missing; an experiment's results folder holds "
            + String.join(", ", FILES) + " ('dmsim run EXPERIMENT.yaml' writes them), a scenario run's summary.json"
            + " and timeseries.csv, a stress test's stress.csv");
      }
    }
    JsonNode manifest = json(dir.resolve("manifest.json"));
    JsonNode summary = json(dir.resolve("summary.json"));
    if (!summary.path("cases").isArray()) {
      throw new ResultsFolderException(dir.resolve("summary.json") + ": no \"cases\"; a report is made of an"
          + " experiment's or a scenario run's results");
    }
    ExperimentResults.RunInfo run = runInfo(dir.resolve("manifest.json"), manifest);
    List<String> indicators = indicators(dir.resolve("kpis.csv"));
    double confidence = summary.path("confidence").asDouble(Interval.DEFAULT_CONFIDENCE);
    List<String> variants = new ArrayList<>();
    for (JsonNode v : summary.path("cases").path(0).path("variants")) {
      variants.add(v.path("variant").asText());
    }
    Map<String, Map<String, List<double[]>>> daily = daily(dir.resolve("timeseries.csv"));
    Map<String, List<ExperimentResults.AppliedDisruption>> disruptions = disruptions(dir.resolve("disruptions.csv"));
    Map<String, CaseDetail> details = CaseDetailFiles.read(dir);
    List<ExperimentResults.CaseResults> cases = new ArrayList<>();
    for (JsonNode c : summary.path("cases")) {
      String name = c.path("case").asText();
      Map<String, Map<String, Interval>> estimates = new LinkedHashMap<>();
      for (JsonNode v : c.path("variants")) {
        estimates.put(v.path("variant").asText(), intervals(v.path("indicators"), confidence));
      }
      Map<String, Map<String, Interval>> differences = new LinkedHashMap<>();
      for (JsonNode d : c.path("comparisons")) {
        differences.put(d.path("variant").asText(), intervals(d.path("differences"), confidence));
      }
      cases.add(new ExperimentResults.CaseResults(name, estimates, differences,
          daily.getOrDefault(name, Map.of()), disruptions.getOrDefault(name, List.of()),
          details.getOrDefault(name, CaseDetail.NONE)));
    }
    return new ExperimentResults(run, variants, indicators, cases, confidence, networks(dir.resolve(NetworkJson.FILE)));
  }

  private static ExperimentResults.RunInfo runInfo(Path file, JsonNode m) {
    for (String field : List.of("scenario", "seed", "replications", "engine", "status")) {
      if (!m.hasNonNull(field)) {
        throw new ResultsFolderException(file + ": field \"" + field + "\" missing");
      }
    }
    return new ExperimentResults.RunInfo(m.path("scenario").asText(), m.path("description").asText(""),
        m.path("source").asText(""),
        m.path("seed").asLong(), m.path("replications").asInt(), m.path("engine").asText(), m.path("threads").asInt(),
        m.path("dmsim_version").asText(""), m.path("status").asText(), m.path("runs_planned").asInt(),
        m.path("runs_finished").asInt(), m.path("message").asText(""), number(m.path("wall_time_s")));
  }

  private static Map<String, Interval> intervals(JsonNode node, double confidence) {
    Map<String, Interval> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      JsonNode i = e.getValue();
      int n = i.path("n").asInt(0);
      if (n >= 1) {
        out.put(e.getKey(), new Interval(number(i.path("mean")), number(i.path("sd")), number(i.path("half_width")),
            number(i.path("lower")), number(i.path("upper")), n, confidence));
      }
    });
    return out;
  }

  static double number(JsonNode n) {
    return n.isNumber() ? n.asDouble() : Double.NaN;
  }

  private static List<String> indicators(Path file) {
    List<String> lines = FolderCsv.lines(file);
    if (lines.isEmpty() || !lines.get(0).startsWith("case,variant,replication,digest,events")) {
      throw new ResultsFolderException(file + ":1: expected the header 'case,variant,replication,digest,events,...'");
    }
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    return List.copyOf(header.subList(5, header.size()));
  }

  /** Case → variant → the daily {@code fill_rate} of each replication, in replication order. */
  private static Map<String, Map<String, List<double[]>>> daily(Path file) {
    Map<String, Map<String, TreeMap<Integer, List<Double>>>> rows = new LinkedHashMap<>();
    List<String> lines = FolderCsv.lines(file);
    FolderCsv.expectHeader(file, lines, "case,variant,replication,day,metric,value");
    for (int i = 1; i < lines.size(); i++) {
      String[] f = FolderCsv.fields(file, i, lines.get(i), 6);
      if (!f[4].equals(DAILY_METRIC)) {
        continue;
      }
      int day = FolderCsv.integer(file, i, f[3], "day");
      List<Double> series = rows.computeIfAbsent(f[0], c -> new LinkedHashMap<>())
          .computeIfAbsent(f[1], v -> new TreeMap<>())
          .computeIfAbsent(FolderCsv.integer(file, i, f[2], "replication"), r -> new ArrayList<>());
      while (series.size() <= day) {
        series.add(Double.NaN);
      }
      series.set(day, FolderCsv.decimal(file, i, f[5], "value"));
    }
    Map<String, Map<String, List<double[]>>> out = new LinkedHashMap<>();
    rows.forEach((c, byVariant) -> {
      Map<String, List<double[]>> m = new LinkedHashMap<>();
      byVariant.forEach((v, byRep) -> m.put(v, byRep.values().stream()
          .map(s -> s.stream().mapToDouble(Double::doubleValue).toArray()).toList()));
      out.put(c, m);
    });
    return out;
  }

  /** The header of {@code disruptions.csv} before targets were resolved per variant. */
  private static final String OLD_DISRUPTIONS_HEADER = "case,replication,type,target,severity,start_d,end_d";

  static Map<String, List<ExperimentResults.AppliedDisruption>> disruptions(Path file) {
    Map<String, List<ExperimentResults.AppliedDisruption>> out = new LinkedHashMap<>();
    List<String> lines = FolderCsv.lines(file);
    boolean old = !lines.isEmpty() && lines.get(0).equals(OLD_DISRUPTIONS_HEADER);
    if (!old) {
      FolderCsv.expectHeader(file, lines, ExperimentOutputs.DISRUPTIONS_HEADER);
    }
    for (int i = 1; i < lines.size(); i++) {
      String[] f = FolderCsv.fields(file, i, lines.get(i), old ? 7 : 11);
      if (old) {
        f = new String[] {f[0], "", f[1], f[2], f[3], f[4], f[5], f[6], "", "", ""};
      }
      DisruptionWindow w;
      try {
        w = new DisruptionWindow(f[3], f[4], FolderCsv.decimal(file, i, f[6], "start_d"),
            FolderCsv.decimal(file, i, f[7], "end_d"));
      } catch (IllegalArgumentException e) {
        throw new ResultsFolderException(file + ":" + (i + 1) + ": " + e.getMessage());
      }
      out.computeIfAbsent(f[0], c -> new ArrayList<>()).add(new ExperimentResults.AppliedDisruption(f[1],
          FolderCsv.integer(file, i, f[2], "replication"), FolderCsv.decimal(file, i, f[5], "severity"), w,
          FolderCsv.decimal(file, i, f[8], "centre_lat"), FolderCsv.decimal(file, i, f[9], "centre_lon"),
          FolderCsv.decimal(file, i, f[10], "radius_km")));
    }
    return out;
  }

  /** The networks in {@code file}; none when the folder has no such file. */
  private static List<NetworkGeometry> networks(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return NetworkJson.read(file);
    } catch (IllegalArgumentException e) {
      throw new ResultsFolderException(e.getMessage());
    } catch (IOException e) {
      throw FolderCsv.unreadable(file, e);
    }
  }

  static JsonNode json(Path file) {
    try {
      return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new ResultsFolderException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
          + ": not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw FolderCsv.unreadable(file, e);
    }
  }

}
