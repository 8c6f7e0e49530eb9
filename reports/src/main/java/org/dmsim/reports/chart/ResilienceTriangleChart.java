package org.dmsim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dmsim.model.resilience.ResilienceMeasures;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The resilience triangle of one disruption (after Bruneau et al. 2003), the variants overlaid in their
 * fixed colours: the daily on-time share around the disruption (thin) and the 7-day average the recovery
 * is judged on (thick), each variant's baseline (dashed), the loss area shaded between the baseline and the
 * daily share from the start until recovery, and the recovery day marked by a vertical line — or, when the
 * recovery is censored (not recovered by the end of the assessed horizon), by an arrow at the horizon's end
 * labelled "censored"; a variant whose average never fell below the recovery threshold (time to recover 0)
 * gets no line, only a label saying so. Definitions: {@link ResilienceTriangle}, {@code docs/metrics.md}.
 *
 * <p>Day d covers [d, d+1): its share is drawn at x = d + 0.5, the loss area as steps over [d, d+1).
 */
public final class ResilienceTriangleChart {
  /** Days shown before the disruption's start and after the latest recovery. */
  static final int MARGIN_DAYS = 14;
  /** Behind a label: mostly opaque white, so a label over a curve or a shaded area stays legible. */
  private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 210);

  private ResilienceTriangleChart() {}

  /** The chart of {@code disruption} in case {@code caseName}; {@code triangles} in the variants' order. */
  public static JFreeChart create(String caseName, DisruptionWindow disruption, List<ResilienceTriangle> triangles,
      VariantPalette palette) {
    int[] range = range(triangles);
    NumberAxis days = new NumberAxis("Day of run (d)");
    NumberAxis share = new NumberAxis("On-time share of units due (%)");
    share.setAutoRangeIncludesZero(true);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    XYPlot plot = new XYPlot(dataset(triangles, range[0], range[1]), days, share, renderer);
    IntervalMarker window = new IntervalMarker(disruption.startDay(), Math.max(disruption.endDay(),
        disruption.startDay() + 0.05));
    window.setPaint(VariantPalette.DISRUPTION);
    ChartStyle.labelDisruption(window, disruption.label(), RectangleAnchor.BOTTOM_LEFT, TextAnchor.BOTTOM_LEFT);
    window.setLabelBackgroundColor(new Color(255, 255, 255, 200));
    plot.addDomainMarker(window, Layer.BACKGROUND);
    JFreeChart chart = new JFreeChart("Resilience triangle — " + caseName + ", " + disruption.label(), plot);
    ResilienceMeasures.Criteria c = ResilienceMeasures.Criteria.DEFAULT;
    chart.addSubtitle(new TextTitle("Thick: " + c.averageDays() + "-day average (recovered at "
        + Math.round(c.recoveredFraction() * 100) + " % of the baseline); thin: daily share; dashed: baseline ("
        + c.baselineDays() + " days before); shaded: loss area; curves pooled over replications"));
    ChartStyle.apply(chart);
    ChartStyle.rootLocale(days);
    share.setNumberFormatOverride(new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    days.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    days.setRange(range[0], range[1]);
    for (int v = 0; v < triangles.size(); v++) {
      ResilienceTriangle t = triangles.get(v);
      Color colour = palette.colour(t.variant());
      renderer.setSeriesPaint(2 * v, colour);
      renderer.setSeriesStroke(2 * v, ChartStyle.line(1.5f));
      renderer.setSeriesVisibleInLegend(2 * v, false);
      renderer.setSeriesPaint(2 * v + 1, colour);
      renderer.setSeriesStroke(2 * v + 1, ChartStyle.line(4f));
      for (var a : annotations(t, colour, range[0], range[1], v)) {
        if (a instanceof XYPolygonAnnotation) {
          renderer.addAnnotation(a, Layer.BACKGROUND);
        } else {
          renderer.addAnnotation(a, Layer.FOREGROUND);
        }
      }
    }
    return chart;
  }

  /** The days shown: from {@link #MARGIN_DAYS} before the start to as many after the latest recovery. */
  static int[] range(List<ResilienceTriangle> triangles) {
    int from = Integer.MAX_VALUE;
    int to = 0;
    int days = 0;
    for (ResilienceTriangle t : triangles) {
      from = Math.min(from, t.measures().disruptionStartDay() - MARGIN_DAYS);
      to = Math.max(to, t.recoveryDay() + MARGIN_DAYS);
      days = Math.max(days, t.dailyShare().length);
    }
    return triangles.isEmpty() ? new int[] {0, 1} : new int[] {Math.max(0, from), Math.max(Math.min(to, days), 1)};
  }

  /**
   * Per variant two series, keyed {@code "<variant> daily"} and {@code "<variant>"} (the 7-day average, the
   * legend's entry), each day of [{@code fromDay}, {@code toDay}) at x = d + 0.5; undefined days left out.
   */
  public static XYSeriesCollection dataset(List<ResilienceTriangle> triangles, int fromDay, int toDay) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (ResilienceTriangle t : triangles) {
      XYSeries daily = new XYSeries(t.variant() + " daily", false, true);
      XYSeries average = new XYSeries(t.variant(), false, true);
      double[] share = t.dailyShare();
      double[] avg = t.movingAverage();
      for (int d = fromDay; d < Math.min(toDay, share.length); d++) {
        daily.add(d + 0.5, share[d]);
        if (!Double.isNaN(avg[d])) {
          average.add(d + 0.5, avg[d]);
        }
      }
      dataset.addSeries(daily);
      dataset.addSeries(average);
    }
    return dataset;
  }

  /**
   * The loss area's outline: along the baseline from the start to the recovery day, back along the daily
   * share (never above the baseline) as steps; {x0, y0, x1, y1, …}. Empty when the time to recover is 0.
   */
  public static double[] lossArea(ResilienceTriangle t) {
    int s = t.measures().disruptionStartDay();
    int r = t.recoveryDay();
    double b = t.measures().baseline();
    if (r <= s) {
      return new double[0];
    }
    double[] share = t.dailyShare();
    List<Double> xy = new ArrayList<>(List.of((double) s, b, (double) r, b));
    for (int d = r - 1; d >= s; d--) {
      double y = Math.min(b, share[d]);
      xy.addAll(List.of((double) d + 1, y, (double) d, y));
    }
    return xy.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static List<org.jfree.chart.annotations.XYAnnotation> annotations(ResilienceTriangle t, Color colour,
      int fromDay, int toDay, int index) {
    List<org.jfree.chart.annotations.XYAnnotation> out = new ArrayList<>();
    ResilienceMeasures m = t.measures();
    BasicStroke dashed = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f},
        0f);
    out.add(new XYLineAnnotation(Math.max(fromDay, m.disruptionStartDay() - ResilienceMeasures.Criteria.DEFAULT
        .baselineDays()), m.baseline(), t.recoveryDay(), m.baseline(), dashed, colour));
    double[] area = lossArea(t);
    if (area.length > 0) {
      Color fill = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 70);
      out.add(new XYPolygonAnnotation(area, null, null, fill));
    }
    // Labels stack from the top, one line per variant, so two variants' labels never overlap.
    double labelY = 0.12 + 0.09 * index;
    String time = m.timeToRecoverDays() + " d";
    // the replications' own times, when they tell more than the pooled curve's
    boolean differs = t.censoredReplications() > 0 || t.meanTimeToRecoverDays() != m.timeToRecoverDays();
    String perReplication = t.replications() == 0 || !differs ? "" : "; replications: mean "
        + trim(t.meanTimeToRecoverDays()) + " d"
        + (t.censoredReplications() > 0 ? ", censored " + t.censoredReplications() + "/" + t.replications() : "");
    if (m.censored()) {
      XYPointerAnnotation arrow = new XYPointerAnnotation(t.variant() + ": not recovered, censored ≥ " + time
          + perReplication, t.recoveryDay(), labelY, Math.PI);
      arrow.setPaint(colour);
      arrow.setArrowPaint(colour);
      arrow.setArrowStroke(ChartStyle.line(3f));
      arrow.setFont(ChartStyle.font(ChartStyle.TEXT_PX));
      arrow.setBackgroundPaint(LABEL_BACKGROUND);
      arrow.setTextAnchor(TextAnchor.CENTER_RIGHT);
      arrow.setToolTipText("censored");
      out.add(arrow);
    } else if (m.timeToRecoverDays() == 0) {
      XYTextAnnotation label = new XYTextAnnotation(t.variant() + ": never below "
          + Math.round(ResilienceMeasures.Criteria.DEFAULT.recoveredFraction() * 100) + " % of its baseline"
          + perReplication, m.disruptionStartDay() + 0.5, labelY);
      label.setPaint(colour);
      label.setFont(ChartStyle.font(ChartStyle.TEXT_PX));
      label.setBackgroundPaint(LABEL_BACKGROUND);
      label.setTextAnchor(TextAnchor.CENTER_LEFT);
      out.add(label);
    } else {
      out.add(new XYLineAnnotation(t.recoveryDay(), 0, t.recoveryDay(), m.baseline(), ChartStyle.line(3f), colour));
      // the label goes on the side of the line with more room, so it is never cut at the plot's edge
      boolean left = t.recoveryDay() - fromDay > toDay - t.recoveryDay();
      XYTextAnnotation label = new XYTextAnnotation(t.variant() + ": recovered after " + time + perReplication,
          t.recoveryDay() + (left ? -0.5 : 0.5), labelY);
      label.setPaint(colour);
      label.setFont(ChartStyle.font(ChartStyle.TEXT_PX));
      label.setBackgroundPaint(LABEL_BACKGROUND);
      label.setTextAnchor(left ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
      out.add(label);
    }
    return out;
  }

  private static String trim(double v) {
    return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
  }
}
