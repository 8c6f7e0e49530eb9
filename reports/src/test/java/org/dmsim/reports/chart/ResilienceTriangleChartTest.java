package org.dmsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

@SuppressWarnings({"unchecked", "rawtypes"})
class ResilienceTriangleChartTest {
  private static final DisruptionWindow OUTAGE = new DisruptionWindow("node-outage", "plant-a", 30, 35);

  /** centralized recovers; distributed is still down at the end of the run (censored). */
  static List<ResilienceTriangle> triangles() {
    double[][] a = ResilienceTriangleTest.replication(30, 35, 0);
    double[][] b = ResilienceTriangleTest.replication(30, 60, 2);
    return List.of(
        ResilienceTriangle.of("centralized", List.of(a[0]), List.of(a[1]), 30, 1000, 5).orElseThrow(),
        ResilienceTriangle.of("distributed", List.of(b[0]), List.of(b[1]), 30, 1000, 5).orElseThrow());
  }

  @Test
  void dataset_dailyAndAveragePerVariant_atMidDay() {
    List<ResilienceTriangle> t = triangles();
    XYSeriesCollection d = ResilienceTriangleChart.dataset(t, 16, 60);

    assertThat(d.getSeriesCount()).isEqualTo(4);
    assertThat(d.getSeriesKey(0)).isEqualTo("centralized daily");
    assertThat(d.getSeriesKey(1)).isEqualTo("centralized");
    assertThat(d.getSeriesKey(3)).isEqualTo("distributed");
    assertThat(d.getItemCount(0)).isEqualTo(44);
    assertThat(d.getXValue(0, 0)).isEqualTo(16.5);
    assertThat(d.getYValue(0, 30 - 16)).isEqualTo(0.0);
    assertThat(d.getYValue(1, 36 - 16)).isEqualTo(t.get(0).movingAverage()[36]);
    assertThat(d.getYValue(2, 40 - 16)).isEqualTo(0.2);
  }

  @Test
  void lossArea_stepsBetweenBaselineAndDailyShare_fromStartToRecovery() {
    ResilienceTriangle c = triangles().get(0);
    double[] area = ResilienceTriangleChart.lossArea(c);
    int r = c.recoveryDay();

    assertThat(r).isGreaterThan(35);
    assertThat(area).startsWith(30, 1, r, 1);
    // back along the daily share, day r-1 first: days 35.. are on time again (share 1 = the baseline)
    assertThat(area[4]).isEqualTo(r);
    assertThat(area[6]).isEqualTo(r - 1);
    // day 30 to 31 at share 0, the last step
    assertThat(area).endsWith(31, 0, 30, 0);
    assertThat(area.length).isEqualTo(4 + 4 * (r - 30));
  }

