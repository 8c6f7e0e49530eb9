package org.dmsim.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Merging binned sums equals adding every amount to one set, whichever is longer and whatever the
 * order. Amounts are small integers (including zero) so that sums are exact in any order.
 */
class BinnedSumsProperties {

  @Test
  void mergingEqualsAddingEverythingToOne() {
    qt().forAll(records(), records()).checkAssert((as, bs) -> {
      BinnedSums merged = of(as);
      BinnedSums other = of(bs);
      merged.merge(other.sums(), other.records());
      List<int[]> all = new ArrayList<>(as);
      all.addAll(bs);
      BinnedSums sequential = of(all);
      assertThat(merged.records()).isEqualTo(sequential.records());
      assertThat(merged.sums()).containsExactly(sequential.sums());
    });
  }

  @Test
  void mergeIsCommutative() {
    qt().forAll(records(), records()).checkAssert((as, bs) -> {
      BinnedSums ab = of(as);
      BinnedSums b = of(bs);
      ab.merge(b.sums(), b.records());
      BinnedSums ba = of(bs);
      BinnedSums a = of(as);
      ba.merge(a.sums(), a.records());
      assertThat(ab.sums()).containsExactly(ba.sums());
      assertThat(ab.records()).isEqualTo(ba.records());
    });
  }

  @Test
  void sumsTotalTheAmountsAndEndAtTheLastBinUsed() {
    qt().forAll(records()).checkAssert(rs -> {
      BinnedSums b = of(rs);
      double total = 0;
      int last = -1;
      for (int[] r : rs) {
        total += r[1];
        last = Math.max(last, r[0]);
      }
      double sum = 0;
      for (double s : b.sums()) {
        sum += s;
      }
      assertThat(sum).isEqualTo(total);
      assertThat(b.sums()).hasSize(last + 1);
      assertThat(b.records()).isEqualTo(rs.size());
    });
  }

  /** Records {bin, amount}: bins biased to 0 and to the edge of the initial capacity, amounts to 0. */
  private static Gen<List<int[]>> records() {
    Gen<Integer> bins = integers().between(0, 40).mix(Generate.pick(List.of(0, 7, 8, 100)), 30);
    Gen<Integer> amounts = integers().between(-50, 50).mix(Generate.constant(0), 30);
    return lists().of(bins.zip(amounts, (bin, amount) -> new int[] {bin, amount})).ofSizeBetween(0, 30);
  }

  private static BinnedSums of(List<int[]> records) {
    BinnedSums b = new BinnedSums();
    for (int[] r : records) {
      b.add(r[0], r[1]);
    }
    return b;
  }
}
