package org.dmsim.reports.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmsim.model.stats.Interval;
import org.dmsim.reports.chart.ChartSize;
import org.dmsim.reports.chart.DisruptionWindow;
import org.dmsim.reports.chart.IndicatorComparison;
import org.dmsim.reports.chart.IndicatorComparisonChart;
import org.dmsim.reports.chart.PerformanceCurveChart;
import org.dmsim.reports.chart.ReplicatedDaily;
import org.dmsim.reports.chart.VariantInterval;
import org.dmsim.reports.chart.VariantPalette;
import org.jfree.chart.JFreeChart;

/**
 * {@code report.html} of an experiment: one self-contained page — what was run, the answer first
 * ({@link CaseAnswer}), a map of each variant's network when the folder has one ({@link NetworkMapSection}),
 * per case the performance curve, the indicator charts and the charts of {@link DetailCharts} (resilience
 * triangles, lead-time distribution, utilization) as inline SVG, the KPI tables with intervals and paired
 * differences, the disruptions applied (targets as resolved per variant, {@link AppliedDisruptions}), and
 * what the measures mean.
 * Inline CSS with a print stylesheet, no script, nothing fetched; every text from the results is
 * escaped. The page depends only on the results, so re-rendering a folder gives the same bytes.
 */
public final class HtmlReport {
  /** The report's file name in a results folder. */
  public static final String FILE = "report.html";

  /**
   * The indicators drawn in the comparison charts, when the experiment has them, one pair of charts per
   * group (seven panels side by side leave no room for their axis labels): service and cost, then the
   * fill rate during and after disruptions (defined only in a case with disruptions).
   */
  static final List<List<String>> CHARTED = List.of(List.of("on_time_fill_rate", "lost_sales_units",
      "lead_time_p95_h", "cost_per_delivered_unit_eur", "transport_co2e_per_unit_kg"),
      List.of("fill_during_disruption", "fill_after_disruption"));

  private static final ChartSize CHART = ChartSize.SLIDE;

  private HtmlReport() {}

  /**
   * Reads the experiment results in {@code dir} (with its stock chains, when it has {@code echelons.csv}) and
   * writes {@code dir/report.html}, and every chart of it
   * as SVG and PNG into {@code dir/charts}; returns the page's file.
   */
  public static Path write(Path dir) throws IOException {
    Page page = page(ResultsFolder.read(dir), StockChains.read(dir));
    Path file = dir.resolve(FILE);
    Files.writeString(file, page.end(), StandardCharsets.UTF_8);
    page.writeCharts(dir);
    return file;
  }

  /** The page of {@code r}. */
  public static String render(ExperimentResults r) {
    return page(r, StockChains.NONE).end();
  }

  private static Page page(ExperimentResults r, StockChains chains) {
    ExperimentResults.RunInfo run = r.run();
    Page p = Page.start("dmsim report — " + run.experiment());
    p.line("<header>");
    p.line("<h1>" + esc(run.experiment()) + "</h1>");
    if (!run.description().isEmpty()) {
      p.line("<p class=\"description\">" + esc(run.description()) + "</p>");
    }
    p.line("<p class=\"what\">" + esc(whatWasRun(r)) + "</p>");
    if (!run.isComplete()) {
      p.line("<p class=\"status " + esc(run.status()) + "\"><strong>" + esc(statusHeadline(run)) + "</strong> "
          + esc(run.message()) + "</p>");
    }
    p.line("</header>");
    answer(p, r);
    NetworkMapSection.add(p, r);
    for (int i = 0; i < r.cases().size(); i++) {
      caseSection(p, r, r.cases().get(i), i);
    }
    StockChainSection.add(p, chains);
    runDetails(p, r);
    definitions(p, r);
    return p;
  }

  private static String whatWasRun(ExperimentResults r) {
    ExperimentResults.RunInfo run = r.run();
    return count(r.cases().size(), "case") + " × " + count(r.variants().size(), "variant") + " × "
        + count(run.replications(), "replication") + ", seed " + run.seed() + ", engine " + run.engine()
        + ". Variants: " + String.join(", ", r.variants()) + (r.variants().size() < 2 ? "" : " (differences are taken"
        + " against " + r.variants().get(0) + ")") + ". Cases: "
        + String.join(", ", r.cases().stream().map(ExperimentResults.CaseResults::name).toList()) + ".";
  }

