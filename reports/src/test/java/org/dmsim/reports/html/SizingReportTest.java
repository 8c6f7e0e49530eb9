package org.dmsim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SizingReportTest {
  @TempDir
  Path dir;

  private static final String JSON = """
      {
        "study" : "plan<b>&\\"",
        "design" : "d.yaml",
        "status" : "complete",
        "indicator" : "fill_during_disruption",
        "target" : 0.95,
        "confidence" : 0.95,
        "placement" : "largest-demand",
        "seed" : 7,
        "answer" : {"kind" : "found", "low" : 16, "high" : 16, "text" : "16"},
        "monotonicityContradictions" : [ ],
        "designs" : [
          {"sites" : 15, "producingSites" : 20, "machines" : 56, "replications" : 8, "mean" : 0.8758,
           "lowerBound" : 0.8187, "upperBound" : 0.9329, "costPerDeliveredUnitEur" : 45.21, "decision" : "fails",
           "frontier" : false},
          {"sites" : 16, "producingSites" : 21, "machines" : 58, "replications" : 4, "mean" : 0.9991,
           "lowerBound" : 0.9986, "upperBound" : 0.9996, "costPerDeliveredUnitEur" : 42.91, "decision" : "meets",
           "frontier" : true}
        ]
      }
      """;

  @Test
  void write_sizingSummary_showsTheAnswerTheDesignsAndTheChart_asWellFormedEscapedXml() throws Exception {
    Files.writeString(dir.resolve("sizing.json"), JSON, StandardCharsets.UTF_8);
    Path page = SizingReport.write(dir);
    String html = Files.readString(page);
    assertThat(html).contains("Candidate sites kept: 16 (21 producing sites, 58 machines)").contains("with 95 % confidence")
        .contains("at least 90 %").contains("<th>16</th>").contains("42.91").contains("meets")
        .contains("plan&lt;b&gt;&amp;").doesNotContain("plan<b>").contains("<svg");
    assertThat(dir.resolve("charts/sizing.svg")).exists();
    assertThat(dir.resolve("charts/sizing.png")).exists();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    assertThat(f.newDocumentBuilder().parse(page.toFile()).getDocumentElement().getTagName()).isEqualTo("html");
    // The same file gives the same page.
    byte[] first = Files.readAllBytes(page);
    SizingReport.write(dir);
    assertThat(Files.readAllBytes(page)).isEqualTo(first);
  }

  @Test
  void write_withoutTheSummaryOrWithAForeignOne_namesTheFile() throws Exception {
    assertThatThrownBy(() -> SizingReport.write(dir)).isInstanceOf(ResultsFolderException.class)
        .hasMessageContaining("sizing.json").hasMessageContaining("missing");
    Files.writeString(dir.resolve("sizing.json"), "{\"study\": \"x\"}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SizingReport.write(dir)).isInstanceOf(ResultsFolderException.class)
        .hasMessageContaining("no \"indicator\"");
  }

  @Test
  void percent_roundsToATenth() {
    assertThat(SizingReport.percent(0.95)).isEqualTo("95 %");
    assertThat(SizingReport.percent(2 * 0.95 - 1)).isEqualTo("90 %");
    assertThat(SizingReport.percent(0.975)).isEqualTo("97.5 %");
  }
}
