package org.dmsim.reports.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A results folder written by hand, as {@code ExperimentOutputs} lays it out: two cases ({@code baseline},
 * {@code outage}), the variants {@code centralized} and one given, five replications, an outage of
 * {@code plant-<lyon>} from day 30 to 37 in every replication of {@code outage}.
 */
final class HandMadeResults {
  private HandMadeResults() {}

  static Path write(Path dir, String variant, String status) throws IOException {
    String v = json(variant);
    boolean complete = status.equals("complete");
    String statusJson = "\"status\": \"" + status + "\", \"runs_planned\": 10, \"runs_finished\": "
        + (complete ? 10 : 7) + (complete ? "" : ", \"message\": \"interrupted by the user\"");
    Files.writeString(dir.resolve("manifest.json"), "{\"dmsim_version\": \"test\", \"java_version\": \"17\","
        + " \"scenario\": \"hand-made\", \"source\": \"hand.yaml\", \"scenario_sha256\": \"00\", \"seed\": 7,"
        + " \"replications\": 5, \"engine\": \"sequential\", \"threads\": 1, \"wall_time_s\": 1.5, " + statusJson
        + ", \"finished\": []}\n", StandardCharsets.UTF_8);
    StringBuilder cases = new StringBuilder();
    for (String c : new String[] {"baseline", "outage"}) {
      if (cases.length() > 0) {
        cases.append(",");
      }
      cases.append("{\"case\": \"").append(c).append("\", \"variants\": [")
          .append("{\"variant\": \"centralized\", \"indicators\": {")
          .append("\"on_time_fill_rate\": ").append(interval(0.9, 0.01)).append(", ")
          .append("\"cost_per_delivered_unit_eur\": ").append(interval(12, 0.4)).append(", ")
          .append("\"lead_time_p95_h\": ").append(interval(30, 2)).append("}},")
          .append("{\"variant\": \"").append(v).append("\", \"indicators\": {")
          .append("\"on_time_fill_rate\": ").append(interval(0.95, 0.01)).append(", ")
          .append("\"cost_per_delivered_unit_eur\": ").append(interval(12.5, 0.5)).append(", ")
          .append("\"lead_time_p95_h\": ").append(interval(20, 1)).append("}}],")
          .append("\"comparisons\": [{\"variant\": \"").append(v).append("\", \"baseline_variant\": \"centralized\",")
          .append(" \"differences\": {\"on_time_fill_rate\": ").append(interval(0.05, 0.02))
          .append(", \"cost_per_delivered_unit_eur\": ").append(interval(0.5, 0.7))
          .append(", \"lead_time_p95_h\": ").append(interval(-10, 3)).append("}}]}");
    }
    Files.writeString(dir.resolve("summary.json"), "{\"experiment\": \"hand-made\", \"seed\": 7, \"replications\": 5, "
        + statusJson + ", \"confidence\": 0.95, \"cases\": [" + cases + "]}\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("kpis.csv"), "case,variant,replication,digest,events,on_time_fill_rate,"
        + "cost_per_delivered_unit_eur,lead_time_p95_h\n", StandardCharsets.UTF_8);
    StringBuilder series = new StringBuilder("case,variant,replication,day,metric,value\n");
    for (String c : new String[] {"baseline", "outage"}) {
      for (String name : new String[] {"centralized", variant}) {
        for (int r = 0; r < 5; r++) {
          for (int d = 0; d < 60; d++) {
            double dip = c.equals("outage") && d >= 30 && d < 45 ? 0.3 : 0;
            series.append(c).append(',').append(name).append(',').append(r).append(',').append(d)
                .append(",fill_rate,").append(0.9 - dip + 0.01 * r).append('\n');
            series.append(c).append(',').append(name).append(',').append(r).append(',').append(d)
                .append(",backlog_units,").append(10 * r).append('\n');
          }
        }
      }
    }
    Files.writeString(dir.resolve("timeseries.csv"), series, StandardCharsets.UTF_8);
    StringBuilder disruptions = new StringBuilder("case,replication,type,target,severity,start_d,end_d\n");
    for (int r = 0; r < 5; r++) {
      disruptions.append("outage,").append(r).append(",node-outage,plant-<lyon>,1,30,37\n");
    }
    Files.writeString(dir.resolve("disruptions.csv"), disruptions, StandardCharsets.UTF_8);
    return dir;
  }

  private static String interval(double mean, double halfWidth) {
    return "{\"mean\": " + mean + ", \"sd\": " + halfWidth + ", \"half_width\": " + halfWidth + ", \"lower\": "
        + (mean - halfWidth) + ", \"upper\": " + (mean + halfWidth) + ", \"n\": 5}";
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
