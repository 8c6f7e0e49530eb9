package org.dmsim.reports.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dmsim.model.result.ExperimentSummary;

/** Writes an {@link ExperimentSummary} as {@code summary.json}. */
public final class SummaryJson {
  private SummaryJson() {}

  /** The summary as JSON text. */
  public static String toJson(ExperimentSummary s) {
    JsonWriter w = new JsonWriter().beginObject();
    w.name("scenario").value(s.scenario());
    w.name("source").value(s.source());
    w.name("seed").value(s.seed());
    w.name("engine").value(s.engine());
    w.name("replications").value(s.replications().size());
    w.name("digest").value(s.digest());
    w.name("mean");
    kpis(w, s.means());
    w.name("runs").beginArray();
    for (ExperimentSummary.Replication r : s.replications()) {
      w.beginObject();
      w.name("replication").value(r.replication());
      w.name("events").value(r.eventsHandled());
      w.name("digest").value(r.digest());
      w.name("kpis");
      kpis(w, r.kpis());
      w.endObject();
    }
    w.endArray();
    return w.endObject().toJson();
  }

  /** Writes {@code summary.json} into {@code directory}, creating it if needed; returns the file. */
  public static Path write(ExperimentSummary s, Path directory) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve("summary.json");
    Files.writeString(file, toJson(s), StandardCharsets.UTF_8);
    return file;
  }

  private static void kpis(JsonWriter w, Map<String, Double> kpis) {
    w.beginObject();
    kpis.forEach((k, v) -> w.name(k).value(v));
    w.endObject();
  }
}
