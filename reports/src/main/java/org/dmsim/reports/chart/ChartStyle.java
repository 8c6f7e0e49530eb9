package org.dmsim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;

/**
 * The look shared by every chart: white background, light grid, no shadows or gradients, and fonts sized
 * for a slide — at the layout size of 1600 × 900 px the smallest text is 16 px (the title 32 px, axis
 * labels 22 px). Numbers on axes are formatted in {@link Locale#ROOT}, so a chart does not change with
 * the machine's language.
 */
public final class ChartStyle {
  /** The font family: Java's logical sans-serif, written as {@code sans-serif} in SVG. */
  public static final String FAMILY = Font.SANS_SERIF;
  /** Title size, px. */
  public static final int TITLE_PX = 32;
  /** Axis label and subtitle size, px. */
  public static final int LABEL_PX = 22;
  /** Legend, tick label and annotation size, px: the smallest text on a chart. */
  public static final int TEXT_PX = 18;
  /** Small text (item labels) size, px. */
  public static final int SMALL_PX = 16;

  private ChartStyle() {}

  /** A plain font of {@code px} pixels. */
  public static Font font(int px) {
    return new Font(FAMILY, Font.PLAIN, px);
  }

  /** Applies the look to {@code chart}; call before colouring series, which the theme would reset. */
  public static void apply(JFreeChart chart) {
    StandardChartTheme theme = new StandardChartTheme("dmsim", false);
    theme.setExtraLargeFont(new Font(FAMILY, Font.BOLD, TITLE_PX));
    theme.setLargeFont(font(LABEL_PX));
    theme.setRegularFont(font(TEXT_PX));
    theme.setSmallFont(font(SMALL_PX));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(Color.GRAY);
    theme.setDomainGridlinePaint(new Color(0xE0E0E0));
    theme.setRangeGridlinePaint(new Color(0xE0E0E0));
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setShadowVisible(false);
    theme.apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
  }

  /** Formats {@code axis}'s ticks in {@link Locale#ROOT} when it is a number axis. */
  static void rootLocale(ValueAxis axis) {
    if (axis instanceof NumberAxis) {
      axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
    }
  }

  /**
   * Labels a disruption's marker with {@code text} in the charts' text size, dark grey, at {@code corner}
   * of the marker (the text anchored the same way).
   */
  static void labelDisruption(org.jfree.chart.plot.Marker m, String text, org.jfree.chart.ui.RectangleAnchor corner,
      org.jfree.chart.ui.TextAnchor anchor) {
    m.setLabel(text);
    m.setLabelFont(font(TEXT_PX));
    m.setLabelPaint(java.awt.Color.DARK_GRAY);
    m.setLabelAnchor(corner);
    m.setLabelTextAnchor(anchor);
  }

  /** The stroke of a series line, px. */
  static BasicStroke line(float px) {
    return new BasicStroke(px, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  /**
   * Adds the colour scale of a heat map to the right of {@code chart}: {@code scale} drawn as a strip
   * along {@code axis} (whose range and labels the caller sets). Call it after {@link #apply}, which would
   * reset the subtitle's look.
   */
  public static void addScaleLegend(JFreeChart chart, PaintScale scale, NumberAxis axis) {
    PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setStripWidth(24);
    legend.setMargin(new RectangleInsets(40, 12, 40, 12));
    legend.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(legend);
  }
}
