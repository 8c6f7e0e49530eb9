package org.dmsim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dmsim.reports.experiment.StationFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StationTableTest {
  @TempDir
  Path dir;

  @Test
  void write_folderWithStations_caseDetailShowsItsTable() throws Exception {
    HandMadeResults.write(dir, "distributed", "complete");
    Files.writeString(dir.resolve(StationFiles.STATIONS), StationFiles.HEADER + "\n"
        + "outage,centralized,plant-a,cnc,2,5,3.25,0.5,1.2,0.1,0.8,0.02,0.75,0.01,40,1,120,3\n"
        + "outage,centralized,plant-a,printer,1,5,,,0,0,,,0,0,0,0,0,0\n", StandardCharsets.UTF_8);

    ExperimentResults r = ResultsFolder.read(dir);
    String html = Files.readString(HtmlReport.write(dir));

    assertThat(r.cases().get(1).detail().stations()).extracting(StationRow::machineType).containsExactly("cnc", "printer");
    assertThat(r.cases().get(0).detail().stations()).isEmpty();
    assertThat(html).contains("<h3>Stations</h3>").containsOnlyOnce("<table class=\"stations\">")
        .contains("<tr><td>centralized</td><td>plant-a</td><td>cnc</td><td>2</td><td>3.25</td><td>1.2</td>"
            + "<td>0.8</td><td>0.75</td><td>40</td><td>120</td></tr>")
        .contains("<td>printer</td><td>1</td><td>" + Figures.UNDEFINED + "</td>");
  }

  @Test
  void write_folderWithoutStations_noTable() throws Exception {
    String html = Files.readString(HtmlReport.write(HandMadeResults.write(dir, "distributed", "complete")));
    assertThat(html).doesNotContain("class=\"stations\"");
  }

  @Test
  void read_lineWithAMissingColumn_namesFileAndLine() throws Exception {
    Files.writeString(dir.resolve(StationFiles.STATIONS), StationFiles.HEADER + "\noutage,centralized,plant-a\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> StationTable.read(dir)).isInstanceOf(ResultsFolderException.class)
        .hasMessageContaining("stations.csv:2: expected 18 fields, found 3");
  }
}
