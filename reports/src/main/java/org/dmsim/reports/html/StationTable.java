package org.dmsim.reports.html;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmsim.reports.experiment.StationFiles;

/**
 * The stations table of a case in the report: per variant, site and machine type the means over the
 * replications that {@code stations.csv} holds (see {@link StationFiles}). A folder without the file has
 * no table; a line not as written is a {@link ResultsFolderException} with file and line.
 */
final class StationTable {
  private static final int COLUMNS = StationFiles.HEADER.split(",").length;

  private StationTable() {}

  /** Case → its rows in file order; empty without {@code stations.csv}. */
  static Map<String, List<StationRow>> read(Path dir) {
    Path file = dir.resolve(StationFiles.STATIONS);
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    List<String> lines = FolderCsv.lines(file);
    FolderCsv.expectHeader(file, lines, StationFiles.HEADER);
    Map<String, List<StationRow>> out = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = FolderCsv.fields(file, i, lines.get(i), COLUMNS);
      out.computeIfAbsent(f[0], c -> new ArrayList<>()).add(new StationRow(f[1], f[2], f[3],
          FolderCsv.integer(file, i, f[4], "machines"), FolderCsv.decimal(file, i, f[6], "wait_h"),
          FolderCsv.decimal(file, i, f[8], "waiting_jobs"), FolderCsv.decimal(file, i, f[10], "wait_probability"),
          FolderCsv.decimal(file, i, f[12], "utilization"), FolderCsv.decimal(file, i, f[14], "jobs_per_day"),
          FolderCsv.decimal(file, i, f[16], "units_per_day")));
    }
    return out;
  }

  /** Writes the table of {@code rows} onto {@code p}; nothing when there are none. */
  static void write(Page p, List<StationRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    p.line("<h3>Stations</h3>");
    p.line("<table class=\"stations\">");
    p.line("<thead><tr><th>variant</th><th>site</th><th>machine type</th><th>machines</th><th>mean wait<br/>"
        + "<span class=\"unit\">h</span></th><th>waiting<br/><span class=\"unit\">time-average jobs</span></th>"
        + "<th>P(wait)</th><th>utilization</th><th>throughput<br/><span class=\"unit\">jobs/day</span></th>"
        + "<th>throughput<br/><span class=\"unit\">units/day</span></th></tr></thead>");
    p.line("<tbody>");
    for (StationRow r : rows) {
      p.line("<tr><td>" + HtmlText.escape(r.variant()) + "</td><td>" + HtmlText.escape(r.site()) + "</td><td>"
          + HtmlText.escape(r.machineType()) + "</td><td>" + r.machines() + "</td><td>" + number(r.waitH())
          + "</td><td>" + number(r.waitingJobs()) + "</td><td>" + number(r.waitProbability()) + "</td><td>"
          + number(r.utilization()) + "</td><td>" + number(r.jobsPerDay()) + "</td><td>" + number(r.unitsPerDay())
          + "</td></tr>");
    }
    p.line("</tbody>");
    p.line("</table>");
    p.line("<p class=\"note\">Means over the replications (intervals in stations.csv). A station is the machines of"
        + " one type at one site; a job step's wait counts at the station that takes it; P(wait) is the share of job"
        + " steps that waited more than 0 ms. " + Figures.UNDEFINED + ": the station took no job step.</p>");
  }

  private static String number(double v) {
    return Double.isNaN(v) ? Figures.UNDEFINED : Figures.significant(v, 3);
  }
}
