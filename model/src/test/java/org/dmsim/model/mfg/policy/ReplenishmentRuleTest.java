package org.dmsim.model.mfg.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in replenishment rules, made by name through the catalog as a run makes them. */
class ReplenishmentRuleTest {
  private final PolicyCatalog catalog = PolicyCatalog.installed();

  /** A stock point at inventory position {@code position}: stock on hand, or backorders when negative. */
  static ReplenishmentRule.StockPoint at(long position) {
    return stock(Math.max(0, position), 0, Math.max(0, -position));
  }

  static ReplenishmentRule.StockPoint stock(long onHand, long onOrder, long backordered) {
    return new PeriodicReplenishmentTest.Stock().next(0, onHand, onOrder, backordered);
  }

  private ReplenishmentRule rule(String name, Map<String, String> params) {
    return catalog.replenishment(RuleRef.of(name, params));
  }

  @Test
  void sS_atOrBelowS_ordersUpToBigS_aboveNothing() {
    ReplenishmentRule rule = rule("s-s", Map.of("reorderPoint", "5", "orderUpTo", "20"));
    assertThat(rule.orderQuantity(at(5))).isEqualTo(15);
    assertThat(rule.orderQuantity(at(0))).isEqualTo(20);
    assertThat(rule.orderQuantity(at(-7))).isEqualTo(27);
    assertThat(rule.orderQuantity(at(6))).isZero();
    assertThat(rule.orderQuantity(at(100))).isZero();
    assertThat(rule.initialStock()).isEqualTo(20);
  }

  @Test
  void sS_positionCountsOnOrderAndBackorders() {
    ReplenishmentRule rule = rule("s-s", Map.of("reorderPoint", "5", "orderUpTo", "20"));
    // 4 on hand + 10 on order − 9 backordered = 5: at s.
    assertThat(rule.orderQuantity(stock(4, 10, 9))).isEqualTo(15);
    assertThat(rule.orderQuantity(stock(4, 10, 8))).isZero();
  }

  @Test
  void rQ_ordersWholeLotsThatBringThePositionAboveR() {
    ReplenishmentRule rule = rule("r-q", Map.of("reorderPoint", "10", "quantity", "4"));
    assertThat(rule.orderQuantity(at(11))).isZero();
    assertThat(rule.orderQuantity(at(10))).isEqualTo(4);
    assertThat(rule.orderQuantity(at(7))).isEqualTo(4);
    // 6 + 4 = 10 is not above r: a second lot.
    assertThat(rule.orderQuantity(at(6))).isEqualTo(8);
    assertThat(rule.orderQuantity(at(-3))).isEqualTo(16);
    assertThat(rule.initialStock()).isEqualTo(14);
  }

  @Test
  void baseStock_replacesEveryUnitBelowTheLevel() {
    ReplenishmentRule rule = rule("base-stock", Map.of("level", "8"));
    assertThat(rule.orderQuantity(at(8))).isZero();
    assertThat(rule.orderQuantity(at(7))).isEqualTo(1);
    assertThat(rule.orderQuantity(at(-2))).isEqualTo(10);
    assertThat(rule.initialStock()).isEqualTo(8);
  }

  @Test
  void catalog_listsTheBuiltInsAndTheTestPlugIn_freshEachTime() {
    assertThat(catalog.replenishmentRules().keySet()).containsExactly("anchor-and-adjust", "base-stock",
        "forecast-order-up-to", "periodic-review", "r-q", "r-s", "r-s-s", "s-s", "scripted-orders");
    RuleRef ref = RuleRef.of("base-stock", Map.of("level", "3"));
    assertThat(catalog.replenishment(ref)).isNotSameAs(catalog.replenishment(ref));
  }

  @Test
  void badParameters_nameTheParameterAndWhatWasExpected() {
    assertThatThrownBy(() -> rule("s-s", Map.of("reorderPoint", "5", "orderUpTo", "5")))
        .isInstanceOfSatisfying(RuleParameterException.class, e -> {
          assertThat(e.parameter()).isEqualTo("orderUpTo");
          assertThat(e.getMessage()).isEqualTo("orderUpTo: expected an integer greater than reorderPoint (5), up to "
              + "1000000000, found \"5\"");
        });
    assertThatThrownBy(() -> rule("r-q", Map.of("reorderPoint", "5")))
        .isInstanceOfSatisfying(RuleParameterException.class, e -> assertThat(e.getMessage())
            .isEqualTo("quantity: expected an integer from 1 to 1000000000, found nothing (the parameter is missing)"));
    assertThatThrownBy(() -> rule("base-stock", Map.of("level", "2.5")))
        .isInstanceOfSatisfying(RuleParameterException.class, e -> assertThat(e.found()).isEqualTo("\"2.5\""));
    assertThatThrownBy(() -> rule("base-stock", Map.of("level", "2", "lvl", "3")))
        .isInstanceOfSatisfying(RuleParameterException.class, e -> assertThat(e.parameter()).isEqualTo("lvl"));
  }

  @Test
  void unknownName_namesTheInstalledRules() {
    assertThatThrownBy(() -> rule("base-stok", Map.of()))
        .isInstanceOfSatisfying(UnknownRuleException.class, e -> {
          assertThat(e.kind()).isEqualTo("replenishment");
          assertThat(e.installed()).contains("base-stock", "s-s");
        });
  }
}
