package org.dmsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collection;
import java.util.List;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.time.SimTime;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/* JFreeChart 1.5's datasets and plots hand out raw List and Comparable. */
@SuppressWarnings({"unchecked", "rawtypes"})
class PerformanceCurveChartTest {
  /** t(2, 0.975): the two-sided 95 % Student-t quantile with 2 degrees of freedom. */
  private static final double T2 = 4.302652729911275;

  @Test
  void dataset_meanAndBandPerDay_atMidDay() {
    YIntervalSeriesCollection d = PerformanceCurveChart.dataset(ChartFixtures.curves(), 0.95);

    assertThat(d.getSeriesCount()).isEqualTo(2);
    assertThat(d.getSeriesKey(0)).isEqualTo("centralized");
    assertThat(d.getSeriesKey(1)).isEqualTo("distributed");
    assertThat(d.getItemCount(0)).isEqualTo(3);
    assertThat(d.getXValue(0, 0)).isEqualTo(0.5);
    assertThat(d.getXValue(0, 2)).isEqualTo(2.5);
    // Day 0: all equal, a band of zero width.
    assertThat(d.getYValue(0, 0)).isEqualTo(1.0);
    assertThat(d.getStartYValue(0, 0)).isEqualTo(1.0);
    assertThat(d.getEndYValue(0, 0)).isEqualTo(1.0);
    // Day 1: 0.5, 0.7, 0.9 -> mean 0.7, s = 0.2, half-width t(2)·0.2/√3.
    double h = T2 * 0.2 / Math.sqrt(3);
    assertThat(d.getYValue(0, 1)).isCloseTo(0.7, within(1e-12));
    assertThat(d.getStartYValue(0, 1)).isCloseTo(0.7 - h, within(1e-9));
    assertThat(d.getEndYValue(0, 1)).isCloseTo(0.7 + h, within(1e-9));
    // Day 2: one defined value (the others had nothing due) -> the value, no spread.
    assertThat(d.getYValue(0, 2)).isEqualTo(0.8);
    assertThat(d.getStartYValue(0, 2)).isEqualTo(0.8);
    assertThat(d.getEndYValue(0, 2)).isEqualTo(0.8);
  }

  @Test
  void dataset_bandNotClampedToShareRange() {
    YIntervalSeriesCollection d = PerformanceCurveChart.dataset(
        List.of(new ReplicatedDaily("centralized", List.of(new double[] {1}, new double[] {0.6}))), 0.95);
    assertThat(d.getEndYValue(0, 0)).isGreaterThan(1);
    assertThat(d.getStartYValue(0, 0)).isLessThan(0);
  }

  @Test
  void dataset_dayWithoutAnyValue_leftOut() {
    YIntervalSeriesCollection d = PerformanceCurveChart.dataset(
        List.of(new ReplicatedDaily("centralized", List.of(new double[] {Double.NaN, 0.9}))), 0.95);
    assertThat(d.getItemCount(0)).isEqualTo(1);
    assertThat(d.getXValue(0, 0)).isEqualTo(1.5);
  }

  @Test
  void onTimeShare_shadesEachDistinctDisruptionOnce_labelledWithTypeAndTarget() {
    JFreeChart chart = PerformanceCurveChart.onTimeShare("plant-outage", ChartFixtures.curves(),
        ChartFixtures.disruptions(), ChartFixtures.PALETTE, 0.95);
    XYPlot plot = chart.getXYPlot();
    Collection<?> markers = plot.getDomainMarkers(Layer.BACKGROUND);

    assertThat(markers).hasSize(2);
    List<Marker> list = markers.stream().map(Marker.class::cast).toList();
    assertThat(list.get(0)).isInstanceOf(ValueMarker.class);
    assertThat(list.get(0).getLabel()).isEqualTo("stock-destroyed: dc-b");
    assertThat(((ValueMarker) list.get(0)).getValue()).isEqualTo(0.25);
    IntervalMarker outage = (IntervalMarker) list.get(1);
    assertThat(outage.getLabel()).isEqualTo("node-outage: plant-a");
    assertThat(outage.getStartValue()).isEqualTo(1.0);
    assertThat(outage.getEndValue()).isEqualTo(2.5);
    assertThat(outage.getPaint()).isEqualTo(VariantPalette.DISRUPTION);
  }

  @Test
  void onTimeShare_titleAxesLegendAndVariantColours() {
    JFreeChart chart = PerformanceCurveChart.onTimeShare("plant-outage", ChartFixtures.curves(), List.of(),
        ChartFixtures.PALETTE, 0.95);
    XYPlot plot = chart.getXYPlot();
    XYItemRenderer r = plot.getRenderer();

    assertThat(chart.getTitle().getText()).isEqualTo("On-time share of units due — plant-outage");
    assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Day of run (d)");
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("On-time share of units due (%)");
    assertThat(chart.getLegend()).isNotNull();
    assertThat(r.getSeriesPaint(0)).isEqualTo(ChartFixtures.PALETTE.colour("centralized"));
    assertThat(r.getSeriesPaint(1)).isEqualTo(ChartFixtures.PALETTE.colour("distributed"));
    assertThat(chart.getTitle().getFont().getSize()).isGreaterThanOrEqualTo(14);
    assertThat(plot.getDomainAxis().getTickLabelFont().getSize()).isGreaterThanOrEqualTo(14);
    assertThat(chart.getLegend().getItemFont().getSize()).isGreaterThanOrEqualTo(14);
  }

