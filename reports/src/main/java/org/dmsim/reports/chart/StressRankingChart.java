package org.dmsim.reports.chart;

import java.awt.Color;
import java.util.List;
import org.dmsim.model.stats.Interval;
import org.dmsim.reports.csv.StressCsv;
import org.dmsim.reports.number.ShortestDecimal;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The ranking of a stress test ({@code stress.csv}): one row per knocked-out node, worst first, with two
 * panels side by side — the time the network survived the outage (days; bars with the interval as
 * whiskers, a line at the outage's length, and {@code censored k/n} where k of n replications never fell
 * below the threshold, so the true time is at least the outage) and the loss area (unit·days). The
 * datasets hold the mean as the value and the half-width as the whisker; a node whose indicator is
 * undefined has no bar. Not a comparison of variants, so the bars are a neutral grey, not a variant's
 * colour.
 */
public final class StressRankingChart {
  /** The series key of the time-to-survive panel. */
  public static final String TIME_TO_SURVIVE = "time to survive (d)";
  /** The series key of the loss panel. */
  public static final String LOSS = "loss (unit·days)";

  private static final Color SURVIVE = new Color(0x555555);
  private static final Color LOSS_COLOUR = new Color(0x999999);

  private StressRankingChart() {}

  /**
   * The ranking chart.
   *
   * @param ranked       the rows of {@code stress.csv}, worst first
   * @param outageDays   how long each outage lasted, days
   * @param replications replications per node
   */
  public static JFreeChart create(List<StressCsv.Row> ranked, double outageDays, int replications) {
    return create(ranked, StressCsv.NODE, outageDays, replications);
  }

  /** The most rows a chart shows: the worst; the table of the report lists them all. */
  public static final int MAX_ROWS = 50;

  /**
   * The ranking chart of elements of kind {@code element} ({@link StressCsv#ELEMENTS}: node, lane, port,
   * supplier), at most the {@value #MAX_ROWS} worst.
   *
   * @param all          the rows of {@code stress.csv}, worst first
   * @param outageDays   how long each knock-out lasted, days
   * @param replications replications per element
   */
  public static JFreeChart create(List<StressCsv.Row> all, String element, double outageDays, int replications) {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("a stress ranking needs at least one " + element);
    }
    List<StressCsv.Row> ranked = all.subList(0, Math.min(MAX_ROWS, all.size()));
    String knockedOut = element.equals(StressCsv.NODE) ? "out" : element.equals("supplier") ? "failed" : "closed";
    String capital = Character.toUpperCase(element.charAt(0)) + element.substring(1);
    DefaultStatisticalCategoryDataset survive = new DefaultStatisticalCategoryDataset();
    DefaultStatisticalCategoryDataset loss = new DefaultStatisticalCategoryDataset();
    for (StressCsv.Row r : ranked) {
      add(survive, r.timeToSurviveDays(), TIME_TO_SURVIVE, r.node());
      add(loss, r.lossUnitDays(), LOSS, r.node());
    }
    CategoryPlot survivePanel = panel(survive, "Time to survive (d)", SURVIVE);
    ValueMarker outage = new ValueMarker(outageDays, Color.DARK_GRAY, ChartStyle.line(2f));
    outage.setLabel("outage " + ShortestDecimal.csv(outageDays) + " d");
    outage.setLabelFont(ChartStyle.font(ChartStyle.TEXT_PX));
    outage.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
    outage.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    survivePanel.addRangeMarker(outage);
    ((NumberAxis) survivePanel.getRangeAxis()).setUpperMargin(0.25);
    for (StressCsv.Row r : ranked) {
      if (r.survivedWholeOutage() > 0 && r.timeToSurviveDays() != null) {
        CategoryTextAnnotation mark = new CategoryTextAnnotation("censored " + r.survivedWholeOutage() + "/"
            + replications, r.node(), r.timeToSurviveDays().mean());
        mark.setFont(ChartStyle.font(ChartStyle.TEXT_PX));
        mark.setTextAnchor(TextAnchor.CENTER_LEFT);
        survivePanel.addAnnotation(mark);
      }
    }
    CategoryPlot lossPanel = panel(loss, "Loss (unit·days)", LOSS_COLOUR);

    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis(
        element.equals(StressCsv.NODE) ? "Node knocked out (worst first)" : capital + " " + knockedOut + " (worst first)"));
    plot.setGap(24);
    plot.add(survivePanel, 1);
    plot.add(lossPanel, 1);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart("Stress test: each " + element + " " + knockedOut + " for "
        + ShortestDecimal.csv(outageDays) + " d", plot);
    chart.addSubtitle(new TextTitle((ranked.size() < all.size() ? "The " + ranked.size() + " worst of " + all.size()
        + ". " : "") + "Bars: mean over " + replications + " replications per " + element + "; whiskers: "
        + level(ranked) + " confidence interval"));
    ChartStyle.apply(chart);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(new LegendItem(TIME_TO_SURVIVE, SURVIVE));
    legend.add(new LegendItem(LOSS, LOSS_COLOUR));
    plot.setFixedLegendItems(legend);
    for (CategoryPlot p : List.of(survivePanel, lossPanel)) {
      ChartStyle.rootLocale(p.getRangeAxis());
      StatisticalBarRenderer r = (StatisticalBarRenderer) p.getRenderer();
      r.setSeriesPaint(0, p == survivePanel ? SURVIVE : LOSS_COLOUR);
      r.setErrorIndicatorPaint(Color.BLACK);
      r.setErrorIndicatorStroke(ChartStyle.line(2.5f));
      r.setShadowVisible(false);
      r.setDrawBarOutline(false);
    }
    return chart;
  }

  private static CategoryPlot panel(DefaultStatisticalCategoryDataset dataset, String axisLabel, Color colour) {
    StatisticalBarRenderer renderer = new StatisticalBarRenderer();
    renderer.setSeriesPaint(0, colour);
    CategoryPlot panel = new CategoryPlot(dataset, null, new NumberAxis(axisLabel), renderer);
    panel.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    return panel;
  }

  private static void add(DefaultStatisticalCategoryDataset dataset, Interval i, String series, String node) {
    if (i == null) {
      dataset.add(null, null, series, node);
      return;
    }
    Number halfWidth = Double.isNaN(i.halfWidth()) ? null : Double.valueOf(i.halfWidth());
    dataset.add(Double.valueOf(i.mean()), halfWidth, series, node);
  }

  private static String level(List<StressCsv.Row> rows) {
    for (StressCsv.Row r : rows) {
      for (Interval i : new Interval[] {r.timeToSurviveDays(), r.lossUnitDays()}) {
        if (i != null) {
          return Math.round(i.confidence() * 100) + " %";
        }
      }
    }
    return Math.round(Interval.DEFAULT_CONFIDENCE * 100) + " %";
  }
}