  private static String statusHeadline(ExperimentResults.RunInfo run) {
    String what = run.status().equals("partial") ? "Partial results:" : run.status().equals("failed")
        ? "The experiment failed:" : "Status " + run.status() + ":";
    return what + " " + run.runsFinished() + " of " + run.runsPlanned()
        + " runs finished; everything below is computed from those runs only.";
  }

  private static void answer(Page p, ExperimentResults r) {
    p.line("<section class=\"answer\">");
    p.line("<h2>The answer</h2>");
    if (r.variants().size() < 2) {
      p.line("<p>One network only: nothing to compare. Its indicators, with their " + percent(r.confidence())
          + " intervals over the replications, are in the table below.</p>");
    }
    List<String> verdicts = CaseAnswer.verdicts(r);
    if (!verdicts.isEmpty()) {
      p.line("<ul class=\"verdict\">");
      verdicts.forEach(s -> p.line("<li><strong>" + esc(s) + "</strong></li>"));
      p.line("</ul>");
    }
    for (ExperimentResults.CaseResults c : r.cases()) {
      List<String> sentences = CaseAnswer.sentences(r, c);
      if (r.variants().size() < 2) {
        break;
      }
      p.line("<h3>Case " + esc(c.name()) + "</h3>");
      if (sentences.isEmpty()) {
        p.line("<p>No on-time fill rate or cost per delivered unit was defined in this case.</p>");
      } else {
        p.line("<ul>");
        sentences.forEach(s -> p.line("<li>" + esc(s) + "</li>"));
        p.line("</ul>");
      }
    }
    p.line("</section>");
  }

  private static void caseSection(Page p, ExperimentResults r, ExperimentResults.CaseResults c, int index) {
    VariantPalette palette = new VariantPalette(r.variants());
    p.line("<section class=\"case\">");
    p.line("<h2>Case " + esc(c.name()) + "</h2>");
    List<ReplicatedDaily> daily = new ArrayList<>();
    for (String v : r.variants()) {
      daily.add(new ReplicatedDaily(v, c.daily().getOrDefault(v, List.of())));
    }
    List<DisruptionWindow> windows = AppliedDisruptions.windows(c.disruptions(), r.variants());
    chart(p, PerformanceCurveChart.onTimeShare(c.name(), daily, windows, palette, r.confidence()),
        "c" + index + "-curve", "Daily on-time share of units due per variant: the mean over replications and its "
            + percent(r.confidence()) + " band; shaded: the disruptions applied.");
    for (int g = 0; g < CHARTED.size(); g++) {
      IndicatorComparison comparison = comparison(r, c, CHARTED.get(g));
      String group = g == 0 ? "" : "-" + g;
      if (!comparison.indicators().isEmpty()) {
        chart(p, IndicatorComparisonChart.estimates(comparison, palette), "c" + index + "-estimates" + group,
            "Each variant's mean with its " + percent(r.confidence()) + " interval.");
        if (r.variants().size() > 1) {
          chart(p, IndicatorComparisonChart.differences(comparison, palette), "c" + index + "-differences" + group,
              "Paired differences against " + r.variants().get(0) + "; filled and marked where the interval "
                  + "excludes zero.");
        }
      }
    }
    DetailCharts.of(r, c, palette).forEach(f -> chart(p, f.chart(), "c" + index + "-" + f.id(), f.caption()));
    kpiTable(p, r, c);
    StationTable.write(p, c.detail().stations());
    disruptionTable(p, r, c);
    p.line("</section>");
  }

