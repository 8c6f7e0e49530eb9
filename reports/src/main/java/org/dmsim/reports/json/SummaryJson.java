package org.dmsim.reports.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dmsim.model.result.Completion;
import org.dmsim.model.result.ExperimentSummary;

/** Writes an {@link ExperimentSummary} as {@code summary.json}. */
public final class SummaryJson {
  private SummaryJson() {}

  /** The summary as JSON text. */
  public static String toJson(ExperimentSummary s) {
    return toJson(s, List.of());
  }

  /**
   * The summary as JSON text, with the overrides the scenario was read with ({@code PATH=VALUE}, in
   * order; the member is left out when there are none), so that the file says everything the run
   * depended on.
   */
  public static String toJson(ExperimentSummary s, List<String> overrides) {
    return toJson(s, overrides, Completion.complete(s.replications().size()));
  }

  /**
   * The summary as JSON text, as {@link #toJson(ExperimentSummary, List)}, with {@code status}
   * ({@code complete}, {@code partial} or {@code failed}), {@code replications_planned} and, unless
   * complete, {@code message} saying why it ended early. The overall {@code digest} is a claim about the
   * complete set of replications, so it is written only when {@code completion} is complete; each kept
   * run still carries its own digest.
   */
  public static String toJson(ExperimentSummary s, List<String> overrides, Completion completion) {
    ObjectNode root = Json.object();
    root.put("scenario", s.scenario());
    root.put("source", s.source());
    if (!overrides.isEmpty()) {
      ArrayNode set = root.putArray("overrides");
      overrides.forEach(set::add);
    }
    root.put("seed", s.seed());
    root.put("engine", s.engine());
    root.put("replications", s.replications().size());
    root.put("status", completion.status().label());
    root.put("replications_planned", completion.planned());
    if (completion.isComplete()) {
      root.put("digest", s.digest());
    } else {
      root.put("message", completion.message());
    }
    root.set("mean", kpis(s.means()));
    ArrayNode runs = root.putArray("runs");
    for (ExperimentSummary.Replication r : s.replications()) {
      ObjectNode run = runs.addObject();
      run.put("replication", r.replication());
      run.put("events", r.eventsHandled());
      run.put("digest", r.digest());
      run.set("kpis", kpis(r.kpis()));
    }
    return Json.toJson(root);
  }

  /** Writes {@code summary.json} into {@code directory}, creating it if needed; returns the file. */
  public static Path write(ExperimentSummary s, Path directory) throws IOException {
    return write(s, List.of(), directory);
  }

  /** As {@link #write(ExperimentSummary, Path)}, recording the scenario's {@code overrides}. */
  public static Path write(ExperimentSummary s, List<String> overrides, Path directory) throws IOException {
    return write(s, overrides, Completion.complete(s.replications().size()), directory);
  }

  /** As {@link #write(ExperimentSummary, List, Path)}, saying how far the replications got ({@code completion}). */
  public static Path write(ExperimentSummary s, List<String> overrides, Completion completion, Path directory)
      throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve("summary.json");
    Files.writeString(file, toJson(s, overrides, completion), java.nio.charset.StandardCharsets.UTF_8);
    return file;
  }

  private static ObjectNode kpis(Map<String, Double> kpis) {
    ObjectNode o = Json.object();
    kpis.forEach((k, v) -> o.set(k, Json.number(v)));
    return o;
  }
}
