package org.dmsim.reports.chart;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.dmsim.reports.csv.SweepCsv;
import org.dmsim.reports.number.ShortestDecimal;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * One indicator of a sweep over its first two parameters, for one variant in one case: a cell per pair of
 * values, its colour (and printed number) the mean over replications — and over the other parameters' values
 * and the sweep points that share the cell, when there are more than two parameters or the design is a Latin
 * hypercube. A cell no point reached is left white. Colours run from pale yellow (the lowest mean) to dark
 * blue (the highest), ordered in grey and under the common colour-vision deficiencies.
 */
public final class SweepHeatMap {
  private static final Color LOW = new Color(0xFFF7BC);
  private static final Color HIGH = new Color(0x08306B);
  private static final int STEPS = 16;
  /** The most cells whose numbers are printed; beyond, the colours alone. */
  private static final int MAX_LABELLED = 144;

  private SweepHeatMap() {}

  /** The heat map; the table must have at least two parameters. */
  public static JFreeChart create(SweepCsv.Table table, String caseName, String variant, String indicator) {
    if (table.parameters().size() < 2) {
      throw new IllegalArgumentException("a heat map needs two parameters, not " + table.parameters().size());
    }
    double[][] means = means(table, caseName, variant, indicator);
    List<String> xs = table.values(0);
    List<String> ys = table.values(1);
    int cells = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : means) {
      for (double m : row) {
        if (!Double.isNaN(m)) {
          cells++;
          min = Math.min(min, m);
          max = Math.max(max, m);
        }
      }
    }
    double[][] xyz = new double[3][cells];
    int k = 0;
    for (int i = 0; i < xs.size(); i++) {
      for (int j = 0; j < ys.size(); j++) {
        if (!Double.isNaN(means[i][j])) {
          xyz[0][k] = i;
          xyz[1][k] = j;
          xyz[2][k] = means[i][j];
          k++;
        }
      }
    }
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    dataset.addSeries(indicator, xyz);
    if (cells == 0) {
      min = 0;
      max = 1;
    }
    double upper = max > min ? max : min + Math.max(1e-9, Math.abs(min) * 1e-9);
    LookupPaintScale scale = new LookupPaintScale(min, upper, Color.WHITE);
    for (int s = 0; s < STEPS; s++) {
      scale.add(min + (upper - min) * s / STEPS, blend((double) s / (STEPS - 1)));
    }
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(scale);
    SymbolAxis xAxis = new SymbolAxis(table.parameters().get(0), xs.toArray(new String[0]));
    SymbolAxis yAxis = new SymbolAxis(table.parameters().get(1), ys.toArray(new String[0]));
    xAxis.setGridBandsVisible(false);
    yAxis.setGridBandsVisible(false);
    xAxis.setRange(-0.5, xs.size() - 0.5);
    yAxis.setRange(-0.5, ys.size() - 0.5);
    XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    JFreeChart chart = new JFreeChart(IndicatorLabels.axisLabel(indicator) + " — " + caseName + ", " + variant, plot);
    chart.removeLegend();
    chart.addSubtitle(new TextTitle("Mean over replications" + (table.parameters().size() > 2
        ? " and the other parameters' values" : "") + "; white: no point"));
    ChartStyle.apply(chart);
    // After the theme, which would reset the labels' font and colour.
    if (cells <= MAX_LABELLED) {
      for (int i = 0; i < k; i++) {
        XYTextAnnotation label = new XYTextAnnotation(ShortestDecimal.csv(round(xyz[2][i])), xyz[0][i], xyz[1][i]);
        label.setFont(ChartStyle.font(ChartStyle.TEXT_PX));
        label.setPaint((xyz[2][i] - min) / (upper - min) > 0.55 ? Color.WHITE : Color.BLACK);
        plot.addAnnotation(label);
      }
    }
    NumberAxis scaleAxis = new NumberAxis(null);
    scaleAxis.setRange(min, upper);
    scaleAxis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
    scaleAxis.setTickLabelFont(ChartStyle.font(ChartStyle.TEXT_PX));
    ChartStyle.addScaleLegend(chart, scale, scaleAxis);
    return chart;
  }

  /**
   * The mean of {@code indicator} per cell, [value of parameter 0][value of parameter 1] in the order of
   * {@link SweepCsv.Table#values}, averaged over the rows in the cell; NaN for a cell with none.
   */
  public static double[][] means(SweepCsv.Table table, String caseName, String variant, String indicator) {
    List<String> xs = table.values(0);
    List<String> ys = table.values(1);
    double[][] sum = new double[xs.size()][ys.size()];
    int[][] n = new int[xs.size()][ys.size()];
    for (SweepCsv.Row r : table.rows()) {
      if (r.caseName().equals(caseName) && r.variant().equals(variant) && r.indicator().equals(indicator)
          && !Double.isNaN(r.mean())) {
        int i = xs.indexOf(r.values().get(0));
        int j = ys.indexOf(r.values().get(1));
        sum[i][j] += r.mean();
        n[i][j]++;
      }
    }
    double[][] out = new double[xs.size()][ys.size()];
    for (int i = 0; i < xs.size(); i++) {
      for (int j = 0; j < ys.size(); j++) {
        out[i][j] = n[i][j] == 0 ? Double.NaN : sum[i][j] / n[i][j];
      }
    }
    return out;
  }

  private static double round(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue();
  }

  private static Color blend(double t) {
    return new Color((int) Math.round(LOW.getRed() + t * (HIGH.getRed() - LOW.getRed())),
        (int) Math.round(LOW.getGreen() + t * (HIGH.getGreen() - LOW.getGreen())),
        (int) Math.round(LOW.getBlue() + t * (HIGH.getBlue() - LOW.getBlue())));
  }
}
