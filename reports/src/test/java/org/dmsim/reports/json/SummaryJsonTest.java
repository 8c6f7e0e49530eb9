package org.dmsim.reports.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmsim.model.result.Completion;
import org.dmsim.model.result.ExperimentSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryJsonTest {

  private static ExperimentSummary summary() {
    Map<String, Double> a = new LinkedHashMap<>();
    a.put("orders", 10.0);
    a.put("on_time_fill_rate", 0.5);
    Map<String, Double> b = new LinkedHashMap<>();
    b.put("orders", 20.0);
    b.put("on_time_fill_rate", Double.NaN);
    return new ExperimentSummary("tiny \"x\"", "lib/tiny.yaml", 42, "sequential",
        List.of(new ExperimentSummary.Replication(0, 100, "aa", a), new ExperimentSummary.Replication(1, 200, "bb", b)),
        "dd");
  }

  @Test
  void toJson_summary_writesFieldsInOrderWithMeansAndEscapes() {
    String json = SummaryJson.toJson(summary());
    assertThat(json).startsWith("{\n  \"scenario\": \"tiny \\\"x\\\"\",\n  \"source\": \"lib/tiny.yaml\",\n  \"seed\": 42,");
    assertThat(json).contains("\"mean\": {\n    \"orders\": 15,\n    \"on_time_fill_rate\": 0.5\n  }");
    assertThat(json).contains("\"on_time_fill_rate\": null");
    assertThat(json).contains("\"replication\": 1,\n      \"events\": 200,\n      \"digest\": \"bb\"");
    assertThat(json).endsWith("}\n");
  }

  @Test
  void write_sameSummaryTwice_writesIdenticalBytes(@TempDir Path dir) throws Exception {
    Path first = SummaryJson.write(summary(), dir.resolve("a"));
    Path second = SummaryJson.write(summary(), dir.resolve("b"));
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
  }

  @Test
  void toJson_numbers_areShortestExactDecimals() {
    Map<String, Double> k = new LinkedHashMap<>();
    k.put("cost_eur", 1016172.3);
    k.put("share", 0.1 + 0.2);
    k.put("infinite", Double.POSITIVE_INFINITY);
    String json = SummaryJson.toJson(new ExperimentSummary("s", "s.yaml", 1, "sequential",
        List.of(new ExperimentSummary.Replication(0, 1, "aa", k)), "dd"));
    assertThat(json).contains("\"cost_eur\": 1016172.3,", "\"share\": 0.30000000000000004,", "\"infinite\": null");
  }

  @Test
  void toJson_emptyList_isValidJson() {
    String json = SummaryJson.toJson(new ExperimentSummary("s", "s.yaml", 1, "sequential", List.of(), "dd"));
    assertThat(json).contains("\"runs\": [").endsWith("}\n");
  }

  @Test
  void toJson_withOverrides_recordsThemAfterTheSource() {
    String json = SummaryJson.toJson(summary(), List.of("platform.allocation=least-loaded", "seed=3"));
    assertThat(json).contains("\"source\": \"lib/tiny.yaml\",\n  \"overrides\": [\n    "
        + "\"platform.allocation=least-loaded\",\n    \"seed=3\"\n  ],");
    assertThat(SummaryJson.toJson(summary())).doesNotContain("overrides");
  }
  @Test
  void toJson_complete_saysCompleteAndCarriesTheDigest() {
    String json = SummaryJson.toJson(summary());
    assertThat(json).contains("\"replications\": 2,\n  \"status\": \"complete\",\n  \"replications_planned\": 2,\n"
        + "  \"digest\": \"dd\"").doesNotContain("\"message\"");
  }

  @Test
  void toJson_failed_saysFailedWithTheMessageAndNoOverallDigest() {
    String json = SummaryJson.toJson(summary(), List.of(),
        Completion.failed(2, 5, "replication 2 failed: boom"));
    assertThat(json).contains("\"status\": \"failed\"", "\"replications_planned\": 5",
        "\"message\": \"replication 2 failed: boom\"").doesNotContain("\"digest\": \"dd\"");
    assertThat(json).as("each kept run keeps its own digest").contains("\"digest\": \"aa\"", "\"digest\": \"bb\"");
  }

  @Test
  void toJson_partial_saysPartial() {
    String json = SummaryJson.toJson(summary(), List.of(), Completion.partial(2, 10, "interrupted: 2 of 10 runs finished"));
    assertThat(json).contains("\"status\": \"partial\"", "\"replications_planned\": 10")
        .doesNotContain("\"digest\": \"dd\"");
  }
}
