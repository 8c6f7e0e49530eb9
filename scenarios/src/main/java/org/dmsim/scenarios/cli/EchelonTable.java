package org.dmsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.dmsim.model.mfg.kpi.EchelonSeries;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.Durations;

/**
 * Prints the stages of a stock chain after a run: each stage's cost over the run, its fill rate (units
 * filled at once from stock / units demanded), ready rate (share of periods ending with stock) and
 * bullwhip ratios, the total, then per period each stage's order, stock on hand and backlog at the period's end
 * — the Beer Game's score sheet (up to {@link #MAX_PRINTED_PERIODS} periods). Prints nothing for a scenario without a distribution centre with a
 * {@code period}.
 */
final class EchelonTable {
  /** Runs with more periods print only the costs; their series are in {@code echelons.csv}. */
  static final int MAX_PRINTED_PERIODS = 104;

  private EchelonTable() {}

  /** Prints the stages of {@code run}, which ran {@code spec}. */
  static void print(ManufacturingSpec spec, RunResult run, PrintWriter out) {
    List<EchelonSeries> stages = EchelonSeries.of(spec, run);
    if (stages.isEmpty()) {
      return;
    }
    double[] customers = EchelonSeries.customerDemand(stages);
    String period = spec.nodes().stream().filter(n -> n.id().equals(stages.get(0).stage())).findFirst()
        .flatMap(n -> n.echelon().periodMs()).map(Durations::format).orElse("period");
    out.printf(Locale.ROOT, "Stock chain, %s: %d stages, %d periods of %s%n",
        run.replication() == 0 ? "first replication" : "replication " + (run.replication() + 1), stages.size(),
        stages.get(0).periods(), period);
    out.printf(Locale.ROOT, "  %-16s %12s %10s %11s %15s %22s%n", "stage", "cost_eur", "fill_rate", "ready_rate",
        "bullwhip_ratio", "bullwhip_vs_customers");
    double total = 0;
    for (EchelonSeries s : stages) {
      total += s.totalCost();
      out.printf(Locale.ROOT, "  %-16s %12.2f %10s %11s %15s %22s%n", s.stage(), s.totalCost(), ratio(s.fillRate()),
          ratio(s.readyRate()), ratio(s.bullwhip()), ratio(s.bullwhipAgainst(customers)));
    }
    out.printf(Locale.ROOT, "  %-16s %12.2f%n", "total", total);
    if (stages.get(0).periods() > MAX_PRINTED_PERIODS) {
      out.printf(Locale.ROOT, "  (%d periods: the series per period are in echelons.csv)%n", stages.get(0).periods());
      return;
    }
    out.println();
    out.println("  orders placed / on hand / backlog at the end of each period (bullwhip ratio = Var(orders) / "
        + "Var(demand))");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %6s", "period"));
    for (EchelonSeries s : stages) {
      head.append(String.format(Locale.ROOT, " | %-17s", abbreviate(s.stage())));
    }
    out.println(head);
    for (int i = 0; i < stages.get(0).periods(); i++) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %6d", i + 1));
      for (EchelonSeries s : stages) {
        row.append(String.format(Locale.ROOT, " | %5s %5s %5s", units(s.orders()[i]), units(s.onHand()[i]),
            units(s.backlog()[i])));
      }
      out.println(row);
    }
  }

  private static String ratio(double r) {
    return Double.isNaN(r) ? "-" : String.format(Locale.ROOT, "%.2f", r);
  }

  private static String units(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String abbreviate(String stage) {
    return stage.length() <= 17 ? stage : stage.substring(0, 16) + "…";
  }
}
