package org.dmsim.model.mfg.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.assertj.core.data.Offset;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;

/**
 * The built-in periodic rules — (R, S), (R, s, S), forecast order-up-to and Sterman's
 * anchor-and-adjust — made by name through the catalog as a run makes them, driven through
 * hand-computed sequences of reviews.
 */
class PeriodicReplenishmentTest {
  private final PolicyCatalog catalog = PolicyCatalog.installed();

  /** A stock point whose figures a test sets between reviews. */
  static final class Stock implements ReplenishmentRule.StockPoint {
    long onHand;
    long onOrder;
    long backordered;
    long demanded;

    /** Sets the stock and adds {@code demand} units to the cumulative demand; returns this. */
    Stock next(long demand, long onHand, long onOrder, long backordered) {
      this.demanded += demand;
      this.onHand = onHand;
      this.onOrder = onOrder;
      this.backordered = backordered;
      return this;
    }

    @Override
    public long onHand() {
      return onHand;
    }

    @Override
    public long onOrder() {
      return onOrder;
    }

    @Override
    public long backordered() {
      return backordered;
    }

    @Override
    public long nowMs() {
      return 0;
    }

    @Override
    public long demandedUnits() {
      return demanded;
    }
  }

  private ReplenishmentRule rule(String name, Map<String, String> params) {
    return catalog.replenishment(RuleRef.of(name, params));
  }

  @Test
  void rS_ordersThePositionUpToS_everyPeriod() {
    ReplenishmentRule rule = rule("r-s", Map.of("period", "7d", "orderUpTo", "20"));
    assertThat(rule.reviewPeriodMs()).isEqualTo(7 * SimTime.DAY_MS);
    assertThat(rule.initialStock()).isEqualTo(20);
    Stock s = new Stock();
    assertThat(rule.orderQuantity(s.next(0, 12, 0, 0))).isEqualTo(8);
    assertThat(rule.orderQuantity(s.next(0, 5, 20, 0))).isZero();
    assertThat(rule.orderQuantity(s.next(0, 0, 5, 8))).isEqualTo(23);
  }

  @Test
  void rsS_ordersUpToS_onlyAtOrBelowS() {
    ReplenishmentRule rule = rule("r-s-s", Map.of("period", "12h", "reorderPoint", "5", "orderUpTo", "20"));
    assertThat(rule.reviewPeriodMs()).isEqualTo(12 * SimTime.HOUR_MS);
    assertThat(rule.initialStock()).isEqualTo(20);
    Stock s = new Stock();
    assertThat(rule.orderQuantity(s.next(0, 6, 0, 0))).isZero();
    assertThat(rule.orderQuantity(s.next(0, 2, 3, 0))).isEqualTo(15);
    assertThat(rule.orderQuantity(s.next(0, 0, 0, 2))).isEqualTo(22);
  }

  @Test
  void continuousRules_haveNoReviewPeriod() {
    assertThat(rule("s-s", Map.of("reorderPoint", "5", "orderUpTo", "20")).reviewPeriodMs()).isZero();
    assertThat(rule("r-q", Map.of("reorderPoint", "5", "quantity", "20")).reviewPeriodMs()).isZero();
    assertThat(rule("base-stock", Map.of("level", "5")).reviewPeriodMs()).isZero();
  }

  /**
   * p = 3, R = 1 d, L = 2 d (h = 3). Demands 4, 6, 8, 2: F = 4, 5, 6, 16/3; σ = 0, √2, 2, √(28/3);
   * S = ⌈3F + 1.5σ√3⌉ = 12, ⌈15 + 3.674⌉ = 19, ⌈18 + 5.196⌉ = 24, ⌈16 + 7.937⌉ = 24.
   */
  @Test
  void forecast_movingAverage_setsTheLevelFromTheLastPeriods() {
    ForecastOrderUpTo rule = (ForecastOrderUpTo) rule("forecast-order-up-to", Map.of("period", "1d",
        "leadTime", "2d", "forecast", "moving-average", "periods", "3", "safetyFactor", "1.5"));
    Stock s = new Stock();
    assertThat(rule.orderQuantity(s.next(4, 5, 0, 0))).isEqualTo(12 - 5);
    assertThat(rule.forecast()).isEqualTo(4);
    assertThat(rule.orderQuantity(s.next(6, 1, 7, 0))).isEqualTo(19 - 8);
    assertThat(rule.sigma()).isCloseTo(Math.sqrt(2), Offset.offset(1e-12));
    assertThat(rule.orderQuantity(s.next(8, 0, 11, 3))).isEqualTo(24 - 8);
    assertThat(rule.forecast()).isEqualTo(6);
    assertThat(rule.sigma()).isCloseTo(2, Offset.offset(1e-12));
    assertThat(rule.orderQuantity(s.next(2, 30, 0, 0))).isZero();
    assertThat(rule.forecast()).isCloseTo(16.0 / 3, Offset.offset(1e-12));
    assertThat(rule.level()).isEqualTo(24);
  }

