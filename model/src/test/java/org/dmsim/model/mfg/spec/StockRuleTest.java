package org.dmsim.model.mfg.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StockRuleTest {

  @Test
  void orderQuantity_sS_atOrBelowS_ordersUpToBigS() {
    StockRule rule = StockRule.sS("kit", 5, 20, 20);
    assertThat(rule.orderQuantity(5)).isEqualTo(15);
    assertThat(rule.orderQuantity(0)).isEqualTo(20);
    assertThat(rule.orderQuantity(-7)).isEqualTo(27);
  }

  @Test
  void orderQuantity_sS_aboveS_ordersNothing() {
    StockRule rule = StockRule.sS("kit", 5, 20, 20);
    assertThat(rule.orderQuantity(6)).isZero();
    assertThat(rule.orderQuantity(20)).isZero();
    assertThat(rule.orderQuantity(100)).isZero();
  }

  @Test
  void orderQuantity_rQ_ordersWholeLotsThatBringThePositionAboveR() {
    StockRule rule = StockRule.rQ("kit", 10, 4, 0);
    assertThat(rule.orderQuantity(11)).isZero();
    assertThat(rule.orderQuantity(10)).isEqualTo(4);
    assertThat(rule.orderQuantity(7)).isEqualTo(4);
    // 6 + 4 = 10 is not above r: a second lot.
    assertThat(rule.orderQuantity(6)).isEqualTo(8);
    assertThat(rule.orderQuantity(-3)).isEqualTo(16);
  }

  @Test
  void orderQuantity_rQ_zeroReorderPoint_ordersOnceEmpty() {
    StockRule rule = StockRule.rQ("kit", 0, 12, 12);
    assertThat(rule.orderQuantity(1)).isZero();
    assertThat(rule.orderQuantity(0)).isEqualTo(12);
    assertThat(rule.orderQuantity(-12)).isEqualTo(24);
  }

  @Test
  void orderQuantity_baseStock_replacesEveryUnitBelowTheLevel() {
    StockRule rule = StockRule.baseStock("kit", 8, 8);
    assertThat(rule.orderQuantity(8)).isZero();
    assertThat(rule.orderQuantity(7)).isEqualTo(1);
    assertThat(rule.orderQuantity(0)).isEqualTo(8);
    assertThat(rule.orderQuantity(-2)).isEqualTo(10);
  }

  @Test
  void factories_fillTheFieldsTheRecordDocuments() {
    assertThat(StockRule.sS("kit", 5, 20, 3)).isEqualTo(new StockRule("kit", StockPolicy.S_S, 5, 20, 0, 3));
    assertThat(StockRule.rQ("kit", 10, 4, 1)).isEqualTo(new StockRule("kit", StockPolicy.R_Q, 10, 0, 4, 1));
    assertThat(StockRule.baseStock("kit", 8, 2)).isEqualTo(new StockRule("kit", StockPolicy.BASE_STOCK, 7, 8, 0, 2));
  }

  @Test
  void constructor_sSWithBigSNotAboveS_throws() {
    assertThatThrownBy(() -> StockRule.sS("kit", 5, 5, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stock of kit: order-up-to S must exceed the reorder point s");
    assertThatThrownBy(() -> StockRule.sS("kit", 5, 4, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stock of kit: order-up-to S must exceed the reorder point s");
  }

  @Test
  void constructor_rQWithLotBelowOne_throws() {
    assertThatThrownBy(() -> StockRule.rQ("kit", 5, 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stock of kit: the lot size Q must be at least 1");
  }

  @Test
  void constructor_baseStockLevelBelowOne_throws() {
    assertThatThrownBy(() -> StockRule.baseStock("kit", 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stock of kit:");
  }

  @Test
  void constructor_baseStockWithReorderPointNotLevelMinusOne_throws() {
    assertThatThrownBy(() -> new StockRule("kit", StockPolicy.BASE_STOCK, 3, 8, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("stock of kit: ");
  }

  @Test
  void constructor_negativeReorderPointOrInitialStock_throws() {
    assertThatThrownBy(() -> StockRule.rQ("kit", -1, 4, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stock of kit: reorder point and initial stock must not be negative");
    assertThatThrownBy(() -> StockRule.sS("kit", 1, 4, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stock of kit: reorder point and initial stock must not be negative");
  }

  @Test
  void constructor_badProductIdOrNoPolicy_throws() {
    assertThatThrownBy(() -> StockRule.sS("Kit", 1, 4, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("product id must be a lower-case word");
    assertThatThrownBy(() -> new StockRule("kit", null, 1, 4, 0, 0)).isInstanceOf(NullPointerException.class)
        .hasMessage("policy");
  }
}