  private static IndicatorComparison comparison(ExperimentResults r, ExperimentResults.CaseResults c,
      List<String> charted) {
    List<IndicatorComparison.Indicator> indicators = new ArrayList<>();
    String baseline = r.variants().isEmpty() ? "" : r.variants().get(0);
    for (String k : charted) {
      if (!r.indicators().contains(k)) {
        continue;
      }
      List<VariantInterval> estimates = new ArrayList<>();
      List<VariantInterval> differences = new ArrayList<>();
      for (String v : r.variants()) {
        c.estimate(v, k).filter(i -> !Double.isNaN(i.mean())).ifPresent(i -> estimates.add(new VariantInterval(v, i)));
        if (!v.equals(baseline)) {
          c.difference(v, k).filter(i -> !Double.isNaN(i.mean()))
              .ifPresent(i -> differences.add(new VariantInterval(v, i)));
        }
      }
      if (!estimates.isEmpty()) {
        indicators.add(new IndicatorComparison.Indicator(k, estimates, differences));
      }
    }
    return new IndicatorComparison(c.name(), baseline, indicators);
  }

  private static void chart(Page p, JFreeChart chart, String id, String caption) {
    p.figure(chart, CHART, id, caption);
  }

  private static void kpiTable(Page p, ExperimentResults r, ExperimentResults.CaseResults c) {
    String baseline = r.variants().isEmpty() ? "" : r.variants().get(0);
    List<String> later = r.variants().size() > 1 ? r.variants().subList(1, r.variants().size()) : List.of();
    p.line("<h3>Indicators</h3>");
    p.line("<table class=\"kpis\">");
    StringBuilder head = new StringBuilder("<thead><tr><th>indicator</th>");
    r.variants().forEach(v -> head.append("<th>").append(esc(v)).append("<br/><span class=\"unit\">mean ± half-width"
        + "</span></th>"));
    later.forEach(v -> head.append("<th>").append(esc(v + " − " + baseline)).append(
        "<br/><span class=\"unit\">paired difference [interval]</span></th>"));
    p.line(head.append("</tr></thead>").toString());
    p.line("<tbody>");
    for (String k : r.indicators()) {
      StringBuilder row = new StringBuilder("<tr><th>").append(esc(k)).append("</th>");
      for (String v : r.variants()) {
        row.append("<td>").append(esc(c.estimate(v, k).map(HtmlReport::estimate).orElse(Figures.UNDEFINED)))
            .append("</td>");
      }
      for (String v : later) {
        Optional<Interval> d = c.difference(v, k);
        boolean excludes = d.filter(i -> i.lower() > 0 || i.upper() < 0).isPresent();
        row.append(excludes ? "<td class=\"excludes\">" : "<td>")
            .append(esc(d.map(HtmlReport::difference).orElse(Figures.UNDEFINED))).append("</td>");
      }
      p.line(row.append("</tr>").toString());
    }
    p.line("</tbody>");
    p.line("</table>");
    if (!later.isEmpty()) {
      p.line("<p class=\"note\">Bold: the paired " + percent(r.confidence())
          + " interval of the difference excludes zero. " + Figures.UNDEFINED + ": undefined.</p>");
    }
  }

  private static String estimate(Interval i) {
    return Double.isNaN(i.halfWidth()) ? Figures.significant(i.mean(), 4) + " (n = " + i.n() + ")"
        : Figures.significant(i.mean(), 4) + " ± " + Figures.significant(i.halfWidth(), 3);
  }

  private static String difference(Interval i) {
    return Double.isNaN(i.halfWidth()) ? Figures.significant(i.mean(), 3) + " (n = " + i.n() + ")"
        : Figures.significant(i.mean(), 3) + " [" + Figures.significant(i.lower(), 3) + ", "
            + Figures.significant(i.upper(), 3) + "]";
  }