  /**
   * α = 0.5, F₀ = 10, R = L = 1 d (h = 2), b = 3. Demand 6: error −4, F = 8, σ² = 8, S = 16 + 3 = 19;
   * demand 12: error 4, F = 10, σ² = 12, S = 23. The fixed safety stock ignores σ.
   */
  @Test
  void forecast_exponentialSmoothing_withFixedSafetyStock() {
    ForecastOrderUpTo rule = (ForecastOrderUpTo) rule("forecast-order-up-to", Map.of("period", "1d",
        "leadTime", "1d", "forecast", "exponential-smoothing", "alpha", "0.5", "safetyStock", "3",
        "initialForecast", "10"));
    assertThat(rule.initialStock()).isEqualTo(23);
    Stock s = new Stock();
    assertThat(rule.orderQuantity(s.next(6, 10, 0, 0))).isEqualTo(19 - 10);
    assertThat(rule.sigma()).isCloseTo(Math.sqrt(8), Offset.offset(1e-12));
    assertThat(rule.orderQuantity(s.next(12, 0, 9, 2))).isEqualTo(23 - 7);
    assertThat(rule.forecast()).isEqualTo(10);
    assertThat(rule.sigma()).isCloseTo(Math.sqrt(12), Offset.offset(1e-12));
  }

  /** As above with k = 1 instead of b: S = ⌈16 + √16⌉ = 20, then ⌈20 + √24⌉ = ⌈24.899⌉ = 25. */
  @Test
  void forecast_exponentialSmoothing_withSafetyFactor() {
    ForecastOrderUpTo rule = (ForecastOrderUpTo) rule("forecast-order-up-to", Map.of("period", "1d",
        "leadTime", "1d", "forecast", "exponential-smoothing", "alpha", "0.5", "safetyFactor", "1",
        "initialForecast", "10"));
    Stock s = new Stock();
    assertThat(rule.orderQuantity(s.next(6, 0, 0, 0))).isEqualTo(20);
    assertThat(rule.orderQuantity(s.next(12, 0, 0, 0))).isEqualTo(25);
  }

  @Test
  void forecast_parameters_areCheckedByName() {
    assertThatThrownBy(() -> rule("forecast-order-up-to", Map.of("period", "1d", "periods", "3",
        "safetyFactor", "1", "safetyStock", "2")))
        .isInstanceOf(RuleParameterException.class)
        .hasMessage("safetyStock: expected safetyFactor or safetyStock, not both, found both (safetyFactor 1)");
    assertThatThrownBy(() -> rule("forecast-order-up-to", Map.of("period", "1d", "periods", "3", "alpha", "0.2")))
        .isInstanceOf(RuleParameterException.class)
        .hasMessageStartingWith("alpha: expected one of: ")
        .hasMessageContaining("periods");
    assertThatThrownBy(() -> rule("forecast-order-up-to", Map.of("period", "1d", "forecast", "exponential-smoothing")))
        .isInstanceOf(RuleParameterException.class)
        .hasMessage("alpha: expected a number from 0.0001 to 1, found nothing (the parameter is missing)");
    assertThatThrownBy(() -> rule("r-s", Map.of("period", "7 days", "orderUpTo", "20")))
        .isInstanceOf(RuleParameterException.class)
        .hasMessage("period: expected a duration from 1min to 365d (a number and a unit of ms, s, min, h, d or w),"
            + " found \"7 days\"");
    assertThatThrownBy(() -> rule("r-s", Map.of("orderUpTo", "20")))
        .isInstanceOf(RuleParameterException.class)
        .hasMessage("period: expected a duration from 1min to 365d, found nothing (the parameter is missing)");
  }

