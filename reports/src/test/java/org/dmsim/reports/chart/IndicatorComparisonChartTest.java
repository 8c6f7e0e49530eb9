package org.dmsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.ExperimentStats;
import org.dmsim.model.result.RunResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.junit.jupiter.api.Test;

/* JFreeChart 1.5's datasets and plots hand out raw List and Comparable. */
@SuppressWarnings({"unchecked", "rawtypes"})
class IndicatorComparisonChartTest {
  private static List<CategoryPlot> panels(JFreeChart chart) {
    return ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
  }

  @Test
  void estimates_onePanelPerIndicator_meanAndHalfWidthPerVariant() {
    JFreeChart chart = IndicatorComparisonChart.estimates(ChartFixtures.comparison(), ChartFixtures.PALETTE);
    List<CategoryPlot> panels = panels(chart);

    assertThat(panels).hasSize(2);
    assertThat(panels.get(0).getRangeAxis().getLabel()).isEqualTo("on time fill rate (share, 0–1)");
    assertThat(panels.get(1).getRangeAxis().getLabel()).isEqualTo("lead time p95 (h)");
    StatisticalCategoryDataset d = (StatisticalCategoryDataset) panels.get(1).getDataset();
    assertThat(d.getRowKeys()).containsExactly("centralized", "distributed");
    assertThat(d.getColumnKeys()).containsExactly("centralized", "distributed");
    assertThat(d.getMeanValue("distributed", "distributed").doubleValue()).isEqualTo(41.0);
    assertThat(d.getStdDevValue("distributed", "distributed").doubleValue()).isEqualTo(2.0);
    assertThat(d.getMeanValue("distributed", "centralized")).isNull();
    assertThat(panels.get(0).getRenderer().getSeriesPaint(1)).isEqualTo(ChartFixtures.PALETTE.colour("distributed"));
    assertThat(chart.getTitle().getText()).isEqualTo("Indicators — plant-outage");
    assertThat(chart.getPlot().getLegendItems().getItemCount()).isEqualTo(2);
  }

  @Test
  void differences_markedOnlyWhereIntervalExcludesZero() {
    JFreeChart chart = IndicatorComparisonChart.differences(ChartFixtures.comparison(), ChartFixtures.PALETTE);
    List<CategoryPlot> panels = panels(chart);
    String row = IndicatorComparisonChart.differenceLabel("distributed", "centralized");

    StatisticalCategoryDataset fill = (StatisticalCategoryDataset) panels.get(0).getDataset();
    assertThat(fill.getColumnKeys()).containsExactly("distributed − centralized");
    assertThat(fill.getMeanValue("distributed", row).doubleValue()).isEqualTo(0.15);
    assertThat(fill.getStdDevValue("distributed", row).doubleValue()).isEqualTo(0.04);
    // 0.15 ± 0.04 excludes zero: labelled and filled.
    assertThat(panels.get(0).getAnnotations()).hasSize(1);
    CategoryTextAnnotation mark = (CategoryTextAnnotation) panels.get(0).getAnnotations().get(0);
    assertThat(mark.getText()).isEqualTo(IndicatorComparisonChart.EXCLUDES_ZERO);
    assertThat(mark.getCategory()).isEqualTo(row);
    assertThat(mark.getValue()).isEqualTo(0.15);
    assertThat(((LineAndShapeRenderer) panels.get(0).getRenderer()).getItemShapeFilled(0, 0)).isTrue();
    // 1 ± 2 contains zero: no label, hollow.
    assertThat(panels.get(1).getAnnotations()).isEmpty();
    assertThat(((LineAndShapeRenderer) panels.get(1).getRenderer()).getItemShapeFilled(0, 0)).isFalse();
    assertThat(panels.get(1).getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1);
    // Zero stays in view even where every interval lies above it; the legend lists only the drawn variant.
    assertThat(panels.get(0).getRangeAxis().getLowerBound()).isLessThanOrEqualTo(0);
    assertThat(chart.getPlot().getLegendItems().get(0).getLabel()).isEqualTo("distributed");
    assertThat(chart.getPlot().getLegendItems().getItemCount()).isEqualTo(1);
  }

  @Test
  void minimumSpan_allZero_isOneAndOtherwiseAFifthOfTheLargestMagnitude() {
    org.jfree.data.statistics.DefaultStatisticalCategoryDataset zeros =
        new org.jfree.data.statistics.DefaultStatisticalCategoryDataset();
    zeros.add(0.0, 0.0, "a", "x");
    zeros.add(0.0, Double.NaN, "b", "x");
    org.jfree.data.statistics.DefaultStatisticalCategoryDataset shares =
        new org.jfree.data.statistics.DefaultStatisticalCategoryDataset();
    shares.add(0.6, 0.05, "a", "x");
    shares.add(-0.2, 0.1, "b", "x");

    assertThat(IndicatorComparisonChart.minimumSpan(zeros)).isEqualTo(1.0);
    assertThat(IndicatorComparisonChart.minimumSpan(shares)).isCloseTo(0.13, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void of_experimentStats_intervalsAndPairedDifferences() {
    List<ExperimentRun> runs = List.of(run("centralized", 0, 0.80), run("centralized", 1, 0.90),
        run("centralized", 2, 0.70), run("distributed", 0, 0.85), run("distributed", 1, 0.95),
        run("distributed", 2, 0.75));
    IndicatorComparison c = IndicatorComparison.of(new ExperimentStats(runs, 0.95), "flood",
        List.of("centralized", "distributed"), List.of("on_time_fill_rate", "missing_kpi"));

    assertThat(c.baselineVariant()).isEqualTo("centralized");
    IndicatorComparison.Indicator fill = c.indicators().get(0);
    assertThat(fill.estimates()).extracting(VariantInterval::variant).containsExactly("centralized", "distributed");
    assertThat(fill.estimates().get(1).interval().mean()).isCloseTo(0.85, within(1e-12));
    // Every pair differs by exactly 0.05: zero spread, an interval that excludes zero.
    assertThat(fill.differences()).hasSize(1);
    assertThat(fill.differences().get(0).interval().mean()).isCloseTo(0.05, within(1e-12));
    assertThat(fill.differences().get(0).excludesZero()).isTrue();
    assertThat(c.indicators().get(1).estimates()).isEmpty();
  }

  private static ExperimentRun run(String variant, int replication, double fill) {
    Map<String, Double> kpis = new LinkedHashMap<>();
    kpis.put("on_time_fill_rate", fill);
    return new ExperimentRun("flood", variant, replication, List.of(),
        new RunResult("m", 1, replication, 10, List.of()), kpis, Map.of());
  }
}
