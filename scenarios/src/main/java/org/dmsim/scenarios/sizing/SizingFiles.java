package org.dmsim.scenarios.sizing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a sizing search's outputs: {@code sizing.csv}, one row per design explored (by k, in the column
 * {@code sites} or {@code machines_per_group}, after what was sized) with its estimate, decision, cost per
 * unit and whether it is on the cost-versus-service frontier; and {@code sizing.json}, the study, the same
 * rows, the answer and whether the search finished ({@code "status": "complete"} or {@code "partial"}).
 * Numbers are written with {@link Locale#ROOT}.
 */
public final class SizingFiles {
  /** The CSV's header after k's column. */
  private static final String COLUMNS = "producing_sites,machines,replications,indicator,mean,lower_bound,"
      + "upper_bound,cost_per_delivered_unit_eur,decision,frontier";

  private SizingFiles() {}

  /** Writes both files into {@code dir}; returns the CSV's path. */
  public static Path write(Path dir, SizingStudy study, SizingOutcome outcome) throws IOException {
    StringBuilder csv = new StringBuilder(header(study.quantity())).append('\n');
    for (SizingStep s : outcome.steps()) {
      csv.append(String.format(Locale.ROOT, "%d,%d,%d,%d,%s,%s,%s,%s,%s,%s,%s%n", s.k(), s.producingSites(),
          s.machines(), s.estimate().replications(), study.indicator(), num(s.estimate().mean()),
          num(s.estimate().lower()), num(s.estimate().upper()), num(s.costPerUnitEur()), s.estimate().decision().word(),
          s.frontier()));
    }
    Path csvFile = dir.resolve("sizing.csv");
    Files.writeString(csvFile, csv, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("sizing.json"), json(study, outcome), StandardCharsets.UTF_8);
    return csvFile;
  }

  /** The CSV's header when {@code quantity} is sized. */
  public static String header(SizedQuantity quantity) {
    return quantity.column() + "," + COLUMNS;
  }

  /** The JSON text of {@code outcome}. */
  static String json(SizingStudy study, SizingOutcome outcome) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("study", study.name());
    root.put("source", study.source());
    root.put("design", study.designSource());
    root.put("status", outcome.stoppedEarly().isPresent() ? "partial" : "complete");
    root.put("indicator", study.indicator());
    root.put("target", study.target());
    root.put("confidence", study.confidence());
    root.put("confidenceMeaning", "one-sided, per decision (Bonferroni over the looks at each design)");
    boolean sites = study.quantity() == SizedQuantity.SITES;
    if (sites) {
      root.put("placement", study.placement().word());
    } else {
      root.put("size", study.quantity().word());
    }
    ArrayNode candidates = root.putArray(sites ? "candidates" : "sizedSites");
    study.candidates().forEach(candidates::add);
    root.put("from", study.from());
    root.put("to", study.to());
    root.put("seed", study.seed());
    root.put("batch", study.batch());
    root.put("maxReplications", study.maxReplications());
    ObjectNode answer = root.putObject("answer");
    answer.put("kind", outcome.answer().kind().name().toLowerCase(Locale.ROOT));
    answer.put("low", outcome.answer().low());
    answer.put("high", outcome.answer().high());
    answer.put("text", outcome.answer().text(study.from(), study.to()));
    ArrayNode contradictions = root.putArray("monotonicityContradictions");
    outcome.contradictions().forEach(contradictions::add);
    ArrayNode steps = root.putArray("designs");
    for (SizingStep s : outcome.steps()) {
      ObjectNode o = steps.addObject();
      o.put(sites ? "sites" : "machinesPerGroup", s.k());
      o.put("producingSites", s.producingSites());
      o.put("machines", s.machines());
      o.put("replications", s.estimate().replications());
      putNumber(o, "mean", s.estimate().mean());
      putNumber(o, "lowerBound", s.estimate().lower());
      putNumber(o, "upperBound", s.estimate().upper());
      putNumber(o, "costPerDeliveredUnitEur", s.costPerUnitEur());
      o.put("decision", s.estimate().decision().word());
      o.put("frontier", s.frontier());
    }
    return mapper.writeValueAsString(root) + "\n";
  }

  private static void putNumber(ObjectNode o, String field, double x) {
    if (Double.isFinite(x)) {
      o.put(field, x);
    } else {
      o.putNull(field);
    }
  }

  private static String num(double x) {
    return Double.isFinite(x) ? String.format(Locale.ROOT, "%.6f", x) : "";
  }
}
