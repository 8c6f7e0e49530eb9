package org.dmsim.reports.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.dmsim.model.stats.Interval;
import org.dmsim.reports.chart.ChartSize;
import org.dmsim.reports.chart.StressRankingChart;
import org.dmsim.reports.csv.StressCsv;

/**
 * {@value #FILE} of a stress test ({@code dmsim stress}): one self-contained page made from
 * {@code stress.csv} alone — what was knocked out and for how long, the ranking chart
 * ({@link StressRankingChart}), the ranking as a table with intervals, and what the measures mean. Like
 * {@link HtmlReport}, inline CSS and SVG only, every text escaped, the same file giving the same bytes.
 */
public final class StressReport {
  /** The page's file name, next to {@code stress.csv}. */
  public static final String FILE = "stress-report.html";

  private StressReport() {}

  /** Whether {@code dir} holds a stress test's ranking. */
  public static boolean holdsOne(Path dir) {
    return Files.isRegularFile(dir.resolve(StressCsv.FILE));
  }

  /**
   * Reads {@code dir/stress.csv} and writes {@code dir/}{@value #FILE}; returns that file.
   *
   * @throws ResultsFolderException naming the file (and line) that is missing or malformed
   */
  public static Path write(Path dir) throws IOException {
    StressCsv.Ranking ranking;
    try {
      ranking = StressCsv.read(dir);
    } catch (NoSuchFileException e) {
      throw new ResultsFolderException(dir.resolve(StressCsv.FILE) + ": missing ('dmsim stress' writes it)");
    } catch (IllegalArgumentException e) {
      throw new ResultsFolderException(e.getMessage());
    }
    Path name = dir.toAbsolutePath().normalize().getFileName();
    Path file = dir.resolve(FILE);
    Page page = page(name == null ? "stress test" : name.toString(), ranking);
    Files.writeString(file, page.end(), StandardCharsets.UTF_8);
    page.writeCharts(dir);
    return file;
  }

  /** The page of {@code ranking}, titled after {@code network}. */
  static Page page(String network, StressCsv.Ranking ranking) {
    boolean nodes = ranking.element().equals(StressCsv.NODE);
    String element = ranking.element();
    String knockedOut = nodes ? "knocked out" : element.equals("supplier") ? "failed" : "closed";
    Page p = Page.start("dmsim stress test" + (nodes ? "" : " of " + element + "s") + " — " + network);
    p.line("<header>");
    p.line("<h1>Stress test" + (nodes ? "" : " of " + esc(element) + "s") + " — " + esc(network) + "</h1>");
    p.line("<p class=\"what\">" + esc(ranking.rows().size() + " " + element + (ranking.rows().size() == 1 ? "" : "s")
        + ", each " + knockedOut + " in turn from day "
        + Figures.significant(ranking.outageStartDays(), 4) + " for " + Figures.significant(ranking.outageDays(), 4)
        + " days, in the same " + ranking.replications() + " replication" + (ranking.replications() == 1 ? "" : "s")
        + " (the same demand); worst first, by the loss.") + "</p>");
    if (element.equals("lane") || element.equals("port")) {
      p.line("<p class=\"what\">" + esc("A " + element + (element.equals("port")
          ? " is every lane into one customer region or distribution centre, closed at once;"
          : " is closed from its origin to its destination;")
          + " the " + element + "s are those that carried shipments in an undisrupted reference run, the busiest"
          + " (normal flow) chosen when only the top ones were asked for.") + "</p>");
    }
    p.line("</header>");
    if (ranking.rows().isEmpty()) {
      p.line("<p>No " + esc(element) + " was ranked: none had every replication finished.</p>");
    } else {
      p.figure(StressRankingChart.create(ranking.rows(), element, ranking.outageDays(), ranking.replications()),
          ChartSize.SLIDE, "stress-ranking", (nodes ? "Per knocked-out node" : "Per " + esc(element) + " " + knockedOut)
              + ": how long the network kept its on-time share above 95 % of normal, and the demand it did not serve"
              + " on time; whiskers: 95 % intervals" + (ranking.rows().size() > StressRankingChart.MAX_ROWS
                  ? "; the " + StressRankingChart.MAX_ROWS + " worst (the table lists all)" : "") + ".");
      table(p, ranking);
    }
    p.line("<section class=\"definitions\">");
    p.line("<h2>What the measures mean</h2>");
    p.line("<dl>");
    p.line("<dt>time to survive (d)</dt><dd>" + esc("Days from the knock-out to the first day on which the 7-day"
        + " moving average of the on-time share falls below 95 % of its normal; when it never does during the"
        + " outage, the outage's length, a lower bound (\"censored\").") + "</dd>");
    p.line("<dt>loss (unit·days)</dt><dd>" + esc(MeasureDefinitions.ALL.getOrDefault("loss_unit_days", "")) + "</dd>");
    p.line("<dt>lost sales (units)</dt><dd>Units whose customers gave up waiting.</dd>");
    p.line("<dt>on-time fill rate</dt><dd>" + esc(MeasureDefinitions.ALL.getOrDefault("on_time_fill_rate", ""))
        + "</dd>");
    if (!nodes) {
      p.line("<dt>fill during the disruption</dt><dd>" + esc("The on-time share of the units due on the days the "
          + element + " was " + knockedOut + ".") + "</dd>");
      p.line("<dt>normal flow</dt><dd>" + esc("Shipments (and customer and stock units) over the " + element
          + " in an undisrupted run of the same length, replication 0.") + "</dd>");
    }
    p.line("</dl>");
    p.line("<p class=\"note\">Re-render this page from stress.csv, without simulating: <code>dmsim report DIR</code>."
        + " Formulas: docs/metrics.md.</p>");
    p.line("</section>");
    return p;
  }

