package org.dmsim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.function.Function;
import org.dmsim.model.mfg.kpi.EchelonSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One measure of the stages of a stock chain over its periods, a line per stage from the customers'
 * stage up (the Beer Game's classic pictures): the orders each stage placed, or its net stock — on hand
 * minus owed, below zero when it owes more than it holds. Each stage has a colour of its own, in the
 * same order in every chain (customers' stage blue, then green, orange, red, purple), and whole units on
 * the y-axis.
 */
public final class StockChainChart {
  /** The stages' colours, customers first. */
  private static final Color[] STAGES = {new Color(0x1F77B4), new Color(0x2CA02C), new Color(0xFF7F0E),
      new Color(0xD62728), new Color(0x9467BD)};

  private StockChainChart() {}

  /**
   * The chart titled {@code title} of {@code measure} (a series per period) of each of {@code stages}, with
   * the y-axis {@code axis}; {@code subtitle} says what was run.
   */
  public static JFreeChart create(String title, String subtitle, List<EchelonSeries> stages,
      Function<EchelonSeries, double[]> measure, String axis) {
    XYSeriesCollection dataset = dataset(stages, measure);
    NumberAxis periods = new NumberAxis("Period");
    NumberAxis values = new NumberAxis(axis);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    XYPlot plot = new XYPlot(dataset, periods, values, renderer);
    plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1.5f)));
    JFreeChart chart = new JFreeChart(title, plot);
    chart.addSubtitle(new TextTitle(subtitle));
    ChartStyle.apply(chart);
    ChartStyle.rootLocale(periods);
    ChartStyle.rootLocale(values);
    periods.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    values.setAutoRangeIncludesZero(true);
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    for (int s = 0; s < dataset.getSeriesCount(); s++) {
      renderer.setSeriesPaint(s, STAGES[Math.min(s, STAGES.length - 1)]);
      renderer.setSeriesStroke(s, ChartStyle.line(3f));
    }
    return chart;
  }

  /** A series per stage (key: the stage), x the period from 1, y the measure. */
  public static XYSeriesCollection dataset(List<EchelonSeries> stages, Function<EchelonSeries, double[]> measure) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (EchelonSeries stage : stages) {
      XYSeries series = new XYSeries(stage.stage(), false, false);
      double[] y = measure.apply(stage);
      for (int i = 0; i < y.length; i++) {
        series.add(i + 1, y[i]);
      }
      dataset.addSeries(series);
    }
    return dataset;
  }

  /** On hand minus owed, per period. */
  public static double[] netStock(EchelonSeries stage) {
    double[] onHand = stage.onHand();
    double[] owed = stage.backlog();
    double[] net = new double[onHand.length];
    for (int i = 0; i < net.length; i++) {
      net[i] = onHand[i] - owed[i];
    }
    return net;
  }
}
