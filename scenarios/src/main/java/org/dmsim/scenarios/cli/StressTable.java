package org.dmsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.dmsim.model.stats.Interval;
import org.dmsim.scenarios.experiment.StressTest;

/**
 * Prints a stress test's ranking: per element (node, lane, port or supplier), worst first, the time to
 * survive ({@code whole} when the network held through the outage in every replication), the loss, lost
 * sales and the on-time fill rate, each mean ± the half-width of its 95 % interval; for lanes, ports and
 * suppliers also the fill during the disruption, and for lanes and ports the normal flow (shipments).
 */
final class StressTable {
  private StressTable() {}


  static void print(List<StressTest.NodeResult> results, StressTest.Elements elements, int replications,
      PrintWriter out) {
    boolean nodes = elements == StressTest.Elements.NODES;
    int width = 28;
    for (StressTest.NodeResult r : results) {
      width = Math.max(width, r.node().length());
    }
    String idColumn = "%-" + width + "s";
    out.printf(Locale.ROOT, "  %-4s " + idColumn + " %-20s %16s %22s %18s %16s%s%n", "rank", elements.singular(), "kind",
        "survives (d)", "loss (unit-days)", "lost sales", "on-time fill",
        (nodes ? "" : String.format(Locale.ROOT, " %18s", "fill during"))
            + (elements.flowRanked() ? String.format(Locale.ROOT, " %12s", "shipments") : ""));
    int rank = 0;
    for (StressTest.NodeResult r : results) {
      String survives = r.survivedWholeOutage() == replications ? "whole"
          : String.format(Locale.ROOT, "%.1f", r.timeToSurviveDays().mean())
            + (r.survivedWholeOutage() > 0 ? " (" + r.survivedWholeOutage() + " whole)" : "");
      out.printf(Locale.ROOT, "  %-4d " + idColumn + " %-20s %16s %22s %18s %16s%s%n", ++rank, r.node(), r.kind(),
          survives, pm(r.lossUnitDays(), "%.0f"), pm(r.lostSalesUnits(), "%.0f"), pm(r.onTimeFillRate(), "%.4f"),
          (nodes ? "" : String.format(Locale.ROOT, " %18s", pm(r.fillDuringDisruption(), "%.4f")))
              + (elements.flowRanked() ? String.format(Locale.ROOT, " %12d", r.normalFlowShipments()) : ""));
    }
  }

  private static String pm(Interval i, String format) {
    if (i == null || Double.isNaN(i.mean())) {
      return "-";
    }
    String mean = String.format(Locale.ROOT, format, i.mean());
    return Double.isNaN(i.halfWidth()) ? mean : mean + " ± " + String.format(Locale.ROOT, format, i.halfWidth());
  }
}
