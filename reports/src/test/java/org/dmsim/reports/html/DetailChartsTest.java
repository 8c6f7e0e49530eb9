package org.dmsim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmsim.reports.chart.VariantPalette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's resilience triangles, lead-time distributions and utilization heat maps. */
class DetailChartsTest {
  @TempDir
  Path dir;

  /**
   * The hand-made folder plus units due and on time (10 a day from day 14; in {@code outage} nothing on
   * time from day 30 to 37 for centralized, and to the end of the run for distributed, whose recovery is
   * censored), {@code leadtimes.csv} and {@code utilization-daily.csv}.
   */
  static Path folder(Path dir) throws IOException {
    HandMadeResults.write(dir, "distributed", "complete");
    StringBuilder s = new StringBuilder();
    for (String c : new String[] {"baseline", "outage"}) {
      for (String v : new String[] {"centralized", "distributed"}) {
        for (int r = 0; r < 5; r++) {
          for (int d = 0; d < 60; d++) {
            double due = d < 14 ? 0 : 10;
            boolean down = c.equals("outage") && d >= 30 && (v.equals("distributed") || d < 37);
            s.append(c).append(',').append(v).append(',').append(r).append(',').append(d).append(",due_units,")
                .append((int) due).append('\n');
            s.append(c).append(',').append(v).append(',').append(r).append(',').append(d).append(",on_time_units,")
                .append(down ? 0 : (int) due).append('\n');
          }
        }
      }
    }
    Files.writeString(dir.resolve("timeseries.csv"), s, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Files.writeString(dir.resolve("leadtimes.csv"), "case,variant,upper_h,cumulative_share\n"
        + "outage,centralized,2,0.5\noutage,centralized,30,1\noutage,distributed,1.5,0.9\noutage,distributed,4,1\n",
        StandardCharsets.UTF_8);
    StringBuilder u = new StringBuilder("case,variant,site,day,utilization\n");
    for (String v : new String[] {"centralized", "distributed"}) {
      for (String site : v.equals("centralized") ? new String[] {"plant-a"} : new String[] {"mf-1", "mf-2"}) {
        for (int d = 0; d < 60; d++) {
          u.append("outage,").append(v).append(',').append(site).append(',').append(d).append(',')
              .append(d < 14 ? 0 : 0.6).append('\n');
        }
      }
    }
    Files.writeString(dir.resolve("utilization-daily.csv"), u, StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void of_outageCase_triangleWithBothVariants_cdf_andAHeatMapPerVariant() throws Exception {
    ExperimentResults r = ResultsFolder.read(folder(dir));
    ExperimentResults.CaseResults outage = r.cases().get(1);

    List<DetailCharts.Figure> figures = DetailCharts.of(r, outage, new VariantPalette(r.variants()));

    assertThat(figures).extracting(DetailCharts.Figure::id).containsExactly("backlog", "triangle-0", "leadtimes",
        "utilization-0", "utilization-1");
    // the backlog: the hand-made folder's replication r has 10·r units every day, so the mean is 20
    org.jfree.data.xy.YIntervalSeriesCollection backlog = (org.jfree.data.xy.YIntervalSeriesCollection) figures.get(0)
        .chart().getXYPlot().getDataset(0);
    assertThat(figures.get(0).chart().getTitle().getText()).isEqualTo("Backlog — outage");
    assertThat(backlog.getSeriesKey(0)).isEqualTo("centralized");
    assertThat(backlog.getYValue(0, 40)).isEqualTo(20.0);
    assertThat(backlog.getStartYValue(0, 40)).isLessThan(20.0);
    assertThat(figures.get(1).chart().getTitle().getText())
        .isEqualTo("Resilience triangle — outage, node-outage: plant-<lyon>");
    assertThat(outage.detail().dueUnits().get("centralized")).hasSize(5);
    assertThat(outage.detail().leadTimes().get("distributed").share()).containsExactly(0.9, 1.0);
    assertThat(outage.detail().utilization().get("distributed").keySet()).containsExactly("mf-1", "mf-2");
    // the baseline case had no disruption and no lead times or utilization in the files: its backlog only
    assertThat(DetailCharts.of(r, r.cases().get(0), new VariantPalette(r.variants())))
        .extracting(DetailCharts.Figure::id).containsExactly("backlog");
  }

  @Test
  void warmupDays_leadingDaysWithoutDemand() {
    assertThat(DetailCharts.warmupDays(List.of(new double[] {0, 0, 0, 4}, new double[] {0, 0, 3}))).isEqualTo(2);
    assertThat(DetailCharts.warmupDays(List.of(new double[] {1}))).isZero();
  }

  @Test
  void write_reportShowsTheNewChartsWithCensoredRecoveryAndUniqueIds() throws Exception {
    String html = Files.readString(HtmlReport.write(folder(dir)));

    assertThat(html).contains("Resilience triangle — outage").contains("Lead-time distribution — outage")
        .contains("Utilization per site — outage, distributed").contains("distributed: not recovered, censored")
        .contains("centralized: recovered after");
    Matcher ids = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(html);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (ids.find()) {
      assertThat(seen.add(ids.group(1))).as("id %s used twice", ids.group(1)).isTrue();
    }
  }

  @Test
  void write_folderWithoutTheNewFiles_stillRendersWithoutThem() throws Exception {
    String html = Files.readString(HtmlReport.write(HandMadeResults.write(dir, "distributed", "complete")));
    assertThat(html).doesNotContain("Lead-time distribution").doesNotContain("Utilization per site")
        .doesNotContain("Resilience triangle");
  }

  @Test
  void write_fillDuringDisruptionPresent_chartedInAPairOfItsOwn() throws Exception {
    Path folder = HandMadeResults.write(dir, "distributed", "complete");
    String summary = Files.readString(folder.resolve("summary.json"));
    String fill = "\"fill_during_disruption\": {\"mean\": 0.5, \"sd\": 0.1, \"half_width\": 0.1, \"lower\": 0.4,"
        + " \"upper\": 0.6, \"n\": 5}, ";
    Files.writeString(folder.resolve("summary.json"), summary.replace("\"indicators\": {", "\"indicators\": {" + fill)
        .replace("\"differences\": {", "\"differences\": {" + fill));
    Files.writeString(folder.resolve("kpis.csv"), Files.readString(folder.resolve("kpis.csv"))
        .replace("lead_time_p95_h", "lead_time_p95_h,fill_during_disruption"));

    String html = Files.readString(HtmlReport.write(folder));

    assertThat(html).contains("id=\"c1-estimates-1-").contains("id=\"c1-differences-1-")
        .contains("fill during disruption (share, 0–1)");
  }

  @Test
  void write_brokenLeadTimeLine_namesFileAndLine() throws IOException {
    Path folder = folder(dir);
    Files.writeString(folder.resolve("leadtimes.csv"), "case,variant,upper_h,cumulative_share\noutage,c,two,1\n");
    assertThatThrownBy(() -> HtmlReport.write(folder)).isInstanceOf(ResultsFolderException.class)
        .hasMessage(folder.resolve("leadtimes.csv") + ":2: upper_h: expected a number, found \"two\"");
  }
}
