package org.dmsim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.dmsim.model.stats.Interval;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The performance curve of one case: per variant the daily value of a metric, the mean over
 * replications as a line and its Student-t confidence interval ({@link Interval#studentT}) as a band, with
 * the disruptions shaded and labelled with their type and target behind the curves.
 *
 * <p>Day d covers [d, d+1) days of simulated time, so its point is drawn at x = d + 0.5 and lines up with
 * the shaded windows. A day on which no replication has a value (nothing was due) is left out; a day
 * with one value has a band of zero width (one replication says nothing about the spread). Bands are
 * computed as they are, never clamped to the metric's range; the on-time share's axis, though, spans
 * {@value #SHARE_AXIS_MIN} to {@value #SHARE_AXIS_MAX} whatever the bands, so that the wide band of a
 * few replications does not squash the curves, and a band beyond it is cut at the axis (the subtitle
 * says so).
 */
public final class PerformanceCurveChart {
  /** The on-time share axis' lower end: a share is never below 0. */
  static final double SHARE_AXIS_MIN = -0.05;
  /** The on-time share axis' upper end: a share is never above 1. */
  static final double SHARE_AXIS_MAX = 1.05;
  /** The opacity of a band's fill. */
  static final float BAND_ALPHA = 0.12f;
  /** The length of one dash of a band's edge, px. */
  private static final float DASH_PX = 8f;

  private PerformanceCurveChart() {}

  /**
   * The on-time share of units due (daily {@code fill_rate}) of case {@code caseName}, 0 to 1 drawn as
   * percent.
   */
  public static JFreeChart onTimeShare(String caseName, List<ReplicatedDaily> variants,
      List<DisruptionWindow> disruptions, VariantPalette palette, double confidence) {
    JFreeChart chart = create("On-time share of units due — " + caseName, "On-time share of units due (%)",
        variants, disruptions, palette, confidence);
    NumberAxis axis = (NumberAxis) chart.getXYPlot().getRangeAxis();
    axis.setNumberFormatOverride(new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    axis.setRange(SHARE_AXIS_MIN, SHARE_AXIS_MAX);
    YIntervalSeriesCollection bands = (YIntervalSeriesCollection) chart.getXYPlot().getDataset(0);
    if (beyond(bands, SHARE_AXIS_MIN, SHARE_AXIS_MAX)) {
      chart.addSubtitle(new org.jfree.chart.title.TextTitle("Bands reaching beyond "
          + Math.round(SHARE_AXIS_MIN * 100) + " % or " + Math.round(SHARE_AXIS_MAX * 100)
          + " % (few replications) are cut at the axis", ChartStyle.font(ChartStyle.TEXT_PX)));
    }
    return chart;
  }

  /** Whether any band of {@code bands} reaches below {@code min} or above {@code max}. */
  static boolean beyond(YIntervalSeriesCollection bands, double min, double max) {
    for (int s = 0; s < bands.getSeriesCount(); s++) {
      for (int i = 0; i < bands.getItemCount(s); i++) {
        if (bands.getStartYValue(s, i) < min || bands.getEndYValue(s, i) > max) {
          return true;
        }
      }
    }
    return false;
  }

  /** The backlog (daily {@code backlog_units}) of case {@code caseName}, units. */
  public static JFreeChart backlog(String caseName, List<ReplicatedDaily> variants, List<DisruptionWindow> disruptions,
      VariantPalette palette, double confidence) {
    return create("Backlog — " + caseName, "Backlog (units)", variants, disruptions, palette, confidence);
  }

  /**
   * A performance curve of any daily metric.
   *
   * @param valueAxisLabel the metric with its unit, e.g. {@code Backlog (units)}
   * @param confidence     the band's confidence level, strictly between 0 and 1 (0.95)
   */
  public static JFreeChart create(String title, String valueAxisLabel, List<ReplicatedDaily> variants,
      List<DisruptionWindow> disruptions, VariantPalette palette, double confidence) {
    NumberAxis days = new NumberAxis("Day of run (d)");
    NumberAxis values = new NumberAxis(valueAxisLabel);
    values.setAutoRangeIncludesZero(true);
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    // Light fills plus dashed edges: where two variants' bands coincide their fills blend into one tone, but
    // the edges' dashes take turns (variant s draws the s-th dash of every n), so a shared edge shows
    // both colours in alternation instead of the last variant's colour only.
    renderer.setAlpha(BAND_ALPHA);
    YIntervalSeriesCollection dataset = dataset(variants, confidence);
    XYPlot plot = new XYPlot(dataset, days, values, renderer);
    XYLineAndShapeRenderer edges = new XYLineAndShapeRenderer(true, false);
    edges.setDrawSeriesLineAsPath(true);
    plot.setDataset(1, bandEdges(dataset));
    plot.setRenderer(1, edges);
    for (DisruptionWindow w : DisruptionWindow.distinct(disruptions)) {
      plot.addDomainMarker(marker(w), Layer.BACKGROUND);
    }
    JFreeChart chart = new JFreeChart(title, plot);
    int replications = variants.stream().mapToInt(v -> v.replications().size()).max().orElse(0);
    chart.addSubtitle(new TextTitle("Line: mean over " + replications + " replications; band (dashed edges): "
        + Math.round(confidence * 100) + " % confidence interval of the daily mean; grey: disruptions"));
    ChartStyle.apply(chart);
    ChartStyle.rootLocale(days);
    ChartStyle.rootLocale(values);
    for (int s = 0; s < variants.size(); s++) {
      Color c = palette.colour(variants.get(s).variant());
      renderer.setSeriesPaint(s, c);
      renderer.setSeriesFillPaint(s, c);
      renderer.setSeriesStroke(s, ChartStyle.line(3f));
      for (int edge = 2 * s; edge <= 2 * s + 1; edge++) {
        edges.setSeriesPaint(edge, c);
        edges.setSeriesStroke(edge, edgeStroke(s, variants.size()));
        edges.setSeriesVisibleInLegend(edge, false);
      }
    }
    return chart;
  }

  /**
   * Per variant (series key: the variant's name, in the given order) the mean of each day at x = d + 0.5
   * and its interval as the y range.
   */
  public static YIntervalSeriesCollection dataset(List<ReplicatedDaily> variants, double confidence) {
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    for (ReplicatedDaily v : variants) {
      YIntervalSeries series = new YIntervalSeries(v.variant(), false, true);
      for (int d = 0; d < v.days(); d++) {
        double[] defined = v.definedOn(d);
        if (defined.length == 0) {
          continue;
        }
        Interval i = Interval.studentT(defined, confidence);
        boolean spread = defined.length > 1;
        series.add(d + 0.5, i.mean(), spread ? i.lower() : i.mean(), spread ? i.upper() : i.mean());
      }
      dataset.addSeries(series);
    }
    return dataset;
  }

  /**
   * The edges of every band as lines: per variant of {@code bands}, the series {@code "<variant> lower"}
   * and {@code "<variant> upper"}, drawn thin and dashed in the variant's colour.
   */
  static XYSeriesCollection bandEdges(YIntervalSeriesCollection bands) {
    XYSeriesCollection edges = new XYSeriesCollection();
    for (int s = 0; s < bands.getSeriesCount(); s++) {
      XYSeries lower = new XYSeries(bands.getSeriesKey(s) + " lower", false, true);
      XYSeries upper = new XYSeries(bands.getSeriesKey(s) + " upper", false, true);
      for (int i = 0; i < bands.getItemCount(s); i++) {
        lower.add(bands.getXValue(s, i), bands.getStartYValue(s, i));
        upper.add(bands.getXValue(s, i), bands.getEndYValue(s, i));
      }
      edges.addSeries(lower);
      edges.addSeries(upper);
    }
    return edges;
  }

  /** The edge of variant {@code s} of {@code n}: one dash in every n, shifted by s dashes; solid when n is 1. */
  static BasicStroke edgeStroke(int s, int n) {
    if (n <= 1) {
      return new BasicStroke(1.5f);
    }
    return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
        new float[] {DASH_PX, DASH_PX * (n - 1)}, DASH_PX * (n - s) % (DASH_PX * n));
  }

  private static Marker marker(DisruptionWindow w) {
    Marker m = w.endDay() > w.startDay() ? new IntervalMarker(w.startDay(), w.endDay())
        : new ValueMarker(w.startDay(), Color.GRAY, ChartStyle.line(2f));
    m.setPaint(w.endDay() > w.startDay() ? VariantPalette.DISRUPTION : Color.GRAY);
    ChartStyle.labelDisruption(m, w.label(), RectangleAnchor.TOP_LEFT, TextAnchor.TOP_LEFT);
    m.setLabelOffset(new RectangleInsets(6, 6, 6, 6));
    return m;
  }
}
