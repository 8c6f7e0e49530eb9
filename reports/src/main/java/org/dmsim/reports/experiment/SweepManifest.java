package org.dmsim.reports.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.dmsim.reports.json.Json;

/**
 * What produced a sweep's outputs and how far it got, written as {@value #FILE} beside {@code sweep.csv}:
 * the experiment file, the design, each parameter with its values, the indicator the report charts, the
 * seed and replications every point ran, the engine, and {@code "status"}: {@code complete}, or
 * {@code partial} when the sweep was stopped and only {@code pointsFinished} of {@code pointsPlanned}
 * points are in {@code sweep.csv}.
 *
 * @param dmsimVersion   the dmsim version
 * @param javaVersion    the Java runtime
 * @param name           the sweep's name
 * @param experiment     the experiment file
 * @param experimentHash SHA-256 of the experiment file, its variants' files and their parts, hex
 * @param design         {@code factorial} or {@code lhs}
 * @param designSeed     the seed of an {@code lhs} design's shuffles; empty for a factorial one
 * @param parameters     the swept parameters, in column order
 * @param indicator      the indicator the report charts against the parameters
 * @param seed           the master seed of every point
 * @param replications   replications per point, case and variant
 * @param engine         the engine
 * @param threads        threads
 * @param wallSeconds    wall time of all points, s
 * @param pointsFinished points whose every run finished
 * @param pointsPlanned  points of the design
 */
public record SweepManifest(String dmsimVersion, String javaVersion, String name, String experiment,
    String experimentHash, String design, OptionalLong designSeed, List<Parameter> parameters, String indicator,
    long seed, int replications, String engine, int threads, double wallSeconds, int pointsFinished,
    int pointsPlanned) {
  /** The file's name in the output directory. */
  public static final String FILE = "sweep.json";

  public SweepManifest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(design, "design");
    Objects.requireNonNull(indicator, "indicator");
    parameters = List.copyOf(parameters);
  }

  /**
   * A swept parameter.
   *
   * @param label   its column in sweep.csv: the path, or {@code VARIANT:PATH}
   * @param variant the variant it applies to; empty for every variant
   * @param path    its override path
   * @param values  its values, as written
   */
  public record Parameter(String label, String variant, String path, List<String> values) {
    public Parameter {
      values = List.copyOf(values);
    }
  }

  /** {@code complete} or {@code partial}. */
  public String status() {
    return pointsFinished == pointsPlanned ? "complete" : "partial";
  }

  /** Writes it into {@code dir}; returns the file. */
  public Path write(Path dir) throws IOException {
    ObjectNode o = Json.object();
    o.put("kind", "sweep");
    o.put("name", name);
    o.put("status", status());
    o.put("pointsFinished", pointsFinished);
    o.put("pointsPlanned", pointsPlanned);
    o.put("experiment", experiment);
    o.put("experimentHash", experimentHash);
    ObjectNode d = o.putObject("design");
    d.put("kind", design);
    d.put("points", pointsPlanned);
    designSeed.ifPresent(s -> d.put("seed", s));
    ArrayNode ps = o.putArray("parameters");
    for (Parameter p : parameters) {
      ObjectNode po = ps.addObject();
      po.put("label", p.label());
      if (!p.variant().isEmpty()) {
        po.put("variant", p.variant());
      }
      po.put("path", p.path());
      ArrayNode vs = po.putArray("values");
      p.values().forEach(vs::add);
    }
    o.put("indicator", indicator);
    o.put("seed", seed);
    o.put("replications", replications);
    o.put("engine", engine);
    o.put("threads", threads);
    o.set("wallSeconds", Json.number(Math.round(wallSeconds * 10) / 10.0));
    o.put("dmsimVersion", dmsimVersion);
    o.put("javaVersion", javaVersion);
    return Json.write(o, dir.resolve(FILE));
  }

  /**
   * The design kind and indicator of the {@value #FILE} in {@code dir}, for the report.
   *
   * @throws IOException when it cannot be read
   * @throws IllegalArgumentException naming the file when it is not a sweep's manifest
   */
  public static ReportSettings readSettings(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": expected JSON, found: " + e.getOriginalMessage());
    }
    if (root == null || !"sweep".equals(root.path("kind").asText()) || !root.path("indicator").isTextual()) {
      throw new IllegalArgumentException(file + ": expected a sweep's manifest (\"kind\": \"sweep\", \"indicator\")");
    }
    return new ReportSettings(root.path("name").asText(""), root.path("design").path("kind").asText("factorial"),
        root.path("indicator").asText(), root.path("status").asText("complete"), root.path("pointsFinished").asInt(),
        root.path("pointsPlanned").asInt());
  }

  /** What the report takes from {@value #FILE}. */
  public record ReportSettings(String name, String design, String indicator, String status, int pointsFinished,
      int pointsPlanned) {}
}
