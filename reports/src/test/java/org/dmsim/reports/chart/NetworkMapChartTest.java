package org.dmsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.dmsim.reports.network.NetworkGeometry;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The network map: nodes where they are, sized and coloured, lanes by flow, disruptions in red. */
class NetworkMapChartTest {
  private static JFreeChart chart() {
    return NetworkMapChart.create("Network: centralized", ChartFixtures.network(), List.of("plant-kassel", "nowhere"),
        ChartFixtures.areas());
  }

  @Test
  void create_nodesAtTheirCoordinatesOneSeriesPerKindInLegendOrder() {
    XYPlot plot = chart().getXYPlot();
    XYDataset nodes = plot.getDataset(0);

    assertThat(nodes.getSeriesCount()).isEqualTo(5);
    List<String> keys = new ArrayList<>();
    for (int s = 0; s < nodes.getSeriesCount(); s++) {
      keys.add(nodes.getSeriesKey(s).toString());
    }
    assertThat(keys).containsExactly("plant", "microfactory", "distribution-centre", "supplier", "region");
    assertThat(nodes.getXValue(0, 0)).isEqualTo(9.5);
    assertThat(nodes.getYValue(0, 0)).isEqualTo(51.31);
    assertThat(nodes.getItemCount(1)).isEqualTo(2);
    assertThat(nodes.getXValue(1, 1)).isEqualTo(9.19);
    assertThat(nodes.getYValue(4, 1)).isEqualTo(40.42);
  }

  @Test
  void create_colourByKind_sizeGrowsWithMachines() {
    XYItemRenderer r = chart().getXYPlot().getRenderer(0);

    assertThat(r.getSeriesPaint(0)).isEqualTo(NetworkMapChart.colour("plant"));
    assertThat(r.getSeriesPaint(2)).isEqualTo(NetworkMapChart.colour("distribution-centre"));
    assertThat(NetworkMapChart.colour("plant")).isNotEqualTo(NetworkMapChart.colour("microfactory"));
    double plant = r.getItemShape(0, 0).getBounds2D().getWidth();
    double small = r.getItemShape(1, 0).getBounds2D().getWidth();
    double larger = r.getItemShape(1, 1).getBounds2D().getWidth();
    assertThat(plant).isCloseTo(6 + 3 * Math.sqrt(40), within(1e-9));
    assertThat(small).isCloseTo(6 + 3 * Math.sqrt(4), within(1e-9));
    assertThat(larger).isGreaterThan(small).isLessThan(plant);
  }

  @Test
  void create_disruptedNodesRingedInRed_unknownIdsIgnored() {
    XYPlot plot = chart().getXYPlot();
    XYDataset rings = plot.getDataset(1);

    assertThat(rings.getSeriesKey(0).toString()).isEqualTo(NetworkMapChart.DISRUPTED);
    assertThat(rings.getItemCount(0)).isEqualTo(1);
    assertThat(rings.getXValue(0, 0)).isEqualTo(9.5);
    assertThat(plot.getRenderer(1).getSeriesPaint(0)).isEqualTo(NetworkMapChart.DISRUPTION);
    assertThat(plot.getRenderer(1).getItemShape(0, 0).getBounds2D().getWidth())
        .isGreaterThan(plot.getRenderer(0).getItemShape(0, 0).getBounds2D().getWidth());
    assertThat(labels(plot)).contains("plant-kassel", "dc-roissy").doesNotContain("mf-lyon", "region-paris");
  }

  @Test
  void create_laneWidthProportionalToFlow() {
    List<XYLineAnnotation> lanes = new ArrayList<>();
    for (XYAnnotation a : background(chart().getXYPlot())) {
      // lanes, not the base map's straight segments
      if (a instanceof XYLineAnnotation l
          && (l.getPaint().equals(NetworkMapChart.LANE) || l.getPaint().equals(NetworkMapChart.COMPONENT_LANE))) {
        lanes.add(l);
      }
    }

    assertThat(lanes).hasSize(4);
    List<Float> widths = lanes.stream().map(l -> ((BasicStroke) l.getStroke()).getLineWidth()).toList();
    // 30, 30, 10 units a day of product; 60 of components (the busiest).
    assertThat(widths.get(0)).isEqualTo(widths.get(1));
    assertThat((double) widths.get(0)).isCloseTo(NetworkMapChart.laneWidthPx(30, 60), within(1e-6));
    assertThat(widths.get(2)).isLessThan(widths.get(0));
    assertThat(widths.get(3)).isGreaterThan(widths.get(0));
    assertThat(lanes.get(0).getX1()).isEqualTo(9.5);
    assertThat(lanes.get(0).getY2()).isEqualTo(49.0);
    assertThat(lanes.get(0).getPaint()).isEqualTo(NetworkMapChart.LANE);
    assertThat(lanes.get(3).getPaint()).isEqualTo(NetworkMapChart.COMPONENT_LANE);
  }

