package org.dmsim.reports.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The designs a sizing search ({@code dmsim size}) explored: the indicator's mean per design against its
 * size k, with the one-sided bounds the decision used as whiskers, coloured by the decision (meets,
 * fails, undecided), and the target as a horizontal line.
 */
public final class SizingChart {
  /** The decisions in legend order, with their colours (Okabe–Ito green, vermilion, grey). */
  private static final List<String> DECISIONS = List.of("meets", "fails", "undecided");
  private static final List<Color> COLOURS = List.of(new Color(0x009E73), new Color(0xD55E00), new Color(0x777777));

  private SizingChart() {}

  /** One explored design: its size, the indicator's mean and bounds, and the decision's word. */
  public record Design(int k, double mean, double lower, double upper, String decision) {}

  /**
   * The chart of {@code designs}, {@code kLabel} naming the size on the x axis ("regional sites kept",
   * "machines per group").
   */
  public static JFreeChart create(List<Design> designs, String indicator, double target, String kLabel) {
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    for (String decision : DECISIONS) {
      YIntervalSeries s = new YIntervalSeries(decision, true, true);
      for (Design d : designs) {
        if (d.decision().equals(decision) && !Double.isNaN(d.mean())) {
          s.add(d.k(), d.mean(), Double.isNaN(d.lower()) ? d.mean() : d.lower(),
              Double.isNaN(d.upper()) ? d.mean() : d.upper());
        }
      }
      dataset.addSeries(s);
    }
    NumberAxis x = new NumberAxis(kLabel);
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits(java.util.Locale.ROOT));
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = new NumberAxis(IndicatorLabels.axisLabel(indicator));
    y.setAutoRangeIncludesZero(false);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDefaultLinesVisible(false);
    renderer.setDefaultShapesVisible(true);
    renderer.setErrorStroke(ChartStyle.line(2f));
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    ValueMarker goal = new ValueMarker(target, Color.DARK_GRAY, ChartStyle.line(2f));
    goal.setLabel("target " + target);
    goal.setLabelFont(ChartStyle.font(ChartStyle.TEXT_PX));
    goal.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
    goal.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    plot.addRangeMarker(goal);
    JFreeChart chart = new JFreeChart(IndicatorLabels.axisLabel(indicator) + " by design size", plot);
    chart.addSubtitle(new TextTitle("Point: mean over the design's replications; whiskers: the one-sided bounds"
        + " the decision used; colour: the decision"));
    ChartStyle.apply(chart);
    ChartStyle.rootLocale(y);
    for (int i = 0; i < DECISIONS.size(); i++) {
      renderer.setSeriesPaint(i, COLOURS.get(i));
      renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
    }
    renderer.setErrorPaint(null);
    return chart;
  }
}