  @Test
  void onTimeShare_bandsLightWithEdgesInVariantColours_dashesTakingTurns() {
    JFreeChart chart = PerformanceCurveChart.onTimeShare("plant-outage", ChartFixtures.curves(), List.of(),
        ChartFixtures.PALETTE, 0.95);
    XYPlot plot = chart.getXYPlot();
    YIntervalSeriesCollection bands = (YIntervalSeriesCollection) plot.getDataset(0);
    org.jfree.data.xy.XYSeriesCollection edges = (org.jfree.data.xy.XYSeriesCollection) plot.getDataset(1);

    assertThat(((org.jfree.chart.renderer.xy.DeviationRenderer) plot.getRenderer(0)).getAlpha())
        .isLessThanOrEqualTo(0.15f);
    assertThat(edges.getSeriesCount()).isEqualTo(4);
    assertThat(edges.getSeriesKey(0)).isEqualTo("centralized lower");
    assertThat(edges.getSeriesKey(3)).isEqualTo("distributed upper");
    assertThat(edges.getYValue(0, 1)).isEqualTo(bands.getStartYValue(0, 1));
    assertThat(edges.getYValue(1, 1)).isEqualTo(bands.getEndYValue(0, 1));
    XYItemRenderer e = plot.getRenderer(1);
    assertThat(e.getSeriesPaint(1)).isEqualTo(ChartFixtures.PALETTE.colour("centralized"));
    assertThat(e.getSeriesPaint(2)).isEqualTo(ChartFixtures.PALETTE.colour("distributed"));
    java.awt.BasicStroke first = (java.awt.BasicStroke) e.getSeriesStroke(0);
    java.awt.BasicStroke second = (java.awt.BasicStroke) e.getSeriesStroke(2);
    // one dash in two each, shifted by one dash: on a shared edge the colours alternate
    assertThat(first.getDashArray()).containsExactly(second.getDashArray());
    assertThat(first.getDashArray()[0]).isEqualTo(first.getDashArray()[1]);
    assertThat(Math.abs(first.getDashPhase() - second.getDashPhase())).isEqualTo(first.getDashArray()[0]);
  }

  @Test
  void edgeStroke_oneVariant_solid() {
    assertThat(PerformanceCurveChart.edgeStroke(0, 1).getDashArray()).isNull();
  }

  @Test
  void backlog_unitOnAxis() {
    JFreeChart chart = PerformanceCurveChart.backlog("baseline", ChartFixtures.curves(), List.of(),
        ChartFixtures.PALETTE, 0.95);
    assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("Backlog (units)");
  }

  @Test
  void create_variantWithoutColour_rejected() {
    assertThatThrownBy(() -> PerformanceCurveChart.onTimeShare("c",
        List.of(new ReplicatedDaily("hybrid", List.of(new double[] {1}))), List.of(), ChartFixtures.PALETTE, 0.95))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hybrid");
  }

  @Test
  void disruptionWindow_ofModelDisruption_inDays() {
    DisruptionWindow w = DisruptionWindow.of(new Disruption.NodeOutage("plant-a", 2 * SimTime.DAY_MS,
        5 * SimTime.DAY_MS + SimTime.DAY_MS / 2));
    assertThat(w).isEqualTo(new DisruptionWindow("node-outage", "plant-a", 2, 5.5));
  }

  @Test
  void disruptionWindow_endBeforeStart_rejected() {
    assertThatThrownBy(() -> new DisruptionWindow("node-outage", "p", 3, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node-outage p");
  }

  @Test
  void onTimeShare_axisSpansTheShare_aBandBeyondItIsCutAndSaidSo() {
    // two replications 0.5 and 0.9 on day 1: the 95 % band is 0.7 ± 2.54, far beyond 0 and 1
    List<ReplicatedDaily> wide = List.of(new ReplicatedDaily("centralized",
        List.of(new double[] {1, 0.5}, new double[] {1, 0.9})));
    JFreeChart cut = PerformanceCurveChart.onTimeShare("c", wide, List.of(), ChartFixtures.PALETTE, 0.95);
    YIntervalSeriesCollection bands = (YIntervalSeriesCollection) cut.getXYPlot().getDataset(0);

    assertThat(bands.getStartYValue(0, 1)).as("the band as computed").isLessThan(-1);
    assertThat(cut.getXYPlot().getRangeAxis().getLowerBound()).isEqualTo(-0.05);
    assertThat(cut.getXYPlot().getRangeAxis().getUpperBound()).isEqualTo(1.05);
    assertThat(subtitles(cut)).anyMatch(t -> t.startsWith("Bands reaching beyond -5 % or 105 %"));

    JFreeChart narrow = PerformanceCurveChart.onTimeShare("c", List.of(new ReplicatedDaily("centralized",
        List.of(new double[] {1, 0.8}, new double[] {1, 0.8}))), List.of(), ChartFixtures.PALETTE, 0.95);
    assertThat(subtitles(narrow)).noneMatch(t -> t.startsWith("Bands reaching beyond"));
  }

  private static List<String> subtitles(JFreeChart chart) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
        out.add(t.getText());
      }
    }
    return out;
  }
}
