package org.dmsim.model.result;

import java.util.List;
import java.util.Map;
import org.dmsim.model.mfg.disruption.Disruption;

/**
 * One run of an experiment: a case, a variant and a replication, its disruptions, its result, its
 * indicators (those of {@code ManufacturingKpis} plus the resilience measures) and its daily series.
 */
public record ExperimentRun(String caseName, String variant, int replication, List<Disruption> disruptions,
    RunResult result, Map<String, Double> kpis, Map<String, double[]> daily) {
  public ExperimentRun {
    disruptions = List.copyOf(disruptions);
    kpis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kpis));
    daily = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(daily));
  }
}
