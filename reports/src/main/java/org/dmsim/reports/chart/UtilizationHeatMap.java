package org.dmsim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The utilization of each producing site of one variant over time as a heat map: one row per site (in
 * name order, the first at the top), one cell per day, its colour the site's daily utilization (the mean
 * over its machines and over replications) on a fixed scale from 0 to 100 %; the disruption windows are
 * outlined over the cells and labelled.
 *
 * <p>A heat map rather than a line per site: the distributed designs have about thirty sites, and thirty
 * lines in one panel are a tangle; thirty small multiples at slide size leave each panel too small to read.
 * A heat map keeps every site and every day on one page, and an outage reads as a band of empty cells in
 * the site's row. The colours run from a pale yellow to a dark blue (light is idle, dark is busy), which
 * stays ordered in grey and under the common colour-vision deficiencies.
 *
 * <p>The cells are drawn as one image, not a rectangle each: a year of thirty sites is 11,000 cells, which
 * as SVG rectangles would weigh about 2 MB per chart in the report; as an embedded PNG of one pixel per
 * cell, stretched without smoothing over the plot, it is a few kilobytes.
 */
public final class UtilizationHeatMap {
  /** The colour scale: 0 % to 100 % utilization. */
  static final PaintScale SCALE = new UtilizationScale();

  private UtilizationHeatMap() {}

