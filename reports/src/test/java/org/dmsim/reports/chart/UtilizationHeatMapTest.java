package org.dmsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.junit.jupiter.api.Test;

class UtilizationHeatMapTest {
  static Map<String, double[]> sites() {
    Map<String, double[]> m = new LinkedHashMap<>();
    m.put("mf-a", new double[] {0, 0, 0.5, 0.6, 0.7});
    m.put("plant-b", new double[] {0, 0, 0.9, 0, 1});
    return m;
  }

  @Test
  void dataset_cellPerSiteAndDay_fromTheWarmupOn() {
    DefaultXYZDataset d = UtilizationHeatMap.dataset(sites(), 2);
    assertThat(d.getItemCount(0)).isEqualTo(6);
    assertThat(d.getXValue(0, 0)).isEqualTo(2.0);
    assertThat(d.getYValue(0, 0)).isEqualTo(0.0);
    assertThat(d.getZValue(0, 0)).isEqualTo(0.5);
    assertThat(d.getXValue(0, 4)).isEqualTo(3.0);
    assertThat(d.getYValue(0, 4)).isEqualTo(1.0);
    assertThat(d.getZValue(0, 4)).isEqualTo(0.0);
  }

  @Test
  void create_siteRows_disruptionsOutlined_warmupShaded() {
    JFreeChart chart = UtilizationHeatMap.create("outage", "distributed", sites(),
        List.of(new DisruptionWindow("node-outage", "plant-b", 3, 4)), 2);
    SymbolAxis rows = (SymbolAxis) chart.getXYPlot().getRangeAxis();
    assertThat(rows.getSymbols()).containsExactly("mf-a", "plant-b");
    IntervalMarker outage = (IntervalMarker) chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND).iterator().next();
    assertThat(outage.getStartValue()).isEqualTo(3.0);
    assertThat(outage.getLabel()).isEqualTo("node-outage: plant-b");
    IntervalMarker warmup = (IntervalMarker) chart.getXYPlot().getDomainMarkers(Layer.BACKGROUND).iterator().next();
    assertThat(warmup.getEndValue()).isEqualTo(2.0);
  }

  @Test
  void scale_idleLightBusyDark_clampedToRange() {
    Color idle = (Color) UtilizationHeatMap.SCALE.getPaint(0);
    Color busy = (Color) UtilizationHeatMap.SCALE.getPaint(1);
    Color half = (Color) UtilizationHeatMap.SCALE.getPaint(0.5);
    assertThat(brightness(idle)).isGreaterThan(brightness(half));
    assertThat(brightness(half)).isGreaterThan(brightness(busy));
    assertThat(UtilizationHeatMap.SCALE.getPaint(1.5)).isEqualTo(busy);
    assertThat(UtilizationHeatMap.SCALE.getPaint(-1)).isEqualTo(idle);
  }

  private static int brightness(Color c) {
    return c.getRed() + c.getGreen() + c.getBlue();
  }
}
