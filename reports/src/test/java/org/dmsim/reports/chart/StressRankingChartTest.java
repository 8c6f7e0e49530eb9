package org.dmsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.junit.jupiter.api.Test;

/* JFreeChart 1.5's datasets and plots hand out raw List and Comparable. */
@SuppressWarnings({"unchecked", "rawtypes"})
class StressRankingChartTest {
  private static List<CategoryPlot> panels(JFreeChart chart) {
    return ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
  }

  @Test
  void create_nodesInRankOrder_timeToSurviveAndLossWithIntervals() {
    JFreeChart chart = StressRankingChart.create(ChartFixtures.stress(), 14, 3);
    List<CategoryPlot> panels = panels(chart);

    assertThat(panels).hasSize(2);
    StatisticalCategoryDataset survive = (StatisticalCategoryDataset) panels.get(0).getDataset();
    StatisticalCategoryDataset loss = (StatisticalCategoryDataset) panels.get(1).getDataset();
    assertThat(survive.getColumnKeys()).containsExactly("plant-a", "dc-b", "mf-c");
    assertThat(survive.getRowKeys()).containsExactly(StressRankingChart.TIME_TO_SURVIVE);
    assertThat(survive.getMeanValue(0, 0).doubleValue()).isEqualTo(3.0);
    assertThat(survive.getStdDevValue(0, 0).doubleValue()).isEqualTo(1.0);
    assertThat(loss.getMeanValue(0, 0).doubleValue()).isEqualTo(500.0);
    assertThat(loss.getStdDevValue(0, 1).doubleValue()).isEqualTo(4.0);
    // An undefined indicator draws no bar.
    assertThat(survive.getMeanValue(0, 2)).isNull();
    assertThat(panels.get(0).getRangeAxis().getLabel()).isEqualTo("Time to survive (d)");
    assertThat(panels.get(1).getRangeAxis().getLabel()).isEqualTo("Loss (unit·days)");
    assertThat(chart.getTitle().getText()).isEqualTo("Stress test: each node out for 14 d");
  }

  @Test
  void create_censoredNode_markedWithCount_andOutageLengthLine() {
    JFreeChart chart = StressRankingChart.create(ChartFixtures.stress(), 14, 3);
    CategoryPlot survive = panels(chart).get(0);

    assertThat(survive.getAnnotations()).hasSize(1);
    CategoryTextAnnotation mark = (CategoryTextAnnotation) survive.getAnnotations().get(0);
    assertThat(mark.getText()).isEqualTo("censored 3/3");
    assertThat(mark.getCategory()).isEqualTo("dc-b");
    ValueMarker outage = (ValueMarker) survive.getRangeMarkers(Layer.FOREGROUND).iterator().next();
    assertThat(outage.getValue()).isEqualTo(14.0);
    assertThat(outage.getLabel()).isEqualTo("outage 14 d");
  }
}
