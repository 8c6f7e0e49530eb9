package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.ExperimentStats;
import org.dmsim.model.result.RunResult;
import org.junit.jupiter.api.Test;

/** The terminal comparison of an experiment case, on hand-made runs whose intervals are worked out by hand. */
class ComparisonTableTest {
  private static final List<String> VARIANTS = List.of("centralized", "distributed");

  /** Per variant, per indicator, one value per replication (three replications). */
  private static String table(Map<String, Map<String, double[]>> values) {
    List<ExperimentRun> runs = new ArrayList<>();
    for (String v : VARIANTS) {
      for (int rep = 0; rep < 3; rep++) {
        Map<String, Double> kpis = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : values.get(v).entrySet()) {
          kpis.put(e.getKey(), e.getValue()[rep]);
        }
        runs.add(new ExperimentRun("flood", v, rep, List.of(), new RunResult("m", 1, rep, 10, List.of()), kpis,
            Map.of()));
      }
    }
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      ComparisonTable.print("flood", VARIANTS, new ExperimentStats(runs, 0.95), out);
    }
    return text.toString();
  }

  private static String row(String table, String indicator) {
    return table.lines().filter(l -> l.startsWith("  " + indicator + " ")).findFirst().orElseThrow();
  }

  private static Map<String, Map<String, double[]>> sample() {
    Map<String, double[]> c = new LinkedHashMap<>();
    Map<String, double[]> d = new LinkedHashMap<>();
    // +0.05 in every replication: an interval of width ~0 above zero.
    c.put("on_time_fill_rate", new double[] {0.90, 0.91, 0.92});
    d.put("on_time_fill_rate", new double[] {0.95, 0.96, 0.97});
    // Differences −0.00003, +0.00001, −0.00001: mean −0.00001, which rounds to zero at four decimals.
    c.put("max_drop", new double[] {0.2, 0.2, 0.2});
    d.put("max_drop", new double[] {0.19997, 0.20001, 0.19999});
    // 0, 0, 30: mean 10, s = √300, half-width t(2, 0.975) · √300 / √3 = 4.3027 · 10 = 43.03 → crosses zero.
    c.put("lost_sales_units", new double[] {0, 0, 30});
    d.put("lost_sales_units", new double[] {0, 0, 0});
    // Every centralized recovery censored at 80 days; the distributed one recovers in 10, 12, 14 days.
    c.put("time_to_recover_d", new double[] {80, 80, 80});
    c.put("censored_recoveries", new double[] {1, 1, 1});
    d.put("time_to_recover_d", new double[] {10, 12, 14});
    d.put("censored_recoveries", new double[] {0, 0, 0});
    return Map.of("centralized", c, "distributed", d);
  }

  @Test
  void print_differenceWhoseIntervalExcludesZero_isMarkedAndExplained() {
    String t = table(sample());

    assertThat(row(t, "on_time_fill_rate")).endsWith("+0.0500 ± 0.0000 *");
    assertThat(t).contains("  * the paired difference's 95 % interval excludes 0 (significant)");
    assertThat(row(t, "lost_sales_units")).as("includes 0: not marked").doesNotContain("*");
  }

  @Test
  void print_valueRoundingToZero_hasNoMinusSign() {
    String t = table(sample());

    assertThat(t).doesNotContain("-0.0000").doesNotContain("-0.00 ").doesNotContain("−0.0");
    assertThat(row(t, "max_drop")).contains("+0.0000 ± ");
  }

  @Test
  void print_countIntervalCrossingZero_isShownAsComputedWithItsReplications() {
    String t = table(sample());

    assertThat(row(t, "lost_sales_units")).contains("10.00 ± 43.03 n=3").contains("-10.00 ± 43.03");
    assertThat(t).contains("  n=… the 95 % interval reaches below 0 and is shown as computed, from n replications");
  }

  @Test
  void print_censoredRecoveries_areALowerBoundWithTheirCount() {
    String t = table(sample());

    assertThat(row(t, "time_to_recover_d")).contains("≥ 80.00 d (censored 3/3)").contains("12.00 ± 4.97")
        .contains("censored").doesNotContain("-68");
    assertThat(t).contains("  ≥ … (censored k/n) k of n replications had not recovered");
  }

  @Test
  void print_withoutMarks_printsNoLegend() {
    Map<String, double[]> c = new LinkedHashMap<>();
    Map<String, double[]> d = new LinkedHashMap<>();
    c.put("otif", new double[] {0.8, 0.9, 0.85});
    d.put("otif", new double[] {0.9, 0.8, 0.85});
    c.put("time_to_recover_d", new double[] {5, 6, 7});
    c.put("censored_recoveries", new double[] {0, 0, 0});
    d.put("time_to_recover_d", new double[] {5, 6, 8});
    d.put("censored_recoveries", new double[] {0, 0, 0});
    String t = table(Map.of("centralized", c, "distributed", d));

    assertThat(row(t, "time_to_recover_d")).contains("6.00 ± 2.48").doesNotContain("≥").doesNotContain("*");
    assertThat(t).doesNotContain("  * the").doesNotContain("n=").doesNotContain("censored");
    assertThat(t.lines().filter(l -> l.startsWith("  ")).count()).as("two rows, nothing else").isEqualTo(2);
  }
}
