package org.dmsim.model.mfg.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * What each built-in replenishment rule promises, through the interface, of the quantity it orders, for any inventory position, including
 * positions right at the reorder point, just above it and deep in backorder.
 */
class ReplenishmentRuleProperties {
  /** A rule with the reorder point the properties talk about. */
  private record Rule(ReplenishmentRule rule, long reorderPoint) {
    long orderQuantity(long position) {
      return rule.orderQuantity(ReplenishmentRuleTest.at(position));
    }
  }


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
      Rule rule = new Rule(new SsReplenishment(s, s + 1 + gap), s);
      long position = s - Math.abs(offset);
      assertThat(position + rule.orderQuantity(position)).isEqualTo(s + 1 + gap);
    });
  }

  @Test
  void rQOrdersTheFewestWholeLotsThatBringThePositionAboveR() {
    qt().forAll(sizes(), sizes(), offsets()).checkAssert((r, lotMinusOne, offset) -> {
      long q = lotMinusOne + 1;
      Rule rule = new Rule(new RqReplenishment(r, q), r);
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
      Rule rule = new Rule(new BaseStockReplenishment(level), level - 1);
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

  private static Gen<Rule> rules() {
    Gen<Rule> sS = sizes().zip(sizes(), (s, gap) -> new Rule(new SsReplenishment(s, s + 1 + gap), s));
    Gen<Rule> rQ = sizes().zip(sizes(), (r, q) -> new Rule(new RqReplenishment(r, q + 1), r));
    Gen<Rule> base = sizes().map(l -> new Rule(new BaseStockReplenishment(l + 1), l));
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
