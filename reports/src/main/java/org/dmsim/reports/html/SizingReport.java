package org.dmsim.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dmsim.reports.chart.ChartSize;
import org.dmsim.reports.chart.IndicatorLabels;
import org.dmsim.reports.chart.SizingChart;

/**
 * {@value #FILE} of a sizing search ({@code dmsim size}), made from its {@code sizing.json}: the question,
 * the answer with its confidence, the designs explored against their size with the bounds that decided
 * them ({@link SizingChart}), and the table of designs with cost per delivered unit and the
 * cost-versus-service frontier. Like {@link HtmlReport}, inline CSS and SVG only, every text escaped, the
 * same file giving the same bytes.
 */
public final class SizingReport {
  /** The page's file name, next to {@code sizing.json}. */
  public static final String FILE = "sizing-report.html";
  /** The file the page is made from. */
  public static final String JSON = "sizing.json";

  private SizingReport() {}

  /** Whether {@code dir} holds a sizing search's results. */
  public static boolean holdsOne(Path dir) {
    return Files.isRegularFile(dir.resolve(JSON));
  }

  /**
   * Reads {@code dir/sizing.json} and writes {@code dir/}{@value #FILE}; returns that file.
   *
   * @throws ResultsFolderException naming the file when it is missing or lacks a field the page needs
   */
  public static Path write(Path dir) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(dir.resolve(JSON), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new ResultsFolderException(e.getFile() + ": missing ('dmsim size' writes it)");
    } catch (IOException e) {
      throw new ResultsFolderException(dir.resolve(JSON) + ": not a sizing summary: " + e.getMessage());
    }
    for (String field : List.of("study", "indicator", "target", "confidence", "answer", "designs")) {
      if (root == null || !root.has(field)) {
        throw new ResultsFolderException(dir.resolve(JSON) + ": not a sizing summary: no \"" + field + "\"");
      }
    }
    Path file = dir.resolve(FILE);
    Page page = page(root);
    Files.writeString(file, page.end(), StandardCharsets.UTF_8);
    page.writeCharts(dir);
    return file;
  }

  static Page page(JsonNode root) {
    String name = root.get("study").asText();
    String indicator = root.get("indicator").asText();
    double target = root.get("target").asDouble();
    double confidence = root.get("confidence").asDouble();
    boolean machines = root.has("size") && root.get("size").asText().equals("machines");
    String kField = machines ? "machinesPerGroup" : "sites";
    String kLabel = machines ? "machines per group at each sized site" : "candidate sites kept";
    Page p = Page.start("dmsim size — " + name);
    p.line("<header>");
    p.line("<h1>Sizing — " + esc(name) + "</h1>");
    p.line("<p class=\"what\">" + esc("The smallest design whose " + IndicatorLabels.axisLabel(indicator)
        + " meets the target " + target + " with " + percent(confidence) + " confidence (one-sided), by "
        + (machines ? "the number of machines per group" : "the number of candidate sites, placed by rule '"
            + root.path("placement").asText() + "'") + "; design file " + root.path("design").asText() + ", seed "
        + root.path("seed").asText() + ".") + "</p>");
    if (!root.path("status").asText().equals("complete")) {
      p.line("<p class=\"what\"><strong>Partial:</strong> " + esc("the search was stopped before it decided;"
          + " the designs below are those it finished.") + "</p>");
    }
    p.line("</header>");
    p.line("<section class=\"answer\">");
    p.line("<h2>Answer</h2>");
    p.line("<p><strong>" + esc(answerText(root.get("answer"), machines) + designOf(root, kField)) + "</strong></p>");
    p.line("<p>" + esc("Each decision is right with probability at least " + percent(confidence) + "; the answer"
        + " rests on two (k meets, k − 1 fails), so it is right with probability at least "
        + percent(2 * confidence - 1) + " if a larger design is never worse (docs/sizing.md).") + "</p>");
    for (JsonNode c : root.path("monotonicityContradictions")) {
      p.line("<p><strong>Warning:</strong> " + esc(c.asText()) + "</p>");
    }
    p.line("</section>");
    List<SizingChart.Design> designs = new ArrayList<>();
    for (JsonNode d : root.get("designs")) {
      designs.add(new SizingChart.Design(d.path(kField).asInt(), number(d, "mean"), number(d, "lowerBound"),
          number(d, "upperBound"), d.path("decision").asText()));
    }
    p.line("<section>");
    p.line("<h2>Designs explored</h2>");
    if (designs.isEmpty()) {
      p.line("<p>No design was decided.</p>");
    } else {
      p.figure(SizingChart.create(designs, indicator, target, kLabel), ChartSize.SLIDE, "sizing",
          IndicatorLabels.axisLabel(indicator) + " of each design explored, with the bounds that decided it.");
    }
    table(p, root.get("designs"), kField, machines);
    p.line("</section>");
    p.line("<section class=\"definitions\">");
    p.line("<h2>How to read it</h2>");
    p.line("<p>" + esc("The search tried the designs in the table, not every size: more sites or machines are"
        + " assumed never to make the indicator worse, so once a size meets the target no larger one is tried,"
        + " and once a size fails no smaller one is. A design meets when the lower bound is at or above the"
        + " target, fails when the upper bound is below it, and otherwise gets more replications up to the cap,"
        + " after which it is undecided. Frontier: no other explored design is both cheaper per delivered unit"
        + " and at least as good on the indicator.") + "</p>");
    p.line("<p class=\"note\">Re-render this page from sizing.json, without simulating: <code>dmsim report DIR</code>."
        + " Guide: docs/sizing.md.</p>");
    p.line("</section>");
    return p;
  }

  private static void table(Page p, JsonNode designs, String kField, boolean machines) {
    p.line("<table class=\"kpis\">");
    p.line("<thead><tr><th>" + (machines ? "machines per group" : "sites kept") + "</th><th>producing sites</th>"
        + "<th>machines</th><th>replications</th><th>mean</th><th>lower bound</th><th>upper bound</th>"
        + "<th>cost per delivered unit (EUR)</th><th>decision</th><th>frontier</th></tr></thead>");
    p.line("<tbody>");
    for (JsonNode d : designs) {
      p.line("<tr><th>" + d.path(kField).asInt() + "</th><td>" + d.path("producingSites").asInt() + "</td><td>"
          + d.path("machines").asInt() + "</td><td>" + d.path("replications").asInt() + "</td><td>"
          + esc(Figures.significant(number(d, "mean"), 4)) + "</td><td>"
          + esc(Figures.significant(number(d, "lowerBound"), 4)) + "</td><td>"
          + esc(Figures.significant(number(d, "upperBound"), 4)) + "</td><td>"
          + esc(Figures.significant(number(d, "costPerDeliveredUnitEur"), 4)) + "</td><td>"
          + esc(d.path("decision").asText()) + "</td><td>" + (d.path("frontier").asBoolean() ? "yes" : "") + "</td></tr>");
    }
    p.line("</tbody>");
    p.line("</table>");
  }

  private static String answerText(JsonNode answer, boolean machines) {
    String text = answer.path("text").asText();
    return switch (answer.path("kind").asText()) {
      case "found" -> (machines ? "Machines per group: " : "Candidate sites kept: ") + text;
      case "none" -> "No size tried meets the target: " + text;
      default -> text.isEmpty() ? "No answer" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    };
  }

  /** " (21 producing sites, 58 machines)" for the design of the answer found; empty otherwise. */
  private static String designOf(JsonNode root, String kField) {
    JsonNode answer = root.get("answer");
    if (!answer.path("kind").asText().equals("found")) {
      return "";
    }
    for (JsonNode d : root.get("designs")) {
      if (d.path(kField).asInt() == answer.path("low").asInt()) {
        return " (" + d.path("producingSites").asInt() + " producing sites, " + d.path("machines").asInt()
            + " machines)";
      }
    }
    return "";
  }

  private static double number(JsonNode d, String field) {
    JsonNode n = d.get(field);
    return n == null || n.isNull() ? Double.NaN : n.asDouble();
  }

  /** {@code share} as a percentage to a tenth, without a trailing ".0" (0.95 → "95 %", 0.975 → "97.5 %"). */
  static String percent(double share) {
    long tenths = Math.round(share * 1000);
    return (tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + Math.abs(tenths % 10)) + " %";
  }

  private static String esc(String s) {
    return HtmlText.escape(s);
  }
}
