package org.dmsim.reports.html;

import java.util.List;
import java.util.Locale;
import org.dmsim.model.mfg.kpi.EchelonSeries;
import org.dmsim.reports.chart.ChartSize;
import org.dmsim.reports.chart.StockChainChart;

/**
 * The report's section on stock chains (from {@code echelons.csv}): for each case and variant, a table of
 * its stages — cost, fill rate, ready rate, bullwhip ratios — and two charts over the periods: the orders
 * each stage placed and its net stock. Nothing when the results have no chain.
 */
final class StockChainSection {
  private StockChainSection() {}

  /** Adds the section for {@code chains} to {@code p}. */
  static void add(Page p, StockChains chains) {
    if (chains.chains().isEmpty()) {
      return;
    }
    p.line("<section class=\"chain\" id=\"stock-chain\">");
    p.line("<h2>Stock chain</h2>");
    p.line("<p>Each stage is a distribution centre with a period; its orders go to the stage above it. "
        + "Fill rate: units filled at once from stock / units demanded. Ready rate: share of periods that "
        + "end with stock on hand. Bullwhip ratio: Var(orders) / Var(demand), of the stage's own demand and "
        + "of the customers' demand (population variances over the periods).</p>");
    int n = 0;
    for (StockChains.Chain chain : chains.chains()) {
      n++;
      String what = chain.variant() + ", case " + chain.caseName() + ", " + replication(chain.replication());
      p.line("<h3>" + HtmlText.escape(what) + "</h3>");
      table(p, chain.stages());
      String subtitle = what + "; stages from the customers up";
      p.figure(StockChainChart.create("Orders placed — " + chain.variant(), subtitle, chain.stages(),
          EchelonSeries::orders, "Units ordered in the period"), ChartSize.SLIDE, "chain-orders-" + n,
          "Orders placed per period by each stage of " + what + ".");
      p.figure(StockChainChart.create("Net stock — " + chain.variant(), subtitle, chain.stages(),
          StockChainChart::netStock, "On hand − owed at the period's end (units)"), ChartSize.SLIDE,
          "chain-stock-" + n, "Net stock (on hand minus owed) at the end of each period, by stage, of " + what + ".");
    }
    p.line("</section>");
  }

  private static void table(Page p, List<EchelonSeries> stages) {
    double[] customers = EchelonSeries.customerDemand(stages);
    p.line("<table class=\"kpis\"><thead><tr><th>stage</th><th>cost (EUR)</th><th>fill rate</th>"
        + "<th>ready rate</th><th>bullwhip ratio</th><th>against customers</th></tr></thead><tbody>");
    double total = 0;
    for (EchelonSeries s : stages) {
      total += s.totalCost();
      p.line("<tr><td>" + HtmlText.escape(s.stage()) + "</td><td>" + number(s.totalCost()) + "</td><td>"
          + number(s.fillRate()) + "</td><td>" + number(s.readyRate()) + "</td><td>" + number(s.bullwhip())
          + "</td><td>" + number(s.bullwhipAgainst(customers)) + "</td></tr>");
    }
    p.line("<tr><td><strong>total</strong></td><td><strong>" + number(total) + "</strong></td>"
        + "<td></td><td></td><td></td><td></td></tr>");
    p.line("</tbody></table>");
  }

  /** The replication as people count: the first is 1 (the CSV files count from 0). */
  static String replication(int index) {
    return index == 0 ? "first replication" : "replication " + (index + 1);
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
  }
}
