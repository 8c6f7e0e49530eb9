package org.dmsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class ChartFilesTest {
  @TempDir
  Path dir;

  /** Every chart of the package, built afresh on each call from the same hand-made input. */
  private static Map<String, Supplier<JFreeChart>> charts() {
    Map<String, Supplier<JFreeChart>> charts = new LinkedHashMap<>();
    charts.put("performance-plant-outage", () -> PerformanceCurveChart.onTimeShare("plant-outage",
        ChartFixtures.curves(), ChartFixtures.disruptions(), ChartFixtures.PALETTE, 0.95));
    charts.put("indicators-plant-outage",
        () -> IndicatorComparisonChart.estimates(ChartFixtures.comparison(), ChartFixtures.PALETTE));
    charts.put("differences-plant-outage",
        () -> IndicatorComparisonChart.differences(ChartFixtures.comparison(), ChartFixtures.PALETTE));
    charts.put("stress", () -> StressRankingChart.create(ChartFixtures.stress(), 14, 3));
    charts.put("network-centralized", () -> NetworkMapChart.create("Network: centralized", ChartFixtures.network(),
        List.of("plant-kassel"), ChartFixtures.areas()));
    charts.put("triangle-plant-outage", () -> ResilienceTriangleChart.create("plant-outage",
        new DisruptionWindow("node-outage", "plant-a", 30, 35), ResilienceTriangleChartTest.triangles(),
        ChartFixtures.PALETTE));
    charts.put("leadtimes-plant-outage", () -> LeadTimeCdfChart.create("plant-outage",
        LeadTimeCdfChartTest.distributions(), ChartFixtures.PALETTE));
    charts.put("utilization-plant-outage", () -> UtilizationHeatMap.create("plant-outage", "distributed",
        UtilizationHeatMapTest.sites(), ChartFixtures.disruptions(), 2));
    return charts;
  }

  @Test
  void testsRunHeadless() {
    assertThat(GraphicsEnvironment.isHeadless()).isTrue();
  }

  @Test
  void write_everyChart_svgAndPngOfStatedSize() throws Exception {
    ChartSize size = new ChartSize(800, 450);
    for (Map.Entry<String, Supplier<JFreeChart>> e : charts().entrySet()) {
      List<Path> files = ChartFiles.write(e.getValue().get(), dir, e.getKey(), size, 2);

      assertThat(files).containsExactly(dir.resolve(e.getKey() + ".svg"), dir.resolve(e.getKey() + ".png"));
      Element svg = parse(Files.readString(files.get(0)));
      assertThat(svg.getLocalName() == null ? svg.getTagName() : svg.getLocalName()).isEqualTo("svg");
      assertThat(svg.getAttribute("width")).isEqualTo("800");
      assertThat(svg.getAttribute("height")).isEqualTo("450");
      assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 800 450");
      BufferedImage png = ImageIO.read(files.get(1).toFile());
      assertThat(png).as(e.getKey() + ".png").isNotNull();
      assertThat(png.getWidth()).isEqualTo(1600);
      assertThat(png.getHeight()).isEqualTo(900);
    }
  }

  @Test
  void svg_sameInputTwice_sameBytes() {
    for (Supplier<JFreeChart> chart : charts().values()) {
      String first = ChartFiles.svg(chart.get(), ChartSize.SLIDE);
      String second = ChartFiles.svg(chart.get(), ChartSize.SLIDE);
      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void svg_isInlinable_textStaysText() {
    String svg = ChartFiles.svg(charts().get("performance-plant-outage").get(), ChartSize.SLIDE);
    assertThat(svg).startsWith("<svg").doesNotContain("<?xml").doesNotContain("<!DOCTYPE");
    assertThat(svg).contains("On-time share of units due — plant-outage").contains("node-outage: plant-a")
        .contains("centralized").contains("sans-serif");
  }

  @Test
  void svg_textFromScenario_isEscaped() throws Exception {
    JFreeChart chart = PerformanceCurveChart.onTimeShare("<script>alert('&')</script>", ChartFixtures.curves(),
        List.of(), ChartFixtures.PALETTE, 0.95);
    String svg = ChartFiles.svg(chart, ChartSize.SLIDE);
    assertThat(svg).doesNotContain("<script>");
    assertThat(parse(svg).getTextContent()).contains("<script>alert('&')</script>");
  }

  @Test
  void writePng_scaleOutOfRange_rejected() {
    assertThatThrownBy(() -> ChartFiles.writePng(charts().get("stress").get(), ChartSize.SLIDE, 0,
        dir.resolve("x.png"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale");
  }

  @Test
  void write_nameWithPath_rejected() {
    assertThatThrownBy(() -> ChartFiles.write(charts().get("stress").get(), dir, "../stress", ChartSize.SLIDE, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'../stress'");
  }

  private static Element parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
  }
}