  /**
   * θ = 0.5, α_S = 0.25, β = 0.5, S′ = 20, L̂₀ = 4. Week 1: d = 8, L̂ = 6, S = 10, SL = 8:
   * 6 + 0.25(20 − 10 − 4) = 7.5, rounded to 8. Week 2: d = 4, L̂ = 5, S = 0 − 6, SL = 12:
   * 5 + 0.25(20 + 6 − 6) = 10. Week 3: d = 0, L̂ = 2.5, S = 40, SL = 0: 2.5 − 5 &lt; 0, so 0.
   */
  @Test
  void anchorAndAdjust_followsSterman1989() {
    AnchorAndAdjust rule = (AnchorAndAdjust) rule("anchor-and-adjust", Map.of("period", "1w", "theta", "0.5",
        "alphaS", "0.25", "beta", "0.5", "desiredStock", "20", "initialForecast", "4"));
    assertThat(rule.reviewPeriodMs()).isEqualTo(SimTime.WEEK_MS);
    assertThat(rule.initialStock()).isZero();
    Stock s = new Stock();
    assertThat(rule.orderQuantity(s.next(8, 10, 8, 0))).isEqualTo(8);
    assertThat(rule.expectedDemand()).isEqualTo(6);
    assertThat(rule.orderQuantity(s.next(4, 0, 12, 6))).isEqualTo(10);
    assertThat(rule.orderQuantity(s.next(0, 40, 0, 0))).isZero();
    assertThat(rule.expectedDemand()).isEqualTo(2.5);
  }

  @Test
  void anchorAndAdjust_parameterOutOfRange_isNamed() {
    assertThatThrownBy(() -> rule("anchor-and-adjust", Map.of("period", "1w", "theta", "1.5",
        "alphaS", "0.25", "beta", "0.5", "desiredStock", "20")))
        .isInstanceOf(RuleParameterException.class)
        .hasMessage("theta: expected a number from 0 to 1, found \"1.5\"");
  }

  @Test
  void scriptedOrders_ordersTheListOnePerReview_thenZero_whateverTheStock() {
    ReplenishmentRule rule = rule("scripted-orders", Map.of("period", "1w", "values", "4 4, 8 12"));
    assertThat(rule.reviewPeriodMs()).isEqualTo(SimTime.WEEK_MS);
    assertThat(rule.initialStock()).isZero();
    Stock s = new Stock();
    assertThat(rule.orderQuantity(s.next(8, 0, 0, 30))).isEqualTo(4);
    assertThat(rule.orderQuantity(s.next(0, 500, 90, 0))).isEqualTo(4);
    assertThat(rule.orderQuantity(s.next(4, 12, 8, 0))).isEqualTo(8);
    assertThat(rule.orderQuantity(s.next(4, 12, 8, 0))).isEqualTo(12);
    assertThat(rule.orderQuantity(s.next(4, 0, 0, 50))).isZero();
    assertThat(rule.orderQuantity(s.next(4, 0, 0, 50))).isZero();
    assertThat(rule("scripted-orders", Map.of("period", "1d", "values", " ")).orderQuantity(s)).isZero();
  }

  @Test
  void scriptedOrders_formatThenParse_givesTheOrdersBack() {
    long[] orders = {0, 4, 1_000_000_000L, 17};
    assertThat(ScriptedOrders.parse(ScriptedOrders.format(orders))).containsExactly(orders);
    assertThat(ScriptedOrders.format(orders)).isEqualTo("0 4 1000000000 17");
  }

  @Test
  void scriptedOrders_badValues_areNamedWithWhatIsExpected() {
    for (String bad : new String[] {"4 -1", "4 2.5", "4 x", "1000000001"}) {
      assertThatThrownBy(() -> rule("scripted-orders", Map.of("period", "1w", "values", bad)))
          .isInstanceOf(RuleParameterException.class)
          .hasMessage("values: expected " + ScriptedOrders.EXPECTED + ", found \"" + bad + "\"");
    }
    assertThatThrownBy(() -> rule("scripted-orders", Map.of("period", "1w")))
        .isInstanceOf(RuleParameterException.class)
        .hasMessage("values: expected " + ScriptedOrders.EXPECTED + ", found nothing (the parameter is missing)");
    assertThatThrownBy(() -> rule("scripted-orders", Map.of("period", "1w", "values", "4", "value", "4")))
        .isInstanceOf(RuleParameterException.class)
        .hasMessageStartingWith("value: expected one of: period, values");
  }
}
