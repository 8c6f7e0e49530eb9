package org.dmsim.reports.chart;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.dmsim.model.result.ExperimentRun;

/**
 * One variant's daily series of one metric in every replication of a case, as in {@code timeseries.csv}:
 * {@code replications.get(r)[d]} is day d of the r-th replication (in replication order); NaN where the
 * value is undefined (a day with nothing due has no on-time share). Arrays are copied.
 *
 * @param variant      the variant
 * @param replications one array per replication; they may differ in length
 */
public record ReplicatedDaily(String variant, List<double[]> replications) {
  public ReplicatedDaily {
    Objects.requireNonNull(variant, "variant");
    replications = replications.stream().map(double[]::clone).toList();
  }

  /** A copy of the series (the record's arrays are not handed out). */
  @Override
  public List<double[]> replications() {
    return replications.stream().map(double[]::clone).toList();
  }

  /** The longest replication, days. */
  public int days() {
    return replications.stream().mapToInt(a -> a.length).max().orElse(0);
  }

  /** The values of {@code day} over replications, undefined ones and replications too short left out. */
  double[] definedOn(int day) {
    return replications.stream().filter(a -> day < a.length && !Double.isNaN(a[day])).mapToDouble(a -> a[day])
        .toArray();
  }

  /**
   * The daily {@code metric} (e.g. {@code fill_rate}) of {@code variant} under {@code caseName} from
   * {@code runs}, in replication order; a run without the metric contributes an empty series.
   */
  public static ReplicatedDaily of(List<ExperimentRun> runs, String caseName, String variant, String metric) {
    return new ReplicatedDaily(variant, runs.stream()
        .filter(r -> r.caseName().equals(caseName) && r.variant().equals(variant))
        .sorted(Comparator.comparingInt(ExperimentRun::replication))
        .map(r -> r.daily().getOrDefault(metric, new double[0])).toList());
  }
}
