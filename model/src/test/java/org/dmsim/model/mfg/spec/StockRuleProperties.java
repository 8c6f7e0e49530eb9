package org.dmsim.model.mfg.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * What each policy promises of the quantity it orders, for any inventory position, including
 * positions right at the reorder point, just above it and deep in backorder.
 */
class StockRuleProperties {

  @Test
  void nothingIsOrderedAboveTheReorderPoint() {
    qt().forAll(rules(), offsets()).checkAssert((rule, offset) -> {
      long position = rule.reorderPoint() + 1 + Math.abs(offset);
      assertThat(rule.orderQuantity(position)).isZero();
    });
  }

  @Test
  void sSOrdersUpToBigSAtOrBelowS() {
    qt().forAll(sizes(), sizes(), offsets()).checkAssert((s, gap, offset) -> {
      StockRule rule = StockRule.sS("kit", s, s + 1 + gap, 0);
      long position = s - Math.abs(offset);
      assertThat(position + rule.orderQuantity(position)).isEqualTo(rule.orderUpTo());
    });
  }

  @Test
  void rQOrdersTheFewestWholeLotsThatBringThePositionAboveR() {
    qt().forAll(sizes(), sizes(), offsets()).checkAssert((r, lotMinusOne, offset) -> {
      long q = lotMinusOne + 1;
      StockRule rule = StockRule.rQ("kit", r, q, 0);
      long position = r - Math.abs(offset);
      long ordered = rule.orderQuantity(position);
      assertThat(ordered % q).isZero();
      assertThat(ordered).isPositive();
      assertThat(position + ordered).isGreaterThan(r);
      assertThat(position + ordered - q).isLessThanOrEqualTo(r);
    });
  }

  @Test
  void baseStockRestoresTheLevelAfterEveryDemand() {
    qt().forAll(sizes(), offsets()).checkAssert((levelMinusOne, offset) -> {
      long level = levelMinusOne + 1;
      StockRule rule = StockRule.baseStock("kit", level, level);
      long position = level - 1 - Math.abs(offset);
      assertThat(position + rule.orderQuantity(position)).isEqualTo(level);
    });
  }

  @Test
  void theOrderNeverLeavesThePositionAtOrBelowTheReorderPoint() {
    qt().forAll(rules(), longs().between(-10_000, 10_000)).checkAssert((rule, position) -> {
      long after = position + rule.orderQuantity(position);
      assertThat(after).isGreaterThanOrEqualTo(position);
      assertThat(after > rule.reorderPoint() || position > rule.reorderPoint()).isTrue();
    });
  }

  private static Gen<StockRule> rules() {
    Gen<StockRule> sS = sizes().zip(sizes(), (s, gap) -> StockRule.sS("kit", s, s + 1 + gap, 0));
    Gen<StockRule> rQ = sizes().zip(sizes(), (r, q) -> StockRule.rQ("kit", r, q + 1, 0));
    Gen<StockRule> base = sizes().map(l -> StockRule.baseStock("kit", l + 1, 0));
    return sS.mix(rQ).mix(base, 33);
  }

  /** Non-negative sizes biased to 0 and 1. */
  private static Gen<Long> sizes() {
    return longs().between(0, 1_000).mix(Generate.pick(List.of(0L, 1L)), 30);
  }

  /** Distances from a boundary, biased to 0 and 1. */
  private static Gen<Long> offsets() {
    return longs().between(0, 5_000).mix(Generate.pick(List.of(0L, 1L)), 30);
  }
}
