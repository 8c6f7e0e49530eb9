package org.dmsim.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dmsim.reports.chart.DisruptionWindow;
import org.dmsim.reports.chart.LeadTimeCdf;
import org.dmsim.reports.chart.LeadTimeCdfChart;
import org.dmsim.reports.chart.PerformanceCurveChart;
import org.dmsim.reports.chart.ReplicatedDaily;
import org.dmsim.reports.chart.ResilienceTriangle;
import org.dmsim.reports.chart.ResilienceTriangleChart;
import org.dmsim.reports.chart.UtilizationHeatMap;
import org.dmsim.reports.chart.VariantPalette;
import org.jfree.chart.JFreeChart;

/**
 * The charts of a case drawn from its {@link CaseDetail}: a resilience triangle per disruption that
 * started on the same day in every replication (a disruption sampled at random days is left out: a curve
 * pooled over replications would mix different days), the lead-time distribution, and a utilization heat
 * map per variant. A chart whose data the folder lacks is left out.
 */
final class DetailCharts {
  /** A chart with the id of its figure and its caption. */
  record Figure(JFreeChart chart, String id, String caption) {}

  private DetailCharts() {}

  /** The figures of case {@code c}, in the order the page shows them. */
  static List<Figure> of(ExperimentResults r, ExperimentResults.CaseResults c, VariantPalette palette) {
    List<Figure> out = new ArrayList<>();
    List<DisruptionWindow> windows = c.disruptions().stream().map(ExperimentResults.AppliedDisruption::window)
        .toList();
    if (!c.detail().backlogUnits().isEmpty()) {
      List<ReplicatedDaily> backlog = r.variants().stream()
          .map(v -> new ReplicatedDaily(v, c.detail().backlogUnits().getOrDefault(v, List.of()))).toList();
      out.add(new Figure(PerformanceCurveChart.backlog(c.name(), backlog, windows, palette, r.confidence()), "backlog",
          "Daily backlog per variant — units ordered and not yet delivered or lost — the mean over replications"
              + " and its " + Figures.significant(r.confidence() * 100, 3) + " % band; shaded: the disruptions."));
    }
    triangles(r, c, palette, out);
    List<LeadTimeCdf> cdfs = r.variants().stream().map(v -> c.detail().leadTimes().get(v))
        .filter(x -> x != null && !x.isEmpty()).toList();
    if (!cdfs.isEmpty()) {
      out.add(new Figure(LeadTimeCdfChart.create(c.name(), cdfs, palette), "leadtimes",
          "Lead-time distribution per variant: the share of delivered orders (all replications) delivered within"
              + " x hours of being placed."));
    }
    for (int v = 0; v < r.variants().size(); v++) {
      Map<String, double[]> bySite = c.detail().utilization().get(r.variants().get(v));
      if (bySite != null && !bySite.isEmpty()) {
        int warmup = warmupDays(c.detail().dueUnits().getOrDefault(r.variants().get(v), List.of()));
        out.add(new Figure(UtilizationHeatMap.create(c.name(), r.variants().get(v), bySite, windows, warmup),
            "utilization-" + v, "Utilization per site over time in " + r.variants().get(v)
                + ": one row per producing site, one cell per day; darker is busier; outlined: disruptions."));
      }
    }
    return out;
  }

  private static void triangles(ExperimentResults r, ExperimentResults.CaseResults c, VariantPalette palette,
      List<Figure> out) {
    CaseDetail d = c.detail();
    if (c.disruptions().isEmpty() || d.dueUnits().isEmpty()) {
      return;
    }
    int replications = (int) c.disruptions().stream().mapToInt(ExperimentResults.AppliedDisruption::replication)
        .distinct().count();
    int expected = Math.max(replications, d.dueUnits().values().stream().mapToInt(List::size).max().orElse(0));
    // per start day, the first window that starts then and the replications it hit
    TreeMap<Integer, DisruptionWindow> first = new TreeMap<>();
    TreeMap<Integer, TreeSet<Integer>> hit = new TreeMap<>();
    for (ExperimentResults.AppliedDisruption a : c.disruptions()) {
      int day = (int) Math.floor(a.window().startDay());
      first.putIfAbsent(day, a.window());
      hit.computeIfAbsent(day, x -> new TreeSet<>()).add(a.replication());
    }
    List<Integer> starts = new ArrayList<>(first.keySet());
    int n = 0;
    for (int i = 0; i < starts.size(); i++) {
      int s = starts.get(i);
      if (hit.get(s).size() < expected) {
        continue;
      }
      int end = i + 1 < starts.size() ? starts.get(i + 1) : Integer.MAX_VALUE;
      List<ResilienceTriangle> triangles = new ArrayList<>();
      for (String v : r.variants()) {
        List<double[]> due = d.dueUnits().getOrDefault(v, List.of());
        List<double[]> onTime = d.onTimeUnits().getOrDefault(v, List.of());
        Optional<ResilienceTriangle> t = ResilienceTriangle.of(v, due, onTime, s, end, warmupDays(due));
        t.ifPresent(triangles::add);
      }
      if (!triangles.isEmpty()) {
        DisruptionWindow w = first.get(s);
        out.add(new Figure(ResilienceTriangleChart.create(c.name(), w, triangles, palette), "triangle-" + n++,
            "Resilience triangle of " + w.label() + " from day " + s + ": the on-time share pooled over replications,"
                + " each variant's baseline, the loss area (shaded) and the time to recover; a recovery not reached by"
                + " the end of the assessed horizon is marked censored."));
      }
    }
  }

  /**
   * The warm-up, as the indicators left it out: the leading days on which no replication had units due
   * (the results folder does not record the warm-up, and a warm-up's days carry no demand).
   */
  static int warmupDays(List<double[]> due) {
    int days = due.stream().mapToInt(a -> a.length).max().orElse(0);
    for (int d = 0; d < days; d++) {
      for (double[] a : due) {
        if (d < a.length && a[d] > 0) {
          return d;
        }
      }
    }
    return 0;
  }
}
