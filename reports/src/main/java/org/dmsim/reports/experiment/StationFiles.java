package org.dmsim.reports.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.dmsim.model.mfg.kpi.StationStatistics;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.stats.Interval;
import org.dmsim.reports.number.ShortestDecimal;

/**
 * Writes {@code stations.csv}: per case, variant, producing site and machine type (a station, see
 * {@link StationStatistics}) the mean over the replications of each station statistic with the half-width
 * of its 95 % Student-t interval. Columns: {@code case,variant,site,machine_type,machines,replications},
 * then {@code <measure>} and {@code <measure>_half_width} for each of {@code wait_h} (mean wait in the
 * queue, h), {@code waiting_jobs} (time-average number waiting), {@code wait_probability} (share of job
 * steps that waited more than 0 ms), {@code utilization} (0 to 1), {@code jobs_per_day} and
 * {@code units_per_day}. A half-width is empty with one replication; a mean is empty when no replication
 * defines it (a station that took no job has no mean wait). Rows by case and variant as given, then site
 * and machine type in name order; a variant without its network has no rows.
 */
public final class StationFiles {
  /** The file's name. */
  public static final String STATIONS = "stations.csv";
  /** The file's header. */
  public static final String HEADER = "case,variant,site,machine_type,machines,replications,wait_h,wait_h_half_width,"
      + "waiting_jobs,waiting_jobs_half_width,wait_probability,wait_probability_half_width,utilization,"
      + "utilization_half_width,jobs_per_day,jobs_per_day_half_width,units_per_day,units_per_day_half_width";

  private static final List<ToDoubleFunction<StationStatistics.Station>> MEASURES = List.of(
      StationStatistics.Station::meanWaitH, StationStatistics.Station::meanWaiting,
      StationStatistics.Station::waitProbability, StationStatistics.Station::utilization,
      StationStatistics.Station::jobsPerDay, StationStatistics.Station::unitsPerDay);

  private StationFiles() {}

  /**
   * Writes {@code stations.csv} into {@code dir}; {@code networks} maps each variant to its network and
   * {@code warmupMs} is the start of the measured interval of every run.
   */
  public static void write(Path dir, List<String> cases, List<String> variants, List<ExperimentRun> runs,
      Map<String, ManufacturingSpec> networks, long warmupMs) throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve(STATIONS), StandardCharsets.UTF_8)) {
      w.write(HEADER + "\n");
      for (String c : cases) {
        for (String v : variants) {
          ManufacturingSpec network = networks.get(v);
          List<ExperimentRun> reps = runs.stream().filter(r -> r.caseName().equals(c) && r.variant().equals(v))
              .sorted(Comparator.comparingInt(ExperimentRun::replication)).toList();
          if (network == null || reps.isEmpty()) {
            continue;
          }
          List<StationStatistics> stats = new ArrayList<>();
          for (ExperimentRun r : reps) {
            stats.add(StationStatistics.of(r.result(), network, warmupMs));
          }
          writeRows(w, c, v, stats);
        }
      }
    }
  }

  /**
   * Writes {@code stations.csv} of one scenario's runs into {@code dir}, as one case {@code caseName} and one
   * variant {@code variant} (a {@code dmsim run} of a scenario file).
   */
  public static void write(Path dir, String caseName, String variant, ManufacturingSpec network,
      List<RunResult> runs, long warmupMs) throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve(STATIONS), StandardCharsets.UTF_8)) {
      w.write(HEADER + "\n");
      List<StationStatistics> stats = new ArrayList<>();
      for (RunResult r : runs) {
        stats.add(StationStatistics.of(r, network, warmupMs));
      }
      if (!stats.isEmpty()) {
        writeRows(w, caseName, variant, stats);
      }
    }
  }

  private static void writeRows(Writer w, String c, String v, List<StationStatistics> reps) throws IOException {
    List<StationStatistics.Station> first = reps.get(0).stations();
    for (int s = 0; s < first.size(); s++) {
      StationStatistics.Station station = first.get(s);
      StringBuilder row = new StringBuilder();
      row.append(c).append(',').append(v).append(',').append(station.site()).append(',')
          .append(station.machineType()).append(',').append(station.machines()).append(',').append(reps.size());
      for (ToDoubleFunction<StationStatistics.Station> measure : MEASURES) {
        double[] values = new double[reps.size()];
        for (int r = 0; r < reps.size(); r++) {
          values[r] = measure.applyAsDouble(reps.get(r).stations().get(s));
        }
        double[] defined = Interval.defined(values);
        if (defined.length == 0) {
          row.append(",,");
        } else {
          Interval i = Interval.studentT(defined, Interval.DEFAULT_CONFIDENCE);
          row.append(',').append(ShortestDecimal.csv(i.mean())).append(',')
              .append(Double.isNaN(i.halfWidth()) ? "" : ShortestDecimal.csv(i.halfWidth()));
        }
      }
      w.write(row.append('\n').toString());
    }
  }
}
