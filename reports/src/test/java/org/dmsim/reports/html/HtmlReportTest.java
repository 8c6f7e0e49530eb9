package org.dmsim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class HtmlReportTest {
  /** A variant name with every character HTML treats specially. */
  static final String ODD = "dist<script>alert(1)</script>&\"'";

  @TempDir
  Path dir;

  @Test
  void write_handMadeFolder_answersFirstWithTheDifferenceAndItsInterval() throws Exception {
    String html = Files.readString(HtmlReport.write(HandMadeResults.write(dir, ODD, "complete")));

    String variant = HtmlText.escape(ODD);
    assertThat(html).contains("<li>" + variant + " had the higher on-time fill rate: 95 % against 90 % for centralized, "
        + "5 percentage points more (paired 95 % interval of " + variant + " − centralized: 3 to 7 percentage points; "
        + "it excludes zero: a real difference).</li>");
    assertThat(html).contains("<li>The replications do not tell " + variant + " and centralized apart on cost per"
        + " delivered unit: 12.5 EUR and 12 EUR (paired 95 % interval of " + variant + " − centralized: −0.2 to 1.2 EUR;"
        + " it includes zero).</li>");
    assertThat(html.indexOf("The answer")).isLessThan(html.indexOf("<svg"));
    assertThat(html).contains("<li><strong>" + variant + " against centralized, on-time fill rate: better in 2 cases"
        + " (baseline, outage).</strong></li>");
    assertThat(html.indexOf("better in 2 cases")).as("the verdict comes before the cases' sentences")
        .isLessThan(html.indexOf("Case baseline"));
  }

  @Test
  void write_twoVariantsTwoCases_hasCurveEstimatesAndDifferencesPerCase() throws Exception {
    String html = Files.readString(HtmlReport.write(HandMadeResults.write(dir, "distributed", "complete")));

    // per case: the on-time curve, the estimates, the differences and the backlog
    assertThat(count(html, "<svg")).isEqualTo(2 * 4);
    assertThat(html).contains("Backlog — baseline").contains("Backlog — outage");
    assertThat(html).contains("On-time share of units due — baseline").contains("Indicators — outage");
    // every chart's ids are its own: no two inline SVGs clip with the same path
    Matcher ids = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(html);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (ids.find()) {
      assertThat(seen.add(ids.group(1))).as("id %s used twice", ids.group(1)).isTrue();
    }
  }

  @Test
  void write_parsesAsWellFormedMarkup() throws Exception {
    byte[] html = Files.readAllBytes(HtmlReport.write(HandMadeResults.write(dir, ODD, "complete")));

    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(html));
    assertThat(d.getDocumentElement().getTagName()).isEqualTo("html");
    assertThat(d.getElementsByTagName("svg").getLength()).isEqualTo(8);
    // a KPI table per case, the disruptions of the one case that had some, the run
    assertThat(d.getElementsByTagName("table").getLength()).isEqualTo(2 + 1 + 1);
    assertThat(d.getElementsByTagName("script").getLength()).isZero();
  }

  @Test
  void write_namesWithMarkup_appearAsTextOnly() throws Exception {
    String html = Files.readString(HtmlReport.write(HandMadeResults.write(dir, ODD, "complete")));

    assertThat(html).doesNotContain("<script").doesNotContain("alert(1)</script>")
        .contains("dist&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;")
        .contains("node-outage").contains("plant-&lt;lyon&gt;");
  }

  @Test
  void write_referencesNothingOutsideTheFile() throws Exception {
    String html = Files.readString(HtmlReport.write(HandMadeResults.write(dir, ODD, "complete")));

    assertThat(html).doesNotContainIgnoringCase("http").doesNotContainIgnoringCase("src=")
        .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("@import")
        .doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("@font-face");
    // url(...) only for a chart's own clip paths inside the page, or inline data
    Matcher urls = Pattern.compile("url\\(\\s*['\"]?([^)'\"]*)").matcher(html);
    int internal = 0;
    while (urls.find()) {
      assertThat(urls.group(1)).as("url(...) in the page").matches("#[A-Za-z0-9_-]+|data:.*");
      internal++;
    }
    assertThat(internal).as("the charts clip by reference").isPositive();
    assertThat(html).contains("@media print").contains("break-inside: avoid");
  }

  @Test
  void write_partialRun_saysSoBeforeTheAnswer() throws Exception {
    String html = Files.readString(HtmlReport.write(HandMadeResults.write(dir, "distributed", "partial")));

    assertThat(html).contains("<p class=\"status partial\"><strong>Partial results: 7 of 10 runs finished;");
    assertThat(html).contains("interrupted by the user");
    assertThat(html.indexOf("Partial results")).isLessThan(html.indexOf("The answer"));
  }

  @Test
  void write_sameFolder_sameBytes() throws Exception {
    Path folder = HandMadeResults.write(dir, ODD, "complete");
    byte[] first = Files.readAllBytes(HtmlReport.write(folder));
    byte[] second = Files.readAllBytes(HtmlReport.write(folder));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void write_missingFile_namesIt() throws IOException {
    Path folder = HandMadeResults.write(dir, "distributed", "complete");
    Files.delete(folder.resolve("timeseries.csv"));

    assertThatThrownBy(() -> HtmlReport.write(folder)).isInstanceOf(ResultsFolderException.class)
        .hasMessageStartingWith(folder.resolve("timeseries.csv") + ": missing");
  }

  @Test
  void write_brokenCsvLine_namesFileAndLine() throws IOException {
    Path folder = HandMadeResults.write(dir, "distributed", "complete");
    Files.writeString(folder.resolve("disruptions.csv"), "case,replication,type,target,severity,start_d,end_d\n"
        + "outage,one,node-outage,plant,1,30,37\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> HtmlReport.write(folder)).isInstanceOf(ResultsFolderException.class)
        .hasMessage(folder.resolve("disruptions.csv") + ":2: replication: expected a whole number, found \"one\"");
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void write_writesEveryChartOfThePageAsSvgAndPngOfTheStatedSize() throws Exception {
    Path report = HtmlReport.write(HandMadeResults.write(dir, "distributed", "complete"));
    String html = Files.readString(report);

    Matcher links = Pattern.compile("<a href=\"charts/([^\"]+)\\.svg\">SVG</a>").matcher(html);
    java.util.List<String> ids = new java.util.ArrayList<>();
    while (links.find()) {
      ids.add(links.group(1));
    }
    assertThat(ids).as("one link per chart of the page").hasSize(count(html, "<svg"));
    try (var listing = Files.list(dir.resolve("charts"))) {
      assertThat(listing.count()).isEqualTo(2L * ids.size());
    }
    for (String id : ids) {
      Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(dir.resolve("charts/" + id + ".svg").toFile());
      assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
      String[] box = svg.getDocumentElement().getAttribute("viewBox").split(" ");
      assertThat(box).as(id).hasSize(4);
      java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(dir.resolve("charts/" + id + ".png").toFile());
      assertThat(png.getWidth()).as(id).isEqualTo((int) Math.round(Integer.parseInt(box[2]) * Page.PNG_SCALE));
      assertThat(png.getHeight()).as(id).isEqualTo((int) Math.round(Integer.parseInt(box[3]) * Page.PNG_SCALE));
      assertThat(Integer.parseInt(box[2])).as(id + ": slide width").isEqualTo(1600);
    }
  }
}
