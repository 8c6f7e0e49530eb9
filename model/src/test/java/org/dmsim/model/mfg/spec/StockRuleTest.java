package org.dmsim.model.mfg.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.dmsim.model.mfg.policy.RuleRef;
import org.junit.jupiter.api.Test;

class StockRuleTest {

  @Test
  void factories_nameTheBuiltInRuleWithItsParameters() {
    assertThat(StockRule.sS("kit", 5, 20, 3)).isEqualTo(
        new StockRule("kit", RuleRef.of("s-s", Map.of("reorderPoint", "5", "orderUpTo", "20")), 3));
    assertThat(StockRule.rQ("kit", 10, 4, 1)).isEqualTo(
        new StockRule("kit", RuleRef.of("r-q", Map.of("reorderPoint", "10", "quantity", "4")), 1));
    assertThat(StockRule.baseStock("kit", 8, 2)).isEqualTo(new StockRule("kit", RuleRef.of("base-stock", Map.of("level", "8")), 2));
  }

  @Test
  void constructor_sSWithBigSNotAboveS_throwsNamingTheParameter() {
    assertThatThrownBy(() -> StockRule.sS("kit", 5, 5, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stock of kit: policy: orderUpTo: expected an integer greater than reorderPoint (5), up to "
            + "1000000000, found \"5\"");
  }

  @Test
  void constructor_rQWithLotBelowOne_throws() {
    assertThatThrownBy(() -> StockRule.rQ("kit", 5, 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("stock of kit: policy: quantity: expected an integer from 1");
  }

  @Test
  void constructor_baseStockLevelBelowOne_throws() {
    assertThatThrownBy(() -> StockRule.baseStock("kit", 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("stock of kit: policy: level:");
  }

  @Test
  void constructor_unknownRule_throwsListingTheInstalledOnes() {
    assertThatThrownBy(() -> new StockRule("kit", RuleRef.of("min-max"), 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stock of kit: policy: no replenishment rule is called \"min-max\"; installed: anchor-and-adjust, "
            + "base-stock, forecast-order-up-to, periodic-review, r-q, r-s, r-s-s, s-s, scripted-orders");
  }

  @Test
  void constructor_negativeReorderPointOrInitialStock_throws() {
    assertThatThrownBy(() -> StockRule.rQ("kit", -1, 4, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("stock of kit: policy: reorderPoint:");
    assertThatThrownBy(() -> StockRule.sS("kit", 1, 4, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stock of kit: initial stock must not be negative");
  }

  @Test
  void constructor_badProductIdOrNoPolicy_throws() {
    assertThatThrownBy(() -> StockRule.sS("Kit", 1, 4, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("product id must be a lower-case word");
    assertThatThrownBy(() -> new StockRule("kit", null, 0)).isInstanceOf(NullPointerException.class)
        .hasMessage("policy");
  }
}
