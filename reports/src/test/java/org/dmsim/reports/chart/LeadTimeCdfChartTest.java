package org.dmsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class LeadTimeCdfChartTest {
  static List<LeadTimeCdf> distributions() {
    return List.of(LeadTimeCdf.ofHistogram("centralized", new double[] {0, 1, 0, 2, 1}, 0.25),
        LeadTimeCdf.ofHistogram("distributed", new double[] {2, 2}, 0.25));
  }

  @Test
  void ofHistogram_keepsCellsWithOrders_cumulativeShareEndsAtOne() {
    LeadTimeCdf c = distributions().get(0);
    assertThat(c.upperHours()).containsExactly(0.5, 1.0, 1.25);
    assertThat(c.share()).containsExactly(0.25, 0.75, 1.0);
    assertThat(LeadTimeCdf.ofHistogram("x", new double[] {0, 0}, 0.25).isEmpty()).isTrue();
  }

  @Test
  void new_decreasingShare_rejected() {
    assertThatThrownBy(() -> new LeadTimeCdf("x", new double[] {1, 2}, new double[] {0.5, 0.4}))
        .hasMessageContaining("row 1");
  }

  @Test
  void dataset_stepsFromZero_perVariant_emptyLeftOut() {
    XYSeriesCollection d = LeadTimeCdfChart.dataset(List.of(distributions().get(0),
        LeadTimeCdf.ofHistogram("distributed", new double[0], 0.25)));
    assertThat(d.getSeriesCount()).isEqualTo(1);
    assertThat(d.getItemCount(0)).isEqualTo(7);
    double[][] corners = {{0, 0}, {0.5, 0}, {0.5, 0.25}, {1, 0.25}, {1, 0.75}, {1.25, 0.75}, {1.25, 1}};
    for (int i = 0; i < corners.length; i++) {
      assertThat(new double[] {d.getXValue(0, i), d.getYValue(0, i)}).as("corner %d", i).containsExactly(corners[i]);
    }
  }

  @Test
  void dataset_risesBelowATenthOfAPoint_mergedIntoTheNextStep_lastKept() {
    LeadTimeCdf c = new LeadTimeCdf("centralized", new double[] {1, 2, 3, 4},
        new double[] {0.5, 0.5004, 0.9, 1});
    XYSeriesCollection d = LeadTimeCdfChart.dataset(List.of(c));
    // (0,0), (1,0), (1,0.5), then 2 h merged: (3,0.5), (3,0.9), (4,0.9), (4,1)
    assertThat(d.getItemCount(0)).isEqualTo(7);
    assertThat(d.getXValue(0, 3)).isEqualTo(3.0);
    assertThat(d.getYValue(0, 3)).isEqualTo(0.5);
  }

  @Test
  void create_axesInHoursAndShare_coloursFromPalette() {
    JFreeChart chart = LeadTimeCdfChart.create("outage", distributions(), ChartFixtures.PALETTE);
    assertThat(chart.getXYPlot().getDomainAxis().getLabel()).isEqualTo("Lead time (h)");
    assertThat(chart.getXYPlot().getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(1);
    assertThat(chart.getXYPlot().getRenderer().getSeriesPaint(1))
        .isEqualTo(ChartFixtures.PALETTE.colour("distributed"));
    assertThat(chart.getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND)).hasSize(1);
  }
}
