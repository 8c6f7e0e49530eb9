package org.dmsim.model.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dmsim.model.stats.Interval;

/**
 * Statistics over an experiment's runs: per case, variant and indicator the Student-t interval over
 * replications, and per case and indicator the paired difference between two variants (replication by
 * replication, which common random numbers make meaningful). Runs whose indicator is undefined (NaN)
 * are left out, and with them their partner in a pair.
 */
public final class ExperimentStats {
  private final List<ExperimentRun> runs;
  private final double confidence;

  /** Statistics of {@code runs} at {@code confidence} (e.g. 0.95). */
  public ExperimentStats(List<ExperimentRun> runs, double confidence) {
    this.runs = List.copyOf(runs);
    this.confidence = confidence;
  }

  /** The confidence level. */
  public double confidence() {
    return confidence;
  }

  /** The values of {@code kpi} of {@code variant} under {@code caseName}, in replication order (NaN kept). */
  public double[] values(String caseName, String variant, String kpi) {
    List<Double> out = new ArrayList<>();
    runs.stream().filter(r -> r.caseName().equals(caseName) && r.variant().equals(variant))
        .sorted((a, b) -> Integer.compare(a.replication(), b.replication()))
        .forEach(r -> out.add(r.kpis().getOrDefault(kpi, Double.NaN)));
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private SortedMap<Integer, Double> byReplication(String caseName, String variant, String kpi) {
    SortedMap<Integer, Double> out = new TreeMap<>();
    runs.stream().filter(r -> r.caseName().equals(caseName) && r.variant().equals(variant))
        .forEach(r -> out.putIfAbsent(r.replication(), r.kpis().getOrDefault(kpi, Double.NaN)));
    return out;
  }

  /** The interval of {@code kpi}, or {@code null} when fewer than one value is defined. */
  public Interval interval(String caseName, String variant, String kpi) {
    double[] v = Interval.defined(values(caseName, variant, kpi));
    return v.length == 0 ? null : Interval.studentT(v, confidence);
  }

  /**
   * The paired difference {@code a − b} of {@code kpi}, or {@code null} when no pair is defined. Runs are
   * paired by replication index, so that the runs kept from an interrupted experiment (where a variant may
   * miss a replication another has) pair only with their own partner.
   */
  public Interval difference(String caseName, String kpi, String a, String b) {
    SortedMap<Integer, Double> va = byReplication(caseName, a, kpi);
    SortedMap<Integer, Double> vb = byReplication(caseName, b, kpi);
    List<double[]> pairs = new ArrayList<>();
    for (Map.Entry<Integer, Double> x : va.entrySet()) {
      Double y = vb.get(x.getKey());
      if (y != null && !Double.isNaN(x.getValue()) && !Double.isNaN(y)) {
        pairs.add(new double[] {x.getValue(), y});
      }
    }
    if (pairs.isEmpty()) {
      return null;
    }
    double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
    double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
    return Interval.pairedDifference(x, y, confidence);
  }
}
