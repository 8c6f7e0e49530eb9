package org.dmsim.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmsim.model.stats.Interval;

/**
 * The results folder of one scenario file's run ({@code dmsim run SCENARIO.yaml}: {@code summary.json}
 * with each replication's indicators, and {@code timeseries.csv}), read as an experiment of one variant
 * — the scenario — and one case, {@value #CASE}: each indicator's interval is computed from the
 * replications' values, and there are no differences; its stations from {@code stations.csv} and the
 * disruptions that hit each replication from {@code disruptions.csv} (a folder written before scenario runs
 * wrote that file lists none).
 */
final class ScenarioRunFolder {
  /** The name of the one case: the scenario as its file describes it. */
  static final String CASE = "as written";

  private ScenarioRunFolder() {}

  /** Whether {@code dir} holds a scenario run's results: a {@code summary.json} with {@code runs} and no {@code cases}. */
  static boolean holdsOne(Path dir) {
    Path summary = dir.resolve("summary.json");
    if (!Files.isRegularFile(summary) || Files.isRegularFile(dir.resolve("manifest.json"))) {
      return false;
    }
    JsonNode s = ResultsFolder.json(summary);
    return s.path("runs").isArray() && !s.has("cases");
  }

  static ExperimentResults read(Path dir) {
    Path file = dir.resolve("summary.json");
    JsonNode s = ResultsFolder.json(file);
    for (String field : List.of("scenario", "seed", "replications", "engine", "status")) {
      if (!s.hasNonNull(field)) {
        throw new ResultsFolderException(file + ": field \"" + field + "\" missing");
      }
    }
    String scenario = s.path("scenario").asText();
    JsonNode runs = s.path("runs");
    ExperimentResults.RunInfo run = new ExperimentResults.RunInfo(scenario, "", s.path("source").asText(""),
        s.path("seed").asLong(), s.path("replications").asInt(), s.path("engine").asText(), 0, "",
        s.path("status").asText(), s.path("replications_planned").asInt(runs.size()), runs.size(),
        s.path("message").asText(""), Double.NaN);
    List<String> indicators = new ArrayList<>();
    runs.path(0).path("kpis").fieldNames().forEachRemaining(indicators::add);
    Map<String, Interval> estimates = new LinkedHashMap<>();
    for (String k : indicators) {
      double[] values = new double[runs.size()];
      for (int r = 0; r < values.length; r++) {
        values[r] = ResultsFolder.number(runs.get(r).path("kpis").path(k));
      }
      double[] defined = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
      if (defined.length > 0) {
        estimates.put(k, Interval.studentT(defined, Interval.DEFAULT_CONFIDENCE));
      }
    }
    Map<String, List<double[]>> daily = new LinkedHashMap<>();
    Path series = dir.resolve("timeseries.csv");
    if (Files.isRegularFile(series)) {
      daily.put(scenario, daily(series));
    }
    // stations.csv of a scenario run has the one case and the scenario as its variant
    List<StationRow> stations = StationTable.read(dir).getOrDefault(CASE, List.of());
    CaseDetail detail = new CaseDetail(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), stations);
    Path disruptions = dir.resolve("disruptions.csv");
    List<ExperimentResults.AppliedDisruption> applied = Files.isRegularFile(disruptions)
        ? ResultsFolder.disruptions(disruptions).getOrDefault(CASE, List.of()) : List.of();
    ExperimentResults.CaseResults only = new ExperimentResults.CaseResults(CASE, Map.of(scenario, estimates), Map.of(),
        daily, applied, detail);
    return new ExperimentResults(run, List.of(scenario), indicators, List.of(only), Interval.DEFAULT_CONFIDENCE);
  }

  /** The daily {@code fill_rate} of each replication, in replication order, from {@code replication,day,metric,value}. */
  private static List<double[]> daily(Path file) {
    List<String> lines = FolderCsv.lines(file);
    FolderCsv.expectHeader(file, lines, "replication,day,metric,value");
    TreeMap<Integer, List<Double>> byReplication = new TreeMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = FolderCsv.fields(file, i, lines.get(i), 4);
      if (!f[2].equals(ResultsFolder.DAILY_METRIC)) {
        continue;
      }
      int day = FolderCsv.integer(file, i, f[1], "day");
      List<Double> values = byReplication.computeIfAbsent(FolderCsv.integer(file, i, f[0], "replication"),
          r -> new ArrayList<>());
      while (values.size() <= day) {
        values.add(Double.NaN);
      }
      values.set(day, FolderCsv.decimal(file, i, f[3], "value"));
    }
    return byReplication.values().stream().map(v -> v.stream().mapToDouble(Double::doubleValue).toArray()).toList();
  }
}