  private static void table(Page p, StressCsv.Ranking ranking) {
    boolean nodes = ranking.element().equals(StressCsv.NODE);
    boolean flows = ranking.element().equals("lane") || ranking.element().equals("port");
    p.line("<table class=\"kpis\">");
    p.line("<thead><tr><th>rank</th><th>" + esc(ranking.element()) + "</th><th>kind</th><th>time to survive (d)</th>"
        + "<th>survived whole</th><th>loss (unit·days)</th><th>lost sales (units)</th><th>on-time fill rate</th>"
        + (nodes ? "" : "<th>fill during the disruption</th>")
        + (flows ? "<th>normal flow (shipments)</th><th>normal flow (units)</th>" : "") + "</tr></thead>");
    p.line("<tbody>");
    int rank = 0;
    for (StressCsv.Row r : ranking.rows()) {
      p.line("<tr><td>" + ++rank + "</td><th>" + esc(r.node()) + "</th><td>" + esc(r.kind()) + "</td><td>"
          + estimate(r.timeToSurviveDays()) + "</td><td>" + r.survivedWholeOutage() + " of " + ranking.replications()
          + "</td><td>" + estimate(r.lossUnitDays()) + "</td><td>" + estimate(r.lostSalesUnits()) + "</td><td>"
          + estimate(r.onTimeFillRate()) + "</td>" + (nodes ? "" : "<td>" + estimate(r.fillDuringDisruption()) + "</td>")
          + (flows ? "<td>" + r.normalFlowShipments() + "</td><td>" + r.normalFlowUnits() + "</td>" : "") + "</tr>");
    }
    p.line("</tbody>");
    p.line("</table>");
  }

  private static String estimate(Interval i) {
    if (i == null) {
      return Figures.UNDEFINED;
    }
    return esc(Double.isNaN(i.halfWidth()) ? Figures.significant(i.mean(), 4)
        : Figures.significant(i.mean(), 4) + " ± " + Figures.significant(i.halfWidth(), 3));
  }

  private static String esc(String s) {
    return HtmlText.escape(s);
  }
}
