package org.dmsim.scenarios.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of run descriptions over generated documents, overrides, seeds and replications. */
class RunDescriptionProperties {
  private static final List<String> PATHS = List.of("a.yaml", "eu-spare-parts-market.yaml", "parts/m.yaml",
      "x y/ü.yaml", "z.yaml");

  /** Text as files hold it: any code point but a lone surrogate, biased to empty and to YAML's own characters. */
  private static final Gen<String> TEXT = strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 40)
      .mix(strings().betweenCodePoints(0x1F600, 0x1F64F).ofLengthBetween(0, 3), 10)
      .mix(strings().betweenCodePoints('\t', '~').ofLengthBetween(0, 60), 40);

  private static final Gen<List<RunDescription.SourceText>> DOCUMENTS =
      lists().of(booleans().all()).ofSize(PATHS.size()).zip(lists().of(TEXT).ofSize(PATHS.size()), (take, texts) -> {
        List<RunDescription.SourceText> docs = new ArrayList<>();
        for (int i = 0; i < PATHS.size(); i++) {
          if (take.get(i) || (i == PATHS.size() - 1 && docs.isEmpty())) {
            docs.add(new RunDescription.SourceText(PATHS.get(i), texts.get(i)));
          }
        }
        return docs;
      });

  private static final Gen<RunDescription> DESCRIPTIONS = DOCUMENTS
      .zip(lists().of(TEXT).ofSizeBetween(0, 3), longs().all(), integers().between(0, Integer.MAX_VALUE),
          (docs, overrides, seed, replication) -> RunDescription.of(docs.get(docs.size() - 1).path(), docs, overrides,
              seed, replication, 0))
      .zip(longs().between(0, Long.MAX_VALUE), (d, warmup) -> d.withWarmup(warmup % 3 == 0 ? 0 : warmup));

  @Test
  void jsonRoundTripIsIdentity() {
    qt().forAll(DESCRIPTIONS).checkAssert(d -> {
      RunDescription back = RunDescription.fromJson(d.toJson());
      assertThat(back).isEqualTo(d);
      assertThat(back.toJson()).isEqualTo(d.toJson());
    });
  }

  @Test
  void contentHashDependsOnTheDocumentsOnly() {
    qt().forAll(DESCRIPTIONS, longs().all()).checkAssert((d, seed) -> {
      assertThat(d.forRun(seed, 0).with("a=b").contentHash()).isEqualTo(d.contentHash());
      List<RunDescription.SourceText> reversed = new ArrayList<>(d.documents());
      java.util.Collections.reverse(reversed);
      assertThat(RunDescription.hashOf(reversed)).isEqualTo(d.contentHash());
    });
  }

  @Test
  void editingOneDocumentChangesTheHash() {
    qt().forAll(DESCRIPTIONS, TEXT).checkAssert((d, more) -> {
      List<RunDescription.SourceText> edited = new ArrayList<>(d.documents());
      RunDescription.SourceText first = edited.get(0);
      edited.set(0, new RunDescription.SourceText(first.path(), first.text() + "\n" + more));
      assertThat(RunDescription.hashOf(edited)).isNotEqualTo(d.contentHash());
    });
  }
}
