package org.dmsim.scenarios.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of experiment run descriptions over generated names, runs, horizons and disruption texts. */
class ExperimentRunDescriptionProperties {
  /** Any text without lone surrogates, biased to empty, to JSON's and YAML's own characters and to emoji. */
  private static final Gen<String> TEXT = strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 30)
      .mix(strings().betweenCodePoints(0x1F600, 0x1F64F).ofLengthBetween(0, 3), 10)
      .mix(strings().betweenCodePoints('\t', '~').ofLengthBetween(0, 40), 40);

  private static final Gen<RunDescription> RUNS = TEXT.zip(lists().of(TEXT).ofSizeBetween(0, 3), longs().all(),
      integers().between(0, Integer.MAX_VALUE), (text, overrides, seed, replication) -> RunDescription.of("s.yaml",
          List.of(new RunDescription.SourceText("s.yaml", text)), overrides, seed, replication, 0))
      .zip(longs().between(0, Long.MAX_VALUE), (r, warmup) -> r.withWarmup(warmup % 3 == 0 ? 0 : warmup));

  private static final Gen<ExperimentRunDescription> DESCRIPTIONS = TEXT.zip(TEXT, TEXT, RUNS,
      (experiment, caseName, variant, run) -> new Object[] {experiment, caseName, variant, run})
      .zip(longs().between(1, Long.MAX_VALUE), TEXT, (names, horizon, disruptions) -> new ExperimentRunDescription(
          (String) names[0], (String) names[1], (String) names[2], (RunDescription) names[3], horizon, disruptions,
          ExperimentRunDescription.hashOf((String) names[0], (String) names[1], (String) names[2],
              (RunDescription) names[3], horizon, disruptions)));

  @Test
  void jsonRoundTripIsIdentity() {
    qt().forAll(DESCRIPTIONS).checkAssert(d -> {
      ExperimentRunDescription back = ExperimentRunDescription.fromJson(d.toJson());
      assertThat(back).isEqualTo(d);
      assertThat(back.toJson()).isEqualTo(d.toJson());
    });
  }

  @Test
  void changingAnyFieldBreaksTheHash() {
    qt().forAll(DESCRIPTIONS, integers().between(0, 8)).checkAssert((d, field) -> {
      String x = "\u00a7";
      RunDescription r = d.run();
      assertThatThrownBy(() -> new ExperimentRunDescription(
          field == 0 ? d.experiment() + x : d.experiment(),
          field == 1 ? d.caseName() + x : d.caseName(),
          field == 2 ? d.variant() + x : d.variant(),
          switch (field) {
            case 3 -> r.forRun(r.seed() + 1, r.replication());
            case 4 -> r.forRun(r.seed(), r.replication() == 0 ? 1 : r.replication() - 1);
            case 5 -> r.withWarmup(r.warmupMs() == 0 ? 1 : r.warmupMs() - 1);
            case 6 -> r.with("a=b");
            default -> r;
          },
          field == 7 ? (d.horizonMs() == 1 ? 2 : d.horizonMs() - 1) : d.horizonMs(),
          field == 8 ? d.disruptions() + x : d.disruptions(),
          d.contentHash()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match the description");
    });
  }
}
