package org.dmsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.List;
import org.dmsim.model.result.ExperimentStats;

/**
 * What {@code dmsim demo} prints once its runs are done: the four indicators that tell the story, each
 * across every case ({@link ComparisonTable#printAcrossCases}) — how much was delivered on time, how
 * much during the disruption itself, how long the network took to recover, and what a unit cost.
 * Every other indicator is in {@code report.html} and the CSV files.
 */
final class DemoStory {
  /** An indicator of the story and the line that introduces it. */
  record Row(String indicator, String title) {}

  static final List<Row> ROWS = List.of(
      new Row("on_time_fill_rate", "On-time fill rate: share of the units due that arrived on time (1 = all)"),
      new Row("fill_during_disruption", "Fill rate while the disruption lasts: the same share, over its days only"),
      new Row("time_to_recover_d", "Time to recover, days: from the disruption's start until service is back to"
          + " 95 % of normal"),
      new Row("cost_per_delivered_unit_eur", "Cost per delivered unit, EUR: production, transport, holding and the sites' fixed costs"));

  private DemoStory() {}

  static void print(List<String> cases, List<String> variants, ExperimentStats stats, PrintWriter out) {
    for (Row row : ROWS) {
      ComparisonTable.printAcrossCases(row.title(), row.indicator(), cases, variants, stats, out);
    }
  }
}