  @Test
  void create_recoveredMarkedByLine_censoredByArrowLabelledCensored() {
    List<ResilienceTriangle> t = triangles();
    JFreeChart chart = ResilienceTriangleChart.create("outage", OUTAGE, t, ChartFixtures.PALETTE);
    XYPlot plot = chart.getXYPlot();
    List<XYAnnotation> annotations = new java.util.ArrayList<>(
        ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) plot.getRenderer()).getAnnotations());

    int r = t.get(0).recoveryDay();
    assertThat(annotations).anySatisfy(a -> {
      assertThat(a).isInstanceOf(XYLineAnnotation.class);
      assertThat(((XYLineAnnotation) a).getX1()).isEqualTo(r);
      assertThat(((XYLineAnnotation) a).getX2()).isEqualTo(r);
    });
    assertThat(annotations).filteredOn(a -> a instanceof XYTextAnnotation && !(a instanceof XYPointerAnnotation))
        .map(a -> ((XYTextAnnotation) a).getText()).containsExactly("centralized: recovered after "
            + t.get(0).measures().timeToRecoverDays() + " d");
    assertThat(annotations).filteredOn(a -> a instanceof XYPointerAnnotation).singleElement().satisfies(a -> {
      XYPointerAnnotation arrow = (XYPointerAnnotation) a;
      assertThat(arrow.getText()).startsWith("distributed: not recovered, censored ≥ 30 d").contains("censored 1/1");
      assertThat(arrow.getX()).isEqualTo(60);
    });
    assertThat(annotations).filteredOn(a -> a instanceof XYPolygonAnnotation).hasSize(2);
    assertThat(plot.getDomainAxis().getLowerBound()).isEqualTo(16);
    assertThat(plot.getDomainAxis().getUpperBound()).isEqualTo(60);
    assertThat(chart.getTitle().getText()).isEqualTo("Resilience triangle — outage, node-outage: plant-a");
  }

  @Test
  void create_neverBelowTheThreshold_noRecoveryLine_saidInALabel() {
    double[][] a = ResilienceTriangleTest.replication(30, 31, 9.9);
    ResilienceTriangle flat = ResilienceTriangle.of("distributed", List.of(a[0]), List.of(a[1]), 30, 1000, 5)
        .orElseThrow();
    JFreeChart chart = ResilienceTriangleChart.create("outage", OUTAGE, List.of(flat), ChartFixtures.PALETTE);
    List<XYAnnotation> annotations = new java.util.ArrayList<>(
        ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) chart.getXYPlot().getRenderer()).getAnnotations());

    assertThat(flat.measures().timeToRecoverDays()).isZero();
    // only the baseline: no vertical line, no loss area
    assertThat(annotations).filteredOn(x -> x instanceof XYLineAnnotation).singleElement()
        .satisfies(x -> assertThat(((XYLineAnnotation) x).getY1()).isEqualTo(((XYLineAnnotation) x).getY2()));
    assertThat(annotations).filteredOn(x -> x instanceof XYPolygonAnnotation).isEmpty();
    assertThat(annotations).filteredOn(x -> x instanceof XYTextAnnotation).singleElement()
        .satisfies(x -> assertThat(((XYTextAnnotation) x).getText())
            .isEqualTo("distributed: never below 95 % of its baseline"));
  }

  @Test
  void create_recoveryNearTheRightEdge_labelOnItsLeft() {
    double[][] a = ResilienceTriangleTest.replication(30, 45, 0);
    ResilienceTriangle late = ResilienceTriangle.of("centralized", List.of(a[0]), List.of(a[1]), 30, 1000, 5)
        .orElseThrow();
    JFreeChart chart = ResilienceTriangleChart.create("outage", OUTAGE, List.of(late), ChartFixtures.PALETTE);
    List<XYAnnotation> annotations = new java.util.ArrayList<>(
        ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) chart.getXYPlot().getRenderer()).getAnnotations());
    assertThat(late.measures().censored()).isFalse();
    assertThat(annotations).filteredOn(x -> x instanceof XYTextAnnotation).singleElement().satisfies(x -> {
      assertThat(((XYTextAnnotation) x).getX()).isEqualTo(late.recoveryDay() - 0.5);
      assertThat(((XYTextAnnotation) x).getTextAnchor()).isEqualTo(org.jfree.chart.ui.TextAnchor.CENTER_RIGHT);
    });
  }

  @Test
  void create_variantColoursFromThePalette() {
    JFreeChart chart = ResilienceTriangleChart.create("outage", OUTAGE, triangles(), ChartFixtures.PALETTE);
    var renderer = chart.getXYPlot().getRenderer();
    assertThat(renderer.getSeriesPaint(1)).isEqualTo(ChartFixtures.PALETTE.colour("centralized"));
    assertThat(renderer.getSeriesPaint(3)).isEqualTo(ChartFixtures.PALETTE.colour("distributed"));
    assertThat(renderer.getSeriesPaint(2)).isEqualTo(ChartFixtures.PALETTE.colour("distributed"));
  }
}
