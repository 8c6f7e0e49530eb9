package org.dmsim.model.mfg.spec;

import java.util.Objects;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.mfg.policy.DemandGenerator;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.time.SimTime;

/**
 * A region's demand for one product: orders whose rate may follow a season and a trend,
 * rate(t) = ordersPerDay × (1 + amplitude·cos(2π(day(t) − peakDay)/365)) × (1 + trendPerYear·t/365 d),
 * drawn by a {@link DemandGenerator} (the built-in {@code poisson}: a Poisson stream at that rate).
 *
 * @param product              the product's id
 * @param ordersPerDay         the base rate, orders per day; positive
 * @param seasonalityAmplitude 0 (none) to below 1
 * @param peakDay              day of the year the season peaks (0 = the first day of the run)
 * @param trendPerYear         relative change of the rate per year, above −1
 * @param orderSize            units per order; sampled, rounded, at least 1
 * @param promisedLeadTimeMs   due date = order time + this, ms
 * @param patienceMs           an order not delivered within this of its placing is a lost sale if it can still be cancelled, ms;
 *                             {@link SimTime#NEVER} for endless patience
 * @param generator            the demand generator with its parameters; it must be installed
 */
public record DemandSpec(String product, double ordersPerDay, double seasonalityAmplitude, double peakDay,
    double trendPerYear, Distribution orderSize, long promisedLeadTimeMs, long patienceMs, RuleRef generator) {
  /** The built-in generator: a Poisson stream at the line's rate. */
  public static final RuleRef POISSON = RuleRef.of("poisson");

  public DemandSpec {
    Names.requireId("product", product);
    Objects.requireNonNull(orderSize, "orderSize");
    Objects.requireNonNull(generator, "generator");
    if (!(ordersPerDay > 0) || Double.isInfinite(ordersPerDay)) {
      throw new IllegalArgumentException("demand for " + product + ": orders per day must be positive");
    }
    if (!(seasonalityAmplitude >= 0 && seasonalityAmplitude < 1)) {
      throw new IllegalArgumentException("demand for " + product + ": seasonality amplitude must be from 0 to below 1");
    }
    if (!Double.isFinite(peakDay) || !(trendPerYear > -1) || Double.isInfinite(trendPerYear)) {
      throw new IllegalArgumentException("demand for " + product + ": peak day must be finite and trend above -1");
    }
    if (promisedLeadTimeMs < 0 || patienceMs <= 0) {
      throw new IllegalArgumentException("demand for " + product + ": promised lead time must not be negative, patience must be positive");
    }
    try {
      PolicyCatalog.installed().demand(generator);
    } catch (IllegalArgumentException unusable) {
      throw new IllegalArgumentException("demand for " + product + ": generator: " + unusable.getMessage(), unusable);
    }
  }

  /** A line drawn by the built-in {@code poisson} generator. */
  public DemandSpec(String product, double ordersPerDay, double seasonalityAmplitude, double peakDay,
      double trendPerYear, Distribution orderSize, long promisedLeadTimeMs, long patienceMs) {
    this(product, ordersPerDay, seasonalityAmplitude, peakDay, trendPerYear, orderSize, promisedLeadTimeMs,
        patienceMs, POISSON);
  }

  /** Constant-rate demand with endless patience; a shorthand. */
  public static DemandSpec poisson(String product, double ordersPerDay, Distribution orderSize, long promisedLeadTimeMs) {
    return new DemandSpec(product, ordersPerDay, 0, 0, 0, orderSize, promisedLeadTimeMs, SimTime.NEVER);
  }

  /** This line drawn by {@code rule} instead. */
  public DemandSpec withGenerator(RuleRef rule) {
    return new DemandSpec(product, ordersPerDay, seasonalityAmplitude, peakDay, trendPerYear, orderSize,
        promisedLeadTimeMs, patienceMs, rule);
  }

  /** The order rate at {@code tMs}, per day. */
  public double ratePerDay(long tMs) {
    double day = (double) tMs / SimTime.DAY_MS;
    double season = 1 + seasonalityAmplitude * org.apache.commons.math3.util.FastMath.cos(
        2 * Math.PI * (day - peakDay) / 365.0);
    double trend = 1 + trendPerYear * day / 365.0;
    return ordersPerDay * season * Math.max(0, trend);
  }

  /** An upper bound of {@link #ratePerDay} over {@code [0, horizonMs]}, for thinning. */
  public double maxRatePerDay(long horizonMs) {
    double days = (double) horizonMs / SimTime.DAY_MS;
    double trend = Math.max(1, 1 + trendPerYear * days / 365.0);
    return ordersPerDay * (1 + seasonalityAmplitude) * trend;
  }
}
