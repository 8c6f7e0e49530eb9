package org.dmsim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dmsim.reports.chart.DisruptedArea;
import org.dmsim.reports.network.NetworkGeometry;
import org.dmsim.reports.network.NetworkJson;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's maps, and the disruptions as resolved in each variant's network. */
class NetworkMapSectionTest {
  @TempDir
  Path dir;

  private static final NetworkGeometry CENTRAL = new NetworkGeometry("centralized", List.of(
      new NetworkGeometry.Node("plant-kassel", "plant", 51.31, 9.5, 40),
      new NetworkGeometry.Node("region-paris", "region", 48.86, 2.35, 0)),
      List.of(new NetworkGeometry.Lane("plant-kassel", "region-paris", 12)));
  private static final NetworkGeometry DISTRIBUTED = new NetworkGeometry("distributed", List.of(
      new NetworkGeometry.Node("mf-essen", "microfactory", 51.45, 7.01, 5),
      new NetworkGeometry.Node("mf-lyon", "microfactory", 45.76, 4.84, 3),
      new NetworkGeometry.Node("region-paris", "region", 48.86, 2.35, 0)),
      List.of(new NetworkGeometry.Lane("mf-lyon", "region-paris", 12)));

  /** The hand-made folder with targets resolved per variant, a flood, and (optionally) network.json. */
  private Path folder(boolean withNetworks) throws Exception {
    Path folder = HandMadeResults.write(dir, "distributed", "complete");
    StringBuilder csv = new StringBuilder(
        "case,variant,replication,type,target,severity,start_d,end_d,centre_lat,centre_lon,radius_km\n");
    for (int r = 0; r < 5; r++) {
      csv.append("outage,centralized,").append(r).append(",node-outage,plant-kassel,1,30,37,,,\n");
      csv.append("outage,centralized,").append(r).append(",regional-disaster,kassel-flood,150,40,44,51.31,9.5,150\n");
      csv.append("outage,distributed,").append(r).append(",node-outage,mf-essen,1,30,37,,,\n");
      csv.append("outage,distributed,").append(r).append(",regional-disaster,kassel-flood,150,40,44,51.31,9.5,150\n");
    }
    Files.writeString(folder.resolve("disruptions.csv"), csv, StandardCharsets.UTF_8);
    if (withNetworks) {
      NetworkJson.write(folder, List.of(CENTRAL, DISTRIBUTED));
    }
    return folder;
  }

  @Test
  void read_perVariantDisruptions_keepVariantTargetAndCircle() throws Exception {
    ExperimentResults r = ResultsFolder.read(folder(true));

    List<ExperimentResults.AppliedDisruption> outage = r.cases().get(1).disruptions();
    assertThat(outage).hasSize(20);
    assertThat(outage.get(0).variant()).isEqualTo("centralized");
    assertThat(outage.get(0).window().target()).isEqualTo("plant-kassel");
    assertThat(outage.get(0).area()).isEmpty();
    assertThat(outage.get(1).area()).contains(new DisruptedArea("kassel-flood", 51.31, 9.5, 150));
    assertThat(r.networks()).containsExactly(CENTRAL, DISTRIBUTED);
  }

  @Test
  void write_resolvedTargets_oneRowPerDisruptionNamingEachVariantsSite() throws Exception {
    String html = Files.readString(HtmlReport.write(folder(true)));

    assertThat(html).contains("<td>node-outage</td><td>centralized: plant-kassel; distributed: mf-essen</td>")
        .contains("<td>regional-disaster</td><td>kassel-flood</td>").doesNotContain("@largest");
    assertThat(html.split("<td>node-outage</td>", -1)).as("the outage listed once, not per variant").hasSize(2);
    assertThat(html).contains("5 of 5");
  }

  @Test
  void write_withNetworkJson_drawsOneMapPerVariantAsInlineSvg() throws Exception {
    String html = Files.readString(HtmlReport.write(folder(true)));

    assertThat(html).contains("<h2>The networks</h2>");
    assertThat(html.split("<figure class=\"chart map\">", -1)).hasSize(3);
    assertThat(html).contains("Network: centralized").contains("Network: distributed");
    assertThat(html.indexOf("The networks")).isLessThan(html.indexOf("<h2>Case baseline</h2>"));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void write_folderWithoutNetworkJson_stillRendersWithoutAMap() throws Exception {
    String html = Files.readString(HtmlReport.write(folder(false)));

    assertThat(html).doesNotContain("The networks").doesNotContain("chart map").contains("<h2>Case outage</h2>");
  }

  @Test
  void chart_ringsTheNodesTheVariantsOwnDisruptionsNamed_drawsTheFlood() throws Exception {
    ExperimentResults r = ResultsFolder.read(folder(true));

    XYPlot distributed = NetworkMapSection.chart(r, DISTRIBUTED).getXYPlot();
    XYPlot central = NetworkMapSection.chart(r, CENTRAL).getXYPlot();

    assertThat(distributed.getDataset(1).getItemCount(0)).isEqualTo(1);
    assertThat(distributed.getDataset(1).getXValue(0, 0)).as("mf-essen, not plant-kassel").isEqualTo(7.01);
    assertThat(central.getDataset(1).getXValue(0, 0)).isEqualTo(9.5);
    long floodLabels = 0;
    for (Object a : ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) distributed.getRenderer(0)).getAnnotations()) {
      if (a instanceof org.jfree.chart.annotations.XYTextAnnotation t && t.getText().startsWith("outage: kassel-flood")) {
        floodLabels++;
      }
    }
    assertThat(floodLabels).as("one flood label, not one per replication").isEqualTo(1);
  }

  @Test
  void read_brokenNetworkJson_namesTheFile() throws Exception {
    Path folder = folder(false);
    Files.writeString(folder.resolve("network.json"), "{\"variants\": [");

    assertThatThrownBy(() -> ResultsFolder.read(folder)).isInstanceOf(ResultsFolderException.class)
        .hasMessageStartingWith(folder.resolve("network.json") + ":1:");
  }
}