  @Test
  void create_disasterCircleDrawnWithItsRadiusAndLabelled() {
    XYPlot plot = chart().getXYPlot();
    List<XYShapeAnnotation> red = new ArrayList<>();
    for (XYAnnotation a : background(plot)) {
      if (a instanceof XYShapeAnnotation s && NetworkMapChart.DISRUPTION.equals(outline(s))) {
        red.add(s);
      }
    }

    assertThat(red).hasSize(1);
    Rectangle2D box = NetworkMapChart.circle(ChartFixtures.areas().get(0)).getBounds2D();
    assertThat(box.getCenterX()).isCloseTo(9.5, within(1e-9));
    assertThat(box.getCenterY()).isCloseTo(51.31, within(1e-9));
    assertThat(box.getHeight()).as("300 km across, about 2.7 degrees of latitude").isCloseTo(300 / 111.2, within(1e-9));
    assertThat(box.getWidth()).as("wider in degrees of longitude at 51 N").isCloseTo(box.getHeight()
        / Math.cos(Math.toRadians(51.31)), within(1e-9));
    assertThat(plot.getDomainAxis().getRange().contains(box.getMinX())).isTrue();
    assertThat(plot.getRangeAxis().getRange().contains(box.getMaxY())).isTrue();
  }

  @Test
  void create_axesKeepTheShapeOfTheLand_legendNamesKindsAndMarks() {
    JFreeChart chart = chart();
    XYPlot plot = chart.getXYPlot();
    double lonSpan = plot.getDomainAxis().getRange().getLength();
    double latSpan = plot.getRangeAxis().getRange().getLength();
    double meanLat = ChartFixtures.network().nodes().stream().mapToDouble(NetworkGeometry.Node::lat).average()
        .orElseThrow();
    double plotAspect = (NetworkMapChart.SIZE.widthPx() - 130.0) / (NetworkMapChart.SIZE.heightPx() - 270.0);
    assertThat(lonSpan * Math.cos(Math.toRadians(meanLat)) / latSpan).isCloseTo(plotAspect, within(1e-6));

    List<String> legend = new ArrayList<>();
    for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
      LegendItem item = plot.getLegendItems().get(i);
      legend.add(item.getLabel());
    }
    assertThat(legend).containsExactly("plant", "microfactory", "distribution-centre", "supplier", "region",
        "product lane", "component lane", "disrupted node", "disaster / border circle");
  }

  @Test
  void create_noDisruptions_noRingsNoCircles() {
    XYPlot plot = NetworkMapChart.create("n", ChartFixtures.network(), List.of(), List.of()).getXYPlot();

    assertThat(plot.getDataset(1).getItemCount(0)).isZero();
    assertThat(background(plot).stream().filter(a -> a instanceof XYShapeAnnotation s
        && NetworkMapChart.DISRUPTION.equals(outline(s)))).isEmpty();
  }

  @SuppressWarnings("unchecked")
  @Test
  void svg_ofTheMapWithItsBaseMap_hasNoUndefinedCoordinate() {
    // the base map holds straight meridians and parallels, which a shape annotation would scale to NaN
    String svg = ChartFiles.svg(chart(), ChartSize.SLIDE);

    assertThat(svg).contains("<path").doesNotContain("NaN");
  }

  private static List<XYAnnotation> background(XYPlot plot) {
    return new ArrayList<>(((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) plot.getRenderer(0)).getAnnotations());
  }

  private static Color outline(XYShapeAnnotation s) {
    try {
      java.lang.reflect.Field f = XYShapeAnnotation.class.getDeclaredField("outlinePaint");
      f.setAccessible(true);
      return (Color) f.get(s);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> labels(XYPlot plot) {
    List<String> out = new ArrayList<>();
    for (Object a : plot.getAnnotations()) {
      if (a instanceof XYTextAnnotation t) {
        out.add(t.getText());
      }
    }
    return out;
  }
}
