package org.dmsim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmsim.model.stats.Pareto;
import org.dmsim.reports.csv.SweepCsv;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Cost against service over a sweep, in one case: one dot per sweep point and variant at (mean on-time fill
 * rate, mean cost per delivered unit). The non-dominated ones — no other point has a fill rate at least as
 * high and a cost at least as low, one of them strictly — are ringed and joined by a step line, the
 * trade-off frontier: every point off it is beaten on both.
 */
public final class CostServiceChart {
  /** The service indicator, on the x axis (higher is better). */
  public static final String SERVICE = "on_time_fill_rate";
  /** The cost indicator, on the y axis (lower is better). */
  public static final String COST = "cost_per_delivered_unit_eur";
  /** The series key of the frontier. */
  public static final String FRONTIER = "non-dominated";

  private CostServiceChart() {}

  /** A sweep point and variant with its service and cost. */
  public record Position(int point, String variant, double service, double cost) {}

  /** The chart; empty series for points whose service or cost is undefined. */
  public static JFreeChart create(SweepCsv.Table table, String caseName) {
    List<Position> positions = positions(table, caseName);
    XYSeriesCollection dataset = new XYSeriesCollection();
    Map<String, XYSeries> byVariant = new LinkedHashMap<>();
    for (Position p : positions) {
      byVariant.computeIfAbsent(p.variant(), v -> new XYSeries(v, false, true)).add(p.service(), p.cost());
    }
    XYSeries frontier = new XYSeries(FRONTIER, false, true);
    nonDominated(positions).stream().sorted(Comparator.comparingDouble(Position::service))
        .forEach(p -> frontier.add(p.service(), p.cost()));
    dataset.addSeries(frontier);
    byVariant.values().forEach(dataset::addSeries);
    NumberAxis x = new NumberAxis("On-time fill rate (share of units), mean");
    NumberAxis y = new NumberAxis("Cost per delivered unit (EUR), mean");
    x.setAutoRangeIncludesZero(false);
    y.setAutoRangeIncludesZero(false);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    JFreeChart chart = new JFreeChart("Cost vs service — " + caseName, plot);
    chart.addSubtitle(new TextTitle("One dot per sweep point and variant; ringed and joined: non-dominated "
        + "(no other point has both a higher fill rate and a lower cost)"));
    ChartStyle.apply(chart);
    ChartStyle.rootLocale(x);
    ChartStyle.rootLocale(y);
    renderer.setSeriesLinesVisible(0, true);
    renderer.setSeriesPaint(0, Color.BLACK);
    renderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
        new float[] {6f, 4f}, 0f));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-11, -11, 22, 22));
    renderer.setSeriesShapesFilled(0, false);
    int s = 1;
    for (String v : byVariant.keySet()) {
      renderer.setSeriesPaint(s, VariantPalette.OKABE_ITO.get((s - 1) % VariantPalette.OKABE_ITO.size()));
      renderer.setSeriesShape(s, new Ellipse2D.Double(-6, -6, 12, 12));
      s++;
    }
    return chart;
  }

  /** Every point and variant of {@code caseName} whose service and cost are both defined, in file order. */
  public static List<Position> positions(SweepCsv.Table table, String caseName) {
    Map<String, double[]> byKey = new LinkedHashMap<>();
    Map<String, SweepCsv.Row> first = new LinkedHashMap<>();
    for (SweepCsv.Row r : table.rows()) {
      if (!r.caseName().equals(caseName) || !(r.indicator().equals(SERVICE) || r.indicator().equals(COST))) {
        continue;
      }
      String key = r.point() + "\u0000" + r.variant();
      first.putIfAbsent(key, r);
      double[] sc = byKey.computeIfAbsent(key, k -> new double[] {Double.NaN, Double.NaN});
      sc[r.indicator().equals(SERVICE) ? 0 : 1] = r.mean();
    }
    List<Position> out = new ArrayList<>();
    byKey.forEach((key, sc) -> {
      if (!Double.isNaN(sc[0]) && !Double.isNaN(sc[1])) {
        out.add(new Position(first.get(key).point(), first.get(key).variant(), sc[0], sc[1]));
      }
    });
    return out;
  }

  /** The positions no other position dominates (service at least as high and cost at least as low, one strictly). */
  public static List<Position> nonDominated(List<Position> positions) {
    return Pareto.nonDominated(positions, Position::service, Position::cost);
  }
}