  /**
   * The heat map of {@code variant} in case {@code caseName}.
   *
   * @param bySite     per site, its daily utilization (0 to 1), in the order the rows are drawn from the top
   * @param warmupDays the days before the measured interval: not drawn (their utilization was not
   *                   measured and reads 0), shaded grey and labelled "warm-up" instead
   */
  public static JFreeChart create(String caseName, String variant, Map<String, double[]> bySite,
      List<DisruptionWindow> disruptions, int warmupDays) {
    List<String> sites = List.copyOf(bySite.keySet());
    NumberAxis days = new NumberAxis("Day of run (d)");
    SymbolAxis siteAxis = new SymbolAxis(null, sites.toArray(new String[0]));
    siteAxis.setInverted(true);
    siteAxis.setGridBandsVisible(false);
    XYBlockRenderer renderer = new RasterRenderer(bySite, warmupDays);
    renderer.setPaintScale(SCALE);
    renderer.setBlockHeight(1);
    renderer.setBlockWidth(1);
    renderer.setBlockAnchor(RectangleAnchor.LEFT);
    XYPlot plot = new XYPlot(dataset(bySite, warmupDays), days, siteAxis, renderer);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    if (warmupDays > 0) {
      IntervalMarker warmup = new IntervalMarker(0, warmupDays);
      warmup.setPaint(VariantPalette.DISRUPTION);
      warmup.setLabel("warm-up");
      warmup.setLabelFont(ChartStyle.font(ChartStyle.SMALL_PX));
      warmup.setLabelPaint(Color.DARK_GRAY);
      warmup.setLabelBackgroundColor(new Color(0, 0, 0, 0));
      warmup.setLabelAnchor(RectangleAnchor.CENTER);
      warmup.setLabelTextAnchor(TextAnchor.CENTER);
      plot.addDomainMarker(warmup, Layer.BACKGROUND);
    }
    for (DisruptionWindow w : DisruptionWindow.distinct(disruptions)) {
      IntervalMarker m = new IntervalMarker(w.startDay(), Math.max(w.endDay(), w.startDay() + 0.2),
          new Color(0, 0, 0, 0), new BasicStroke(1f), Color.BLACK, new BasicStroke(2.5f), 1f);
      m.setLabel(w.label());
      m.setLabelFont(ChartStyle.font(ChartStyle.SMALL_PX));
      m.setLabelPaint(Color.BLACK);
      m.setLabelBackgroundColor(new Color(255, 255, 255, 210));
      m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      m.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
      plot.addDomainMarker(m, Layer.FOREGROUND);
    }
    JFreeChart chart = new JFreeChart("Utilization per site — " + caseName + ", " + variant, plot);
    chart.removeLegend();
    chart.addSubtitle(new TextTitle("Daily share of time the site's machines were busy, mean over machines and"
        + " replications; outlined: disruptions"));
    ChartStyle.apply(chart);
    ChartStyle.rootLocale(days);
    siteAxis.setTickLabelFont(ChartStyle.font(ChartStyle.SMALL_PX));
    int length = bySite.values().stream().mapToInt(a -> a.length).max().orElse(1);
    days.setRange(0, Math.max(1, length));
    NumberAxis scaleAxis = new NumberAxis("Utilization");
    scaleAxis.setRange(0, 1);
    scaleAxis.setNumberFormatOverride(new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    scaleAxis.setTickLabelFont(ChartStyle.font(ChartStyle.TEXT_PX));
    scaleAxis.setLabelFont(ChartStyle.font(ChartStyle.TEXT_PX));
    ChartStyle.addScaleLegend(chart, SCALE, scaleAxis);
    return chart;
  }

  /**
   * One series (key: "utilization") of cells: x = the day, y = the site's row (0 for the first site),
   * z = its utilization; the days before {@code fromDay} and past the end of a site's series are left out.
   */
  public static DefaultXYZDataset dataset(Map<String, double[]> bySite, int fromDay) {
    int cells = bySite.values().stream().mapToInt(a -> Math.max(0, a.length - fromDay)).sum();
    double[][] xyz = new double[3][cells];
    int i = 0;
    int row = 0;
    for (double[] days : bySite.values()) {
      for (int d = Math.max(0, fromDay); d < days.length; d++) {
        xyz[0][i] = d;
        xyz[1][i] = row;
        xyz[2][i] = days[d];
        i++;
      }
      row++;
    }
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    dataset.addSeries("utilization", xyz);
    return dataset;
  }

  /**
   * Draws every cell at once, as one image of the plot's data area at the first item, and nothing for the
   * others; ranges, axes and the dataset stay those of {@link XYBlockRenderer}.
   */
  private static final class RasterRenderer extends XYBlockRenderer {
    private static final long serialVersionUID = 1L;
    private final transient List<double[]> rows;
    private final int fromDay;

    RasterRenderer(Map<String, double[]> bySite, int fromDay) {
      this.rows = List.copyOf(bySite.values());
      this.fromDay = Math.max(0, fromDay);
    }

    @Override
    public void drawItem(java.awt.Graphics2D g2, org.jfree.chart.renderer.xy.XYItemRendererState state,
        java.awt.geom.Rectangle2D dataArea, org.jfree.chart.plot.PlotRenderingInfo info, XYPlot plot,
        org.jfree.chart.axis.ValueAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis,
        org.jfree.data.xy.XYDataset dataset, int series, int item,
        org.jfree.chart.plot.CrosshairState crosshairState, int pass) {
      if (series != 0 || item != 0 || rows.isEmpty()) {
        return;
      }
      int days = rows.stream().mapToInt(a -> a.length).max().orElse(0);
      if (days <= fromDay) {
        return;
      }
      RectangleEdge xEdge = plot.getDomainAxisEdge();
      RectangleEdge yEdge = plot.getRangeAxisEdge();
      double x0 = domainAxis.valueToJava2D(fromDay, dataArea, xEdge);
      double x1 = domainAxis.valueToJava2D(days, dataArea, xEdge);
      double ya = rangeAxis.valueToJava2D(-0.5, dataArea, yEdge);
      double yb = rangeAxis.valueToJava2D(rows.size() - 0.5, dataArea, yEdge);
      int width = (int) Math.round(Math.abs(x1 - x0));
      int height = (int) Math.round(Math.abs(yb - ya));
      if (width < 1 || height < 1) {
        return;
      }
      // one pixel per cell, stretched over the cells' area without smoothing: in SVG Batik writes the
      // nearest-neighbour hint as image-rendering="optimizeSpeed", so the browser keeps the edges sharp
      boolean topDown = ya < yb;
      java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(days - fromDay, rows.size(),
          java.awt.image.BufferedImage.TYPE_INT_ARGB);
      for (int r = 0; r < rows.size(); r++) {
        double[] site = rows.get(topDown ? r : rows.size() - 1 - r);
        for (int day = fromDay; day < days; day++) {
          if (day < site.length && !Double.isNaN(site[day])) {
            image.setRGB(day - fromDay, r, ((Color) getPaintScale().getPaint(site[day])).getRGB());
          }
        }
      }
      Object interpolation = g2.getRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION);
      g2.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
          java.awt.RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
      g2.drawImage(image, (int) Math.round(Math.min(x0, x1)), (int) Math.round(Math.min(ya, yb)), width, height, null);
      if (interpolation != null) {
        g2.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, interpolation);
      }
    }
  }

  /** Pale yellow (idle) to dark blue (busy), by linear interpolation between five fixed stops. */
  private static final class UtilizationScale implements PaintScale, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final Color[] STOPS = {new Color(0xFFFFD9), new Color(0xC7E9B4), new Color(0x41B6C4),
        new Color(0x225EA8), new Color(0x081D58)};

    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return 1;
    }

    @Override
    public Paint getPaint(double value) {
      double v = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value)) * (STOPS.length - 1);
      int lo = Math.min((int) Math.floor(v), STOPS.length - 2);
      double f = v - lo;
      Color a = STOPS[lo];
      Color b = STOPS[lo + 1];
      return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
          (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
          (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
  }
}
