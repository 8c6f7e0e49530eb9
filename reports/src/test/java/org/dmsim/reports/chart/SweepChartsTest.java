package org.dmsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dmsim.reports.csv.SweepCsv;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sweep report's charts, rendered headless, asserted on their datasets. */
class SweepChartsTest {
  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  /** Two parameters c = 1..2 and d = x, y; variants a and b; fill = c/10 + (d == y ? 0.5 : 0), cost = 10 - c. */
  private static SweepCsv.Table table() {
    List<SweepCsv.Row> rows = new ArrayList<>();
    int point = 0;
    for (int c = 1; c <= 2; c++) {
      for (String d : List.of("x", "y")) {
        for (String v : List.of("a", "b")) {
          double fill = c / 10.0 + (d.equals("y") ? 0.5 : 0) + (v.equals("b") ? 0.01 : 0);
          rows.add(new SweepCsv.Row(point, List.of(Integer.toString(c), d), v, "base", "on_time_fill_rate", fill,
              fill - 0.05, fill + 0.05, 3));
          rows.add(new SweepCsv.Row(point, List.of(Integer.toString(c), d), v, "base", "cost_per_delivered_unit_eur",
              10 - c + (v.equals("b") ? 1 : 0), 9 - c, 11 - c, 3));
        }
        point++;
      }
    }
    return new SweepCsv.Table(List.of("c", "d"), rows);
  }

  @Test
  void curve_factorial_oneLinePerVariantAndOtherLevel_withTheIntervalAsBand() {
    JFreeChart chart = SweepCurveChart.create(table(), 0, "base", "on_time_fill_rate", false);
    YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();

    assertThat(data.getSeriesCount()).isEqualTo(4);
    assertThat(data.getSeriesKey(0)).isEqualTo("a · d=x");
    assertThat(data.getItemCount(0)).isEqualTo(2);
    assertThat(data.getXValue(0, 1)).isEqualTo(2.0);
    assertThat(data.getYValue(0, 1)).isEqualTo(0.2);
    assertThat(data.getStartYValue(0, 1)).isEqualTo(0.2 - 0.05);
  }

  @Test
  void curve_scatter_onePointPerSweepPointPerVariant_namesOnAnOrderedAxis() {
    JFreeChart chart = SweepCurveChart.create(table(), 1, "base", "on_time_fill_rate", true);
    YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();

    assertThat(data.getSeriesCount()).isEqualTo(2);
    assertThat(data.getItemCount(0)).isEqualTo(4);
    assertThat(data.getXValue(0, 1)).isEqualTo(1.0); // 'y', the second value given
  }

  @Test
  void heatMap_meanPerCell() {
    double[][] m = SweepHeatMap.means(table(), "base", "a", "on_time_fill_rate");

    assertThat(m[0][0]).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(m[1][1]).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(SweepHeatMap.create(table(), "base", "a", "on_time_fill_rate").getXYPlot().getAnnotations()).hasSize(4);
  }

  @Test
  void costService_nonDominatedAreThoseNoOtherBeatsOnBoth() {
    List<CostServiceChart.Position> all = CostServiceChart.positions(table(), "base");
    List<CostServiceChart.Position> front = CostServiceChart.nonDominated(all);

    assertThat(all).hasSize(8);
    // c = 2 is cheaper (8 vs 9) and fills more: c = 1 is dominated; of c = 2, d = y fills most at 8 (a) or
    // slightly more at 9 (b): both on the frontier, d = x (0.2 at 8) is beaten by d = y, a.
    assertThat(front).extracting(p -> p.point() + p.variant()).containsExactlyInAnyOrder("3a", "3b");
    assertThat(CostServiceChart.create(table(), "base").getXYPlot().getDataset().getItemCount(0)).isEqualTo(2);
  }
}
