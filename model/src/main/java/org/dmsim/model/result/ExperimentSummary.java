package org.dmsim.model.result;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an experiment produced, for writers and the console: the scenario, seed and engine, one row
 * of key indicators per replication, their means, and the digest over all replications. Contains no
 * wall-clock figures, so the same scenario and seed give the same summary byte for byte.
 *
 * @param scenario     the scenario's name
 * @param source       where the scenario came from (a file path or a bundled name)
 * @param seed         the run seed
 * @param engine       the engine kind ({@code actors} or {@code sequential})
 * @param replications one row per replication, in replication order
 * @param digest       SHA-256 over the replications' digests ({@link RunResult#digestOf})
 */
public record ExperimentSummary(String scenario, String source, long seed, String engine,
    List<Replication> replications, String digest) {

  public ExperimentSummary {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(digest, "digest");
    replications = List.copyOf(replications);
  }

  /**
   * One replication's indicators.
   *
   * @param replication   the replication index
   * @param eventsHandled events handled in the run
   * @param digest        the run's digest
   * @param kpis          indicator name (with unit) to value, in a fixed order
   */
  public record Replication(int replication, long eventsHandled, String digest, Map<String, Double> kpis) {
    public Replication {
      Objects.requireNonNull(digest, "digest");
      kpis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kpis));
    }
  }

  /** The mean of each indicator over replications (NaN values, e.g. no orders due, are skipped). */
  public Map<String, Double> means() {
    Map<String, double[]> sums = new TreeMap<>();
    List<String> order = replications.isEmpty() ? List.of() : List.copyOf(replications.get(0).kpis().keySet());
    for (Replication r : replications) {
      r.kpis().forEach((k, v) -> {
        if (!Double.isNaN(v)) {
          double[] s = sums.computeIfAbsent(k, x -> new double[2]);
          s[0] += v;
          s[1]++;
        }
      });
    }
    Map<String, Double> means = new java.util.LinkedHashMap<>();
    for (String k : order) {
      double[] s = sums.get(k);
      means.put(k, s == null ? Double.NaN : s[0] / s[1]);
    }
    return means;
  }
}
