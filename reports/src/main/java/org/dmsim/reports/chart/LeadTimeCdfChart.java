package org.dmsim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The lead-time distribution of one case: per variant, in its fixed colour, the share of delivered orders
 * whose lead time (placement to delivery) was within x hours, as a step function from 0 to 1; a dotted
 * line marks 95 %, where the curve crosses it is the indicator {@code lead_time_p95_h} (to its 15-minute
 * cell). A variant without deliveries is left out.
 */
public final class LeadTimeCdfChart {
  private LeadTimeCdfChart() {}

  /** The chart of case {@code caseName}; {@code distributions} in the variants' order. */
  public static JFreeChart create(String caseName, List<LeadTimeCdf> distributions, VariantPalette palette) {
    NumberAxis hours = new NumberAxis("Lead time (h)");
    NumberAxis share = new NumberAxis("Orders delivered within it (%)");
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    // one path per variant, not a line per step: a year's distribution has thousands of cells
    renderer.setDrawSeriesLineAsPath(true);
    XYSeriesCollection dataset = dataset(distributions);
    XYPlot plot = new XYPlot(dataset, hours, share, renderer);
    ValueMarker p95 = new ValueMarker(0.95, Color.GRAY, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_ROUND, 1f, new float[] {3f, 5f}, 0f));
    p95.setLabel("95 %");
    p95.setLabelFont(ChartStyle.font(ChartStyle.SMALL_PX));
    p95.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
    p95.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    p95.setLabelBackgroundColor(Color.WHITE);
    plot.addRangeMarker(p95, Layer.BACKGROUND);
    JFreeChart chart = new JFreeChart("Lead-time distribution — " + caseName, plot);
    chart.addSubtitle(new TextTitle("Share of delivered orders with a lead time within x hours, all replications "
        + "pooled; 15-minute cells"));
    ChartStyle.apply(chart);
    ChartStyle.rootLocale(hours);
    hours.setAutoRangeIncludesZero(true);
    share.setRange(0, 1.02);
    share.setNumberFormatOverride(new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    for (int s = 0; s < dataset.getSeriesCount(); s++) {
      renderer.setSeriesPaint(s, palette.colour((String) dataset.getSeriesKey(s)));
      renderer.setSeriesStroke(s, ChartStyle.line(3f));
    }
    return chart;
  }

  /** The least rise in share drawn as a step of its own; smaller rises are merged into the next step. */
  static final double MIN_STEP = 0.001;

  /**
   * Per variant with deliveries (series key: the variant) the step function as the corners of its steps:
   * (0, 0), then for each step up to share s at bound x the points (x, previous share) and (x, s). A rise
   * smaller than {@link #MIN_STEP} (a tenth of a percentage point, invisible at slide size) is merged into
   * the next one, so a year's thousands of 15-minute cells stay a short path; the last step is always kept.
   */
  public static XYSeriesCollection dataset(List<LeadTimeCdf> distributions) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (LeadTimeCdf c : distributions) {
      if (c.isEmpty()) {
        continue;
      }
      XYSeries series = new XYSeries(c.variant(), false, true);
      series.add(0, 0);
      double[] upper = c.upperHours();
      double[] share = c.share();
      double drawn = 0;
      for (int i = 0; i < upper.length; i++) {
        if (share[i] - drawn >= MIN_STEP || i == upper.length - 1) {
          series.add(upper[i], drawn);
          series.add(upper[i], share[i]);
          drawn = share[i];
        }
      }
      dataset.addSeries(series);
    }
    return dataset;
  }
}
