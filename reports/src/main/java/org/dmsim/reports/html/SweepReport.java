package org.dmsim.reports.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.dmsim.reports.chart.ChartSize;
import org.dmsim.reports.chart.CostServiceChart;
import org.dmsim.reports.chart.IndicatorLabels;
import org.dmsim.reports.chart.SweepCurveChart;
import org.dmsim.reports.chart.SweepHeatMap;
import org.dmsim.reports.csv.SweepCsv;
import org.dmsim.reports.experiment.SweepManifest;

/**
 * {@value #FILE} of a parameter sweep ({@code dmsim sweep}): one self-contained page made from
 * {@code sweep.csv} and {@code sweep.json} — per case, the chosen indicator against each parameter with 95 %
 * bands ({@link SweepCurveChart}), a heat map over the first two parameters per variant when there are two or
 * more ({@link SweepHeatMap}), and cost per delivered unit against on-time fill with the non-dominated points
 * marked ({@link CostServiceChart}). Like {@link HtmlReport}, inline CSS and SVG only, every text escaped, the
 * same files giving the same bytes.
 */
public final class SweepReport {
  /** The page's file name, next to {@code sweep.csv}. */
  public static final String FILE = "sweep-report.html";

  private SweepReport() {}

  /** Whether {@code dir} holds a sweep's results. */
  public static boolean holdsOne(Path dir) {
    return Files.isRegularFile(dir.resolve(SweepCsv.FILE)) && Files.isRegularFile(dir.resolve(SweepManifest.FILE));
  }

  /**
   * Reads {@code dir/sweep.csv} and {@code dir/sweep.json} and writes {@code dir/}{@value #FILE}; returns that file.
   *
   * @throws ResultsFolderException naming the file (and line) that is missing or malformed
   */
  public static Path write(Path dir) throws IOException {
    SweepCsv.Table table;
    SweepManifest.ReportSettings settings;
    try {
      table = SweepCsv.read(dir);
      settings = SweepManifest.readSettings(dir);
    } catch (NoSuchFileException e) {
      throw new ResultsFolderException(e.getFile() + ": missing ('dmsim sweep' writes it)");
    } catch (IllegalArgumentException e) {
      throw new ResultsFolderException(e.getMessage());
    }
    Path file = dir.resolve(FILE);
    Page page = page(settings, table);
    Files.writeString(file, page.end(), StandardCharsets.UTF_8);
    page.writeCharts(dir);
    return file;
  }

  static Page page(SweepManifest.ReportSettings s, SweepCsv.Table table) {
    String name = s.name().isEmpty() ? "sweep" : s.name();
    Page p = Page.start("dmsim sweep — " + name);
    p.line("<header>");
    p.line("<h1>Sweep — " + esc(name) + "</h1>");
    p.line("<p class=\"what\">" + esc((s.design().equals("lhs") ? "A Latin hypercube of " : "A full factorial design of ")
        + s.pointsPlanned() + " point" + (s.pointsPlanned() == 1 ? "" : "s") + " over " + String.join(", ",
            table.parameters()) + "; every point runs the same seed and replications (the same demand and"
        + " disruptions). Charted indicator: " + IndicatorLabels.axisLabel(s.indicator()) + ".") + "</p>");
    if (!s.status().equals("complete")) {
      p.line("<p class=\"what\"><strong>Partial:</strong> " + esc(s.pointsFinished() + " of " + s.pointsPlanned()
          + " points finished before the sweep was stopped; only they are shown.") + "</p>");
    }
    p.line("</header>");
    List<String> cases = table.distinct(SweepCsv.Row::caseName);
    List<String> variants = table.distinct(SweepCsv.Row::variant);
    boolean scatter = s.design().equals("lhs");
    boolean costService = table.rows().stream().anyMatch(r -> r.indicator().equals(CostServiceChart.COST))
        && table.rows().stream().anyMatch(r -> r.indicator().equals(CostServiceChart.SERVICE));
    if (table.rows().isEmpty()) {
      p.line("<p>No point finished.</p>");
    }
    for (int c = 0; c < cases.size(); c++) {
      String caseName = cases.get(c);
      p.line("<section>");
      p.line("<h2>Case " + esc(caseName) + "</h2>");
      for (int j = 0; j < table.parameters().size(); j++) {
        p.figure(SweepCurveChart.create(table, j, caseName, s.indicator(), scatter), ChartSize.SLIDE,
            "sweep-c" + c + "-p" + j, IndicatorLabels.axisLabel(s.indicator()) + " against "
                + table.parameters().get(j) + " in case " + caseName + "; 95 % intervals.");
      }
      if (table.parameters().size() >= 2) {
        for (int v = 0; v < variants.size(); v++) {
          p.figure(SweepHeatMap.create(table, caseName, variants.get(v), s.indicator()), ChartSize.SLIDE,
              "sweep-c" + c + "-heat" + v, "Mean " + IndicatorLabels.axisLabel(s.indicator()) + " over "
                  + table.parameters().get(0) + " and " + table.parameters().get(1) + ", variant " + variants.get(v)
                  + ", case " + caseName + ".");
        }
      }
      if (costService) {
        p.figure(CostServiceChart.create(table, caseName), ChartSize.SLIDE, "sweep-c" + c + "-cost",
            "Cost per delivered unit against on-time fill rate, case " + caseName + "; ringed: non-dominated.");
      }
      p.line("</section>");
    }
    p.line("<section class=\"definitions\">");
    p.line("<h2>How to read it</h2>");
    p.line("<p>" + esc("Every number is a mean over the replications of one sweep point; bands and whiskers are"
        + " 95 % Student-t intervals of that mean. All points share the seed, so differences between points are"
        + " paired like those between variants. The numbers behind every chart are in sweep.csv.") + "</p>");
    p.line("<p class=\"note\">Re-render this page from sweep.csv and sweep.json, without simulating:"
        + " <code>dmsim report DIR</code>. Guide: docs/sweeps.md; formulas: docs/metrics.md.</p>");
    p.line("</section>");
    return p;
  }

  private static String esc(String s) {
    return HtmlText.escape(s);
  }
}
