package org.dmsim.reports.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmsim.reports.csv.SweepCsv;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One indicator of a sweep ({@code sweep.csv}) against one swept parameter, in one case: the mean over
 * replications with its 95 % interval. For a factorial design, one line with a band per variant and
 * combination of the other parameters' values (the others held at each of their levels); for a Latin
 * hypercube, or when that would be more than {@value #MAX_LINES} lines, one point with whiskers per sweep
 * point, coloured by variant (a scatter: the other parameters vary from point to point). The parameter's
 * axis is numeric when every value is a number, else its values in the order they were given.
 */
public final class SweepCurveChart {
  /** The most lines one chart draws before it shows a scatter instead. */
  static final int MAX_LINES = 8;
  private static final java.awt.BasicStroke[] DASHES = {ChartStyle.line(3f), dash(14f, 7f), dash(3f, 6f),
      dash(14f, 6f, 3f, 6f)};

  private SweepCurveChart() {}

  /**
   * The chart of {@code indicator} in {@code caseName} against parameter {@code parameter} (its column index).
   *
   * @param scatter points with whiskers rather than lines with bands (a Latin hypercube)
   */
  public static JFreeChart create(SweepCsv.Table table, int parameter, String caseName, String indicator,
      boolean scatter) {
    List<String> levels = table.values(parameter);
    boolean numeric = levels.stream().allMatch(SweepCurveChart::isNumber);
    List<SweepCsv.Row> rows = table.rows().stream()
        .filter(r -> r.caseName().equals(caseName) && r.indicator().equals(indicator)).toList();
    Map<String, YIntervalSeries> lines = new LinkedHashMap<>();
    Map<String, String> variantOf = new LinkedHashMap<>();
    for (SweepCsv.Row r : rows) {
      String key = scatter ? r.variant() : r.variant() + others(table, r, parameter);
      variantOf.put(key, r.variant());
      if (Double.isNaN(r.mean())) {
        lines.computeIfAbsent(key, k -> new YIntervalSeries(k, !scatter, true));
        continue;
      }
      double x = numeric ? Double.parseDouble(r.values().get(parameter)) : levels.indexOf(r.values().get(parameter));
      double low = Double.isNaN(r.low()) ? r.mean() : r.low();
      double high = Double.isNaN(r.high()) ? r.mean() : r.high();
      lines.computeIfAbsent(key, k -> new YIntervalSeries(k, !scatter, true)).add(x, r.mean(), low, high);
    }
    if (!scatter && lines.size() > MAX_LINES) {
      return create(table, parameter, caseName, indicator, true);
    }
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    lines.values().forEach(dataset::addSeries);
    String name = table.parameters().get(parameter);
    ValueAxis x = numeric ? new NumberAxis(name) : new SymbolAxis(name, levels.toArray(new String[0]));
    if (x instanceof NumberAxis n) {
      n.setAutoRangeIncludesZero(false);
    }
    NumberAxis y = new NumberAxis(IndicatorLabels.axisLabel(indicator));
    y.setAutoRangeIncludesZero(false);
    AbstractXYItemRenderer renderer;
    if (scatter) {
      XYErrorRenderer errors = new XYErrorRenderer();
      errors.setDrawXError(false);
      errors.setDefaultLinesVisible(false);
      errors.setDefaultShapesVisible(true);
      errors.setErrorStroke(ChartStyle.line(1.5f));
      renderer = errors;
    } else {
      DeviationRenderer bands = new DeviationRenderer(true, true);
      bands.setAlpha(0.18f);
      renderer = bands;
    }
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    JFreeChart chart = new JFreeChart(IndicatorLabels.axisLabel(indicator) + " vs " + name + " — " + caseName, plot);
    chart.addSubtitle(new TextTitle(scatter
        ? "One point per sweep point and variant: mean over replications; whiskers: 95 % interval"
        : "Line: mean over replications; band: 95 % interval; one line per variant and level of the other parameters"));
    ChartStyle.apply(chart);
    ChartStyle.rootLocale(x);
    ChartStyle.rootLocale(y);
    // Colour says the variant; the dash says the level of the other parameters (solid, dashed, dotted, ...).
    List<String> variants = new ArrayList<>(new java.util.LinkedHashSet<>(variantOf.values()));
    Map<String, Integer> nthOfVariant = new LinkedHashMap<>();
    int s = 0;
    for (String key : lines.keySet()) {
      String variant = variantOf.get(key);
      int nth = nthOfVariant.merge(variant, 1, Integer::sum) - 1;
      Color c = VariantPalette.OKABE_ITO.get(variants.indexOf(variant) % VariantPalette.OKABE_ITO.size());
      renderer.setSeriesPaint(s, c);
      renderer.setSeriesFillPaint(s, c);
      renderer.setSeriesStroke(s, DASHES[nth % DASHES.length]);
      s++;
    }
    return chart;
  }

  /** {@code  · p=v, q=w}: the other parameters' values of a row; empty when there is one parameter. */
  private static String others(SweepCsv.Table table, SweepCsv.Row r, int parameter) {
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < table.parameters().size(); j++) {
      if (j != parameter) {
        b.append(b.length() == 0 ? " · " : ", ").append(table.parameters().get(j)).append('=').append(r.values().get(j));
      }
    }
    return b.toString();
  }

  private static java.awt.BasicStroke dash(float... pattern) {
    return new java.awt.BasicStroke(3f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND, 1f, pattern, 0f);
  }

  /** Whether {@code s} is a plain decimal number (not 7d or a name). */
  static boolean isNumber(String s) {
    return s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  }
}
