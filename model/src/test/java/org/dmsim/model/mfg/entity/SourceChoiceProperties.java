package org.dmsim.model.mfg.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.mfg.entity.SourceChoice.Mode;
import org.dmsim.model.mfg.spec.SwitchBack;
import org.dmsim.model.mfg.spec.Windows;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SourceChoiceProperties {
  /** Shares near the ends and in between, where rounding bites. */
  private static Gen<Double> shares() {
    return doubles().between(0.001, 0.999).mix(Generate.pick(List.of(0.5, 0.7, 0.001, 0.999, 1.0 / 3)), 30);
  }

  /** Order sizes with many zeros and ones (the edges) and some large ones. */
  private static Gen<List<Integer>> orders() {
    return lists().of(integers().between(0, 1_000_000).mix(integers().between(0, 2), 50)).ofSizeBetween(0, 60);
  }

  @Test
  void splitTotalsMatchTheShareWithinHalfAUnit() {
    qt().forAll(shares(), orders()).checkAssert((share, qs) -> {
      SplitLedger ledger = new SplitLedger(share);
      long total = 0;
      long primary = 0;
      for (int q : qs) {
        long part = ledger.primaryPart(q);
        assertThat(part).isBetween(0L, (long) q);
        total += q;
        primary += part;
        assertThat(primary).isEqualTo(Math.round(share * total));
        assertThat(Math.abs(primary - share * total)).isLessThanOrEqualTo(0.5 + 1e-6);
      }
      assertThat(ledger.total()).isEqualTo(total);
      assertThat(ledger.primaryTotal()).isEqualTo(primary);
    });
  }

  /** Outage windows in whole hours with equal and touching edges likely. */
  private static Gen<Windows> outages() {
    return lists().of(integers().between(0, 40).zip(integers().between(0, 12), (a, b) -> new long[] {a, a + b}))
        .ofSizeBetween(0, 5).map(ws -> {
          List<long[]> ms = new ArrayList<>();
          ws.forEach(w -> ms.add(new long[] {w[0] * 3_600_000L, w[1] * 3_600_000L}));
          return Windows.of(ms);
        });
  }

  @Test
  void ordersNeverGoToASourceKnownOutWhileTheOtherIsUp() {
    qt().forAll(outages(), outages(), longs().between(0, 6).map(h -> h * 3_600_000L), booleans().all())
        .checkAssert((a, b, switchOver, dual) -> {
          for (SwitchBack back : SwitchBack.values()) {
            SourceChoice c = SourceChoice.of(a, b, switchOver, back, 0, dual);
            Windows knownA = SourceChoice.knownOut(a, switchOver, 0);
            Windows knownB = SourceChoice.knownOut(b, switchOver, 0);
            for (long t = 0; t <= 60 * 3_600_000L; t += 1_800_000L) {
              Mode m = c.at(t);
              if (knownA.contains(t) && !knownB.contains(t)) {
                assertThat(m).isEqualTo(Mode.BACKUP);
              }
              if (knownB.contains(t) && !knownA.contains(t)) {
                assertThat(m).isEqualTo(Mode.PRIMARY);
              }
            }
            for (int i = 1; i < c.switches(); i++) {
              assertThat(c.switchAtMs(i)).isGreaterThan(c.switchAtMs(i - 1));
              assertThat(c.switchTo(i)).isNotEqualTo(c.switchTo(i - 1));
            }
          }
        });
  }

  @Test
  void withoutOutagesNothingEverSwitches() {
    qt().forAll(longs().between(0, 1_000_000), booleans().all()).checkAssert((switchOver, dual) ->
        assertThat(SourceChoice.of(Windows.NONE, Windows.NONE, switchOver, SwitchBack.ON_RECOVERY, 0, dual).switches())
            .isZero());
  }
}
