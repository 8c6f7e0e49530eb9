package org.dmsim.reports.html;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dmsim.reports.chart.LeadTimeCdf;

/**
 * Reads the {@link CaseDetail} of every case from a results folder: {@code due_units} and
 * {@code on_time_units} from {@code timeseries.csv}, and, when present, {@code leadtimes.csv},
 * {@code utilization-daily.csv} and {@code stations.csv}. A line not as written is a {@link ResultsFolderException} with file and
 * line.
 */
final class CaseDetailFiles {
  private static final String LEAD_TIMES = "leadtimes.csv";
  private static final String UTILIZATION = "utilization-daily.csv";

  private CaseDetailFiles() {}

  /** Case → its detail; a case absent from every file is absent here. */
  static Map<String, CaseDetail> read(Path dir) {
    Map<String, Map<String, Map<String, TreeMap<Integer, double[]>>>> units = units(dir.resolve("timeseries.csv"));
    Map<String, Map<String, LeadTimeCdf>> leadTimes = leadTimes(dir.resolve(LEAD_TIMES));
    Map<String, Map<String, Map<String, double[]>>> utilization = utilization(dir.resolve(UTILIZATION));
    Map<String, List<StationRow>> stations = StationTable.read(dir);
    Map<String, CaseDetail> out = new LinkedHashMap<>();
    List<String> cases = new ArrayList<>(units.keySet());
    Stream.concat(Stream.concat(leadTimes.keySet().stream(), utilization.keySet().stream()), stations.keySet().stream())
        .filter(c -> !cases.contains(c))
        .distinct().forEach(cases::add);
    for (String c : cases) {
      Map<String, List<double[]>> due = new LinkedHashMap<>();
      Map<String, List<double[]>> onTime = new LinkedHashMap<>();
      Map<String, List<double[]>> backlog = new LinkedHashMap<>();
      units.getOrDefault(c, Map.of()).forEach((v, byMetric) -> {
        due.put(v, List.copyOf(byMetric.getOrDefault("due_units", new TreeMap<>()).values()));
        onTime.put(v, List.copyOf(byMetric.getOrDefault("on_time_units", new TreeMap<>()).values()));
        if (byMetric.containsKey("backlog_units")) {
          backlog.put(v, List.copyOf(byMetric.get("backlog_units").values()));
        }
      });
      out.put(c, new CaseDetail(due, onTime, leadTimes.getOrDefault(c, Map.of()),
          utilization.getOrDefault(c, Map.of()), backlog, stations.getOrDefault(c, List.of())));
    }
    return out;
  }

  /** Case → variant → metric → replication → days, for {@code due_units}, {@code on_time_units} and {@code backlog_units}. */
  private static Map<String, Map<String, Map<String, TreeMap<Integer, double[]>>>> units(Path file) {
    Map<String, Map<String, Map<String, TreeMap<Integer, List<Double>>>>> rows = new LinkedHashMap<>();
    List<String> lines = FolderCsv.lines(file);
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.contains(",due_units,") && !line.contains(",on_time_units,") && !line.contains(",backlog_units,")) {
        continue;
      }
      String[] f = FolderCsv.fields(file, i, line, 6);
      int day = FolderCsv.integer(file, i, f[3], "day");
      List<Double> series = rows.computeIfAbsent(f[0], c -> new LinkedHashMap<>())
          .computeIfAbsent(f[1], v -> new LinkedHashMap<>()).computeIfAbsent(f[4], m -> new TreeMap<>())
          .computeIfAbsent(FolderCsv.integer(file, i, f[2], "replication"), r -> new ArrayList<>());
      while (series.size() <= day) {
        series.add(0.0);
      }
      series.set(day, FolderCsv.decimal(file, i, f[5], "value"));
    }
    Map<String, Map<String, Map<String, TreeMap<Integer, double[]>>>> out = new LinkedHashMap<>();
    rows.forEach((c, byVariant) -> byVariant.forEach((v, byMetric) -> byMetric.forEach((m, byRep) -> {
      TreeMap<Integer, double[]> arrays = new TreeMap<>();
      byRep.forEach((r, s) -> arrays.put(r, s.stream().mapToDouble(Double::doubleValue).toArray()));
      out.computeIfAbsent(c, x -> new LinkedHashMap<>()).computeIfAbsent(v, x -> new LinkedHashMap<>()).put(m, arrays);
    })));
    return out;
  }

  private static Map<String, Map<String, LeadTimeCdf>> leadTimes(Path file) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    List<String> lines = FolderCsv.lines(file);
    FolderCsv.expectHeader(file, lines, "case,variant,upper_h,cumulative_share");
    Map<String, Map<String, List<double[]>>> rows = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = FolderCsv.fields(file, i, lines.get(i), 4);
      rows.computeIfAbsent(f[0], c -> new LinkedHashMap<>()).computeIfAbsent(f[1], v -> new ArrayList<>())
          .add(new double[] {FolderCsv.decimal(file, i, f[2], "upper_h"), FolderCsv.decimal(file, i, f[3], "cumulative_share")});
    }
    Map<String, Map<String, LeadTimeCdf>> out = new LinkedHashMap<>();
    rows.forEach((c, byVariant) -> byVariant.forEach((v, points) -> {
      double[] upper = points.stream().mapToDouble(p -> p[0]).toArray();
      double[] share = points.stream().mapToDouble(p -> p[1]).toArray();
      try {
        out.computeIfAbsent(c, x -> new LinkedHashMap<>()).put(v, new LeadTimeCdf(v, upper, share));
      } catch (IllegalArgumentException e) {
        throw new ResultsFolderException(file + ": case " + c + ": " + e.getMessage());
      }
    }));
    return out;
  }

  private static Map<String, Map<String, Map<String, double[]>>> utilization(Path file) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    List<String> lines = FolderCsv.lines(file);
    FolderCsv.expectHeader(file, lines, "case,variant,site,day,utilization");
    Map<String, Map<String, TreeMap<String, List<Double>>>> rows = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = FolderCsv.fields(file, i, lines.get(i), 5);
      int day = FolderCsv.integer(file, i, f[3], "day");
      List<Double> series = rows.computeIfAbsent(f[0], c -> new LinkedHashMap<>())
          .computeIfAbsent(f[1], v -> new TreeMap<>()).computeIfAbsent(f[2], s -> new ArrayList<>());
      while (series.size() <= day) {
        series.add(Double.NaN);
      }
      series.set(day, FolderCsv.decimal(file, i, f[4], "utilization"));
    }
    Map<String, Map<String, Map<String, double[]>>> out = new LinkedHashMap<>();
    rows.forEach((c, byVariant) -> byVariant.forEach((v, bySite) -> {
      Map<String, double[]> sites = new LinkedHashMap<>();
      bySite.forEach((s, days) -> sites.put(s, days.stream().mapToDouble(Double::doubleValue).toArray()));
      out.computeIfAbsent(c, x -> new LinkedHashMap<>()).put(v, sites);
    }));
    return out;
  }
}
