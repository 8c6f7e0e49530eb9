package org.dmsim.model.mfg.policy;

import java.util.List;

/**
 * The built-in replenishment rule {@code forecast-order-up-to}: periodic review (every {@code period}
 * R) up to a level set from a demand forecast. At each review it takes the demand d of the period just
 * ended, updates the forecast F (units per period) and its error σ, and orders the inventory position
 * up to
 *
 * <pre>S = ⌈F·h + k·σ·√h + b⌉,  h = (R + L)/R</pre>
 *
 * where L is {@code leadTime}, k {@code safetyFactor} and b {@code safetyStock} (whole units; the level
 * is rounded up to a whole unit, as is every order). Forecasts: {@code moving-average} over the last
 * p {@code periods} (F the mean, σ their sample standard deviation; fewer at the start, σ = 0 with
 * fewer than two) or {@code exponential-smoothing} with {@code alpha} α (F ← αd + (1 − α)F,
 * σ² ← α(d − F<sub>old</sub>)² + (1 − α)σ², from σ = 0). Before the first review F is
 * {@code initialForecast}. The safety term treats period demands as independent, so that the demand
 * over h periods has standard deviation σ√h, the textbook order-up-to level of a periodic review (e.g. Silver, Pyke and Thomas,
 * <i>Inventory and Production Management in Supply Chains</i>). Keeps state.
 */
public final class ForecastOrderUpTo implements ReplenishmentRule {
  /** The forecasting methods, as scenarios name them. */
  static final List<String> METHODS = List.of("moving-average", "exponential-smoothing");

  private final PeriodicReview review;
  private final double horizonPeriods;
  private final double safetyFactor;
  private final long safetyStock;
  /** The last p period demands (moving average), or null for exponential smoothing. */
  private final long[] window;
  private final double alpha;
  private int observed;
  private double forecast;
  private double variance;

  private ForecastOrderUpTo(long periodMs, long leadTimeMs, int periods, double alpha, double safetyFactor,
      long safetyStock, double initialForecast) {
    this.review = new PeriodicReview(periodMs);
    this.horizonPeriods = (double) (periodMs + leadTimeMs) / periodMs;
    this.window = periods > 0 ? new long[periods] : null;
    this.alpha = alpha;
    this.safetyFactor = safetyFactor;
    this.safetyStock = safetyStock;
    this.forecast = initialForecast;
  }

  /** A moving average over {@code periods} periods. */
  static ForecastOrderUpTo movingAverage(long periodMs, long leadTimeMs, int periods, double safetyFactor,
      long safetyStock, double initialForecast) {
    if (periods < 1) {
      throw new IllegalArgumentException("a moving average needs at least 1 period, was " + periods);
    }
    return new ForecastOrderUpTo(periodMs, leadTimeMs, periods, 0, safetyFactor, safetyStock, initialForecast);
  }

  /** Exponential smoothing with {@code alpha} in (0, 1]. */
  static ForecastOrderUpTo exponentialSmoothing(long periodMs, long leadTimeMs, double alpha, double safetyFactor,
      long safetyStock, double initialForecast) {
    if (!(alpha > 0 && alpha <= 1)) {
      throw new IllegalArgumentException("a smoothing constant must be in (0, 1], was " + alpha);
    }
    return new ForecastOrderUpTo(periodMs, leadTimeMs, 0, alpha, safetyFactor, safetyStock, initialForecast);
  }

  @Override
  public long orderQuantity(StockPoint stock) {
    observe(review.demandOfPeriod(stock));
    return Math.max(0, level() - stock.position());
  }

  @Override
  public long reviewPeriodMs() {
    return review.periodMs();
  }

  @Override
  public long initialStock() {
    return wholeUnitsUp(forecast * horizonPeriods + safetyStock);
  }

  /** The order-up-to level from the current forecast, units. */
  long level() {
    return wholeUnitsUp(forecast * horizonPeriods + safetyFactor * Math.sqrt(variance * horizonPeriods) + safetyStock);
  }

  /** The forecast, units per period. */
  double forecast() {
    return forecast;
  }

  /** The estimated standard deviation of one period's demand, units. */
  double sigma() {
    return Math.sqrt(variance);
  }

  private void observe(long demand) {
    if (window == null) {
      double error = demand - forecast;
      forecast += alpha * error;
      variance = alpha * error * error + (1 - alpha) * variance;
      return;
    }
    window[observed % window.length] = demand;
    observed++;
    int n = Math.min(observed, window.length);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += window[i];
    }
    forecast = sum / n;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      squares += (window[i] - forecast) * (window[i] - forecast);
    }
    variance = n < 2 ? 0 : squares / (n - 1);
  }

  /** Rounds up to whole units, forgiving floating-point noise below 1e-9 of a unit. */
  private static long wholeUnitsUp(double units) {
    return Math.max(0, (long) Math.ceil(units - 1e-9));
  }

  /**
   * Finds {@code forecast-order-up-to}; parameters {@code period} (required), {@code leadTime}
   * (default 0ms), {@code forecast} ({@code moving-average}, the default, with {@code periods}
   * required; or {@code exponential-smoothing} with {@code alpha} required), {@code safetyFactor} k
   * or {@code safetyStock} b (not both; default none) and {@code initialForecast} (default 0).
   */
  public static final class Factory implements ReplenishmentRuleFactory {
    @Override
    public String name() {
      return "forecast-order-up-to";
    }

    @Override
    public String description() {
      return "every period, order up to forecast × (period + leadTime)/period + safety stock; "
          + "forecast by moving average or exponential smoothing.";
    }

    @Override
    public ReplenishmentRule create(RuleParams params) {
      long period = PeriodicReview.period(params);
      long leadTime = params.durationMs("leadTime", 0, 0, PeriodicReview.MAX_PERIOD_MS);
      String method = params.word("forecast", METHODS.get(0), METHODS);
      if (params.has("safetyFactor") && params.has("safetyStock")) {
        throw new RuleParameterException("safetyStock", "safetyFactor or safetyStock, not both",
            "both (safetyFactor " + params.all().get("safetyFactor") + ")");
      }
      double k = params.number("safetyFactor", 0, 0, 10);
      long b = params.has("safetyStock") ? params.integer("safetyStock", 0, RuleParams.MAX_UNITS) : 0;
      double initial = params.number("initialForecast", 0, 0, RuleParams.MAX_UNITS);
      ForecastOrderUpTo rule;
      if (method.equals("moving-average")) {
        int p = (int) params.integer("periods", 1, 1000);
        params.requireNoOthers();
        rule = movingAverage(period, leadTime, p, k, b, initial);
      } else {
        double alpha = params.number("alpha", 0.0001, 1);
        params.requireNoOthers();
        rule = exponentialSmoothing(period, leadTime, alpha, k, b, initial);
      }
      return rule;
    }
  }
}