  private static void disruptionTable(Page p, ExperimentResults r, ExperimentResults.CaseResults c) {
    p.line("<h3>Disruptions applied</h3>");
    if (c.disruptions().isEmpty()) {
      p.line("<p>None.</p>");
      return;
    }
    Map<String, List<Integer>> replications = new LinkedHashMap<>();
    Map<String, AppliedDisruptions.Instance> first = new LinkedHashMap<>();
    AppliedDisruptions.instances(c.disruptions(), r.variants()).stream().sorted(java.util.Comparator
        .comparingDouble((AppliedDisruptions.Instance d) -> d.window().startDay())
        .thenComparingDouble(d -> d.window().endDay()).thenComparing(d -> d.window().type())
        .thenComparing(d -> d.window().target()).thenComparingDouble(AppliedDisruptions.Instance::severity)
        .thenComparingInt(AppliedDisruptions.Instance::replication)).forEach(d -> {
          String key = d.window().type() + "\u0000" + d.window().target() + "\u0000" + d.severity() + "\u0000"
              + d.window().startDay() + "\u0000" + d.window().endDay();
          first.putIfAbsent(key, d);
          replications.computeIfAbsent(key, x -> new ArrayList<>()).add(d.replication());
        });
    p.line("<table class=\"disruptions\">");
    p.line("<thead><tr><th>type</th><th>target (per variant where they differ)</th><th>severity</th><th>from day</th>"
        + "<th>to day</th><th>replications</th></tr></thead>");
    p.line("<tbody>");
    first.forEach((key, d) -> p.line("<tr><td>" + esc(d.window().type()) + "</td><td>" + esc(d.window().target())
        + "</td><td>" + Figures.significant(d.severity(), 3) + "</td><td>" + Figures.significant(d.window().startDay(), 4)
        + "</td><td>" + Figures.significant(d.window().endDay(), 4) + "</td><td>" + replications.get(key).size()
        + " of " + r.run().replications() + "</td></tr>"));
    p.line("</tbody>");
    p.line("</table>");
    if (first.values().stream().anyMatch(d -> d.window().target().startsWith("@"))) {
      p.line("<p class=\"note\">A target starting with @ (such as @largest) stands for a different site per variant;"
          + " this results folder was written before targets were resolved per variant, so it records the rule.</p>");
    }
  }

  private static void runDetails(Page p, ExperimentResults r) {
    ExperimentResults.RunInfo run = r.run();
    p.line("<section class=\"run\">");
    p.line("<h2>What was run</h2>");
    p.line("<table class=\"manifest\">");
    p.line("<tbody>");
    boolean scenarioRun = r.cases().size() == 1 && r.cases().get(0).name().equals(ScenarioRunFolder.CASE);
    row(p, scenarioRun ? "scenario" : "experiment", run.experiment());
    row(p, "file", run.source());
    row(p, "variants", String.join(", ", r.variants()));
    row(p, "cases", String.join(", ", r.cases().stream().map(ExperimentResults.CaseResults::name).toList()));
    row(p, "replications", String.valueOf(run.replications()));
    row(p, "seed", String.valueOf(run.seed()));
    row(p, "engine", run.engine() + (run.threads() > 0 ? ", " + count(run.threads(), "thread") : ""));
    row(p, "status", run.status() + ": " + run.runsFinished() + " of " + run.runsPlanned() + " runs finished"
        + (run.message().isEmpty() ? "" : " — " + run.message()));
    if (!Double.isNaN(run.wallSeconds())) {
      row(p, "wall time", Figures.significant(run.wallSeconds(), 3) + " s");
    }
    row(p, "dmsim", run.dmsimVersion());
    p.line("</tbody>");
    p.line("</table>");
    p.line("<p class=\"note\">Re-render this page from the folder's files, without simulating: "
        + "<code>dmsim report DIR</code>.</p>");
    p.line("</section>");
  }

  private static void row(Page p, String name, String value) {
    p.line("<tr><th>" + esc(name) + "</th><td>" + esc(value) + "</td></tr>");
  }

  private static void definitions(Page p, ExperimentResults r) {
    p.line("<section class=\"definitions\">");
    p.line("<h2>What the measures mean</h2>");
    p.line("<dl>");
    MeasureDefinitions.ALL.forEach((name, meaning) -> {
      if (!name.contains("_") || r.indicators().contains(name)) {
        p.line("<dt>" + esc(name) + "</dt><dd>" + esc(meaning) + "</dd>");
      }
    });
    p.line("</dl>");
    p.line("</section>");
  }

  private static String percent(double confidence) {
    return Figures.significant(confidence * 100, 3) + " %";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String esc(String s) {
    return HtmlText.escape(s);
  }
}
