package org.dmsim.model.mfg.policy;

/**
 * The built-in replenishment rule {@code anchor-and-adjust}: the ordering heuristic Sterman (1989)
 * fitted to players of the Beer Game (J. D. Sterman, "Modeling managerial behavior: misperceptions of
 * feedback in a dynamic decision making experiment", Management Science 35(3):321–339). One
 * decision per {@code period}: with d the demand of the period just ended,
 *
 * <pre>
 * L̂ ← θ·d + (1 − θ)·L̂                      (expected demand, exponential smoothing; L̂ starts at initialForecast)
 * O  = max(0, L̂ + α_S·(S′ − S − β·SL))
 * </pre>
 *
 * where S is the effective inventory (on hand − backordered), SL the supply line (on order) and S′ the
 * desired stock parameter ({@code desiredStock}; in Sterman's notation S′ = S* + β·SL*). The order is
 * rounded to the nearest whole unit, halves up. Starts with nothing on hand unless the scenario gives
 * {@code initial}. Keeps state (L̂).
 */
public final class AnchorAndAdjust implements ReplenishmentRule {
  private final PeriodicReview review;
  private final double theta;
  private final double alphaS;
  private final double beta;
  private final double desiredStock;
  private double expectedDemand;

  /** The rule with review period {@code periodMs}, θ, α_S, β in [0, 1], S′ ≥ 0 and L̂ at the start. */
  public AnchorAndAdjust(long periodMs, double theta, double alphaS, double beta, double desiredStock,
      double initialForecast) {
    if (!(theta >= 0 && theta <= 1 && alphaS >= 0 && alphaS <= 1 && beta >= 0 && beta <= 1 && desiredStock >= 0
        && initialForecast >= 0)) {
      throw new IllegalArgumentException("anchor-and-adjust needs θ, α_S, β in [0, 1] and S′, L̂ >= 0, was "
          + theta + ", " + alphaS + ", " + beta + ", " + desiredStock + ", " + initialForecast);
    }
    this.review = new PeriodicReview(periodMs);
    this.theta = theta;
    this.alphaS = alphaS;
    this.beta = beta;
    this.desiredStock = desiredStock;
    this.expectedDemand = initialForecast;
  }

  @Override
  public long orderQuantity(StockPoint stock) {
    expectedDemand = theta * review.demandOfPeriod(stock) + (1 - theta) * expectedDemand;
    double effectiveInventory = stock.onHand() - stock.backordered();
    double order = expectedDemand + alphaS * (desiredStock - effectiveInventory - beta * stock.onOrder());
    return order <= 0 ? 0 : (long) Math.floor(order + 0.5);
  }

  @Override
  public long reviewPeriodMs() {
    return review.periodMs();
  }

  /** The expected demand L̂ after the last review, units per period. */
  double expectedDemand() {
    return expectedDemand;
  }

  /**
   * Finds {@code anchor-and-adjust}; parameters {@code period}, {@code theta}, {@code alphaS},
   * {@code beta}, {@code desiredStock} (all required) and {@code initialForecast} (default 0).
   */
  public static final class Factory implements ReplenishmentRuleFactory {
    @Override
    public String name() {
      return "anchor-and-adjust";
    }

    @Override
    public String description() {
      return "Sterman (1989): every period, order expected demand + alphaS (desiredStock − stock − beta × on order).";
    }

    @Override
    public ReplenishmentRule create(RuleParams params) {
      long period = PeriodicReview.period(params);
      double theta = params.number("theta", 0, 1);
      double alphaS = params.number("alphaS", 0, 1);
      double beta = params.number("beta", 0, 1);
      double desired = params.number("desiredStock", 0, RuleParams.MAX_UNITS);
      double initial = params.number("initialForecast", 0, 0, RuleParams.MAX_UNITS);
      params.requireNoOthers();
      return new AnchorAndAdjust(period, theta, alphaS, beta, desired, initial);
    }
  }
}
