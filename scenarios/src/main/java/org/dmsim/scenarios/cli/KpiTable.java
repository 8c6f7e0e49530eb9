package org.dmsim.scenarios.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dmsim.model.result.ExperimentSummary;

/** Prints a summary's indicators as a table: one row per replication, then the mean. */
final class KpiTable {
  private static final List<String[]> COLUMNS = List.of(
      new String[] {"orders", "orders", "%8.0f"},
      new String[] {"delivered", "delivered", "%10.0f"},
      new String[] {"on_time_fill_rate", "on-time fill", "%13.3f"},
      new String[] {"mean_lead_time_h", "lead time (h)", "%14.2f"},
      new String[] {"machine_utilization", "utilization", "%12.3f"});

  private KpiTable() {}

  static void print(ExperimentSummary s, PrintStream out) {
    StringBuilder header = new StringBuilder("  rep");
    for (String[] c : COLUMNS) {
      header.append(String.format(Locale.ROOT, "%" + width(c) + "s", c[1]));
    }
    header.append(String.format(Locale.ROOT, "%12s", "events"));
    out.println(header);
    for (ExperimentSummary.Replication r : s.replications()) {
      out.println(row(String.format(Locale.ROOT, "%5d", r.replication()), r.kpis())
          + String.format(Locale.ROOT, "%12d", r.eventsHandled()));
    }
    if (s.replications().size() > 1) {
      out.println(row(" mean", s.means()));
    }
  }

  private static String row(String label, Map<String, Double> kpis) {
    StringBuilder sb = new StringBuilder(label);
    for (String[] c : COLUMNS) {
      Double v = kpis.get(c[0]);
      sb.append(v == null || v.isNaN() ? String.format(Locale.ROOT, "%" + width(c) + "s", "-")
          : String.format(Locale.ROOT, c[2], v));
    }
    return sb.toString();
  }

  private static int width(String[] column) {
    return Integer.parseInt(column[2].substring(1, column[2].indexOf('.')));
  }
}
