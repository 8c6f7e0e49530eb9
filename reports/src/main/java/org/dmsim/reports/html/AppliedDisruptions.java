package org.dmsim.reports.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmsim.reports.chart.DisruptionWindow;

/**
 * A case's disruptions as the report lists and shades them: {@code disruptions.csv} has one row per
 * variant, each with the target resolved in that variant's network; here the rows of one disruption
 * (same replication, same position in its run's list) become one, whose target reads
 * {@code plant-kassel} when every variant resolved it alike and
 * {@code centralized: plant-kassel; distributed: mf-essen} when not.
 */
final class AppliedDisruptions {
  private AppliedDisruptions() {}

  /**
   * One disruption of one replication.
   *
   * @param replication the replication
   * @param severity    its severity
   * @param window      its type, its target as resolved per variant, and its days
   */
  record Instance(int replication, double severity, DisruptionWindow window) {}

  /** The disruptions of {@code rows}, one per replication and position, in replication then list order. */
  static List<Instance> instances(List<ExperimentResults.AppliedDisruption> rows, List<String> variants) {
    // replication → position in that replication's list → variant → row
    Map<Integer, Map<Integer, Map<String, ExperimentResults.AppliedDisruption>>> byRun = new TreeMap<>();
    Map<String, Integer> position = new LinkedHashMap<>();
    for (ExperimentResults.AppliedDisruption d : rows) {
      int k = position.merge(d.variant() + "\u0000" + d.replication(), 1, Integer::sum) - 1;
      byRun.computeIfAbsent(d.replication(), r -> new TreeMap<>()).computeIfAbsent(k, x -> new LinkedHashMap<>())
          .putIfAbsent(d.variant(), d);
    }
    List<Instance> out = new ArrayList<>();
    byRun.forEach((rep, byPosition) -> byPosition.values().forEach(byVariant -> {
      ExperimentResults.AppliedDisruption first = byVariant.values().iterator().next();
      out.add(new Instance(rep, first.severity(), new DisruptionWindow(first.window().type(), target(byVariant, variants),
          first.window().startDay(), first.window().endDay())));
    }));
    return out;
  }

  private static String target(Map<String, ExperimentResults.AppliedDisruption> byVariant, List<String> variants) {
    List<String> targets = byVariant.values().stream().map(d -> d.window().target()).distinct().toList();
    if (targets.size() == 1) {
      return targets.get(0);
    }
    List<String> parts = new ArrayList<>();
    for (String v : variants) {
      if (byVariant.containsKey(v)) {
        parts.add(v + ": " + byVariant.get(v).window().target());
      }
    }
    byVariant.forEach((v, d) -> {
      if (!variants.contains(v)) {
        parts.add(v + ": " + d.window().target());
      }
    });
    return String.join("; ", parts);
  }

  /** The windows to shade on a case's curves: one per disruption, its target as in {@link #instances}. */
  static List<DisruptionWindow> windows(List<ExperimentResults.AppliedDisruption> rows, List<String> variants) {
    return instances(rows, variants).stream().map(Instance::window).toList();
  }
}
