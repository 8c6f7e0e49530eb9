package org.dmsim.model.mfg.policy;

import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.dmsim.model.dist.Gamma;
import org.dmsim.model.random.RandomStream;
import org.dmsim.model.time.SimTime;

/**
 * The built-in demand generator {@code per-period}: one order per {@code period} (default {@code 1d}),
 * placed at the period's start (the first at the start of the run), for a quantity drawn from
 * {@code distribution}: {@code normal} ({@code mean}, {@code sd}; a negative draw counts as 0),
 * {@code gamma} ({@code mean}, {@code cv}), {@code poisson} ({@code mean}) or {@code empirical}
 * ({@code values}, optional {@code weights}: numbers separated by commas; equal weights by default).
 * The draw is multiplied by the line's {@link RateProfile#multiplier} at the period's start (season,
 * trend, {@code profile} and demand surges; 1 for a plain line) and rounded to the nearest unit; a
 * period whose quantity rounds to 0 places no order. The line's {@code ordersPerDay} and
 * {@code orderSize} are not used. With {@code unitOrders: true} the quantity comes as that many orders of
 * one unit ({@link DemandGenerator#unitOrders}). Quantities are drawn from the line's {@code sizes()} stream; the
 * Poisson draw uses commons-math3's {@link PoissonDistribution} on that stream.
 */
public final class PerPeriodDemand implements DemandGenerator {
  /** The longest period: a year of 365 days. */
  static final long MAX_PERIOD_MS = 365 * SimTime.DAY_MS;

  /** The quantity distributions, in the words the {@code distribution} parameter takes. */
  public static final List<String> KINDS = List.of("normal", "gamma", "poisson", "empirical");

  /** The largest mean quantity per period. */
  public static final double MAX_MEAN = 1e7;

  private final long periodMs;
  private final Quantity quantity;
  private final RateProfile profile;
  private final boolean unitOrders;
  private boolean started;
  private long drawn;

  PerPeriodDemand(long periodMs, Quantity quantity, RateProfile profile) {
    this(periodMs, quantity, profile, false);
  }

  PerPeriodDemand(long periodMs, Quantity quantity, RateProfile profile, boolean unitOrders) {
    this.periodMs = periodMs;
    this.quantity = quantity;
    this.profile = profile;
    this.unitOrders = unitOrders;
  }

  @Override
  public boolean unitOrders() {
    return unitOrders;
  }

  /** A distribution of the quantity per period, before the multiplier; draws 0 or more. */
  sealed interface Quantity {
    /** One draw from {@code rng}. */
    double draw(RandomStream rng);
  }

  /** Normal, negative draws counted as 0. */
  record Normal(double mean, double sd) implements Quantity {
    @Override
    public double draw(RandomStream rng) {
      return Math.max(0, mean + sd * rng.nextGaussian());
    }
  }

  /** Gamma by mean and coefficient of variation. */
  record GammaQuantity(Gamma gamma) implements Quantity {
    @Override
    public double draw(RandomStream rng) {
      return gamma.sample(rng);
    }
  }

  /** Poisson with the given mean. */
  record Poisson(double mean) implements Quantity {
    @Override
    public double draw(RandomStream rng) {
      return new PoissonDistribution(rng, mean, PoissonDistribution.DEFAULT_EPSILON,
          PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
    }
  }

  /** Values with weights; drawn by inverting the cumulative weights. */
  record Empirical(List<Double> values, List<Double> cumulative) implements Quantity {
    Empirical {
      values = List.copyOf(values);
      cumulative = List.copyOf(cumulative);
    }

    static Empirical of(double[] values, double[] weights) {
      Double[] v = new Double[values.length];
      Double[] c = new Double[values.length];
      double sum = 0;
      for (int i = 0; i < values.length; i++) {
        v[i] = values[i];
        sum += weights[i];
        c[i] = sum;
      }
      return new Empirical(List.of(v), List.of(c));
    }

    @Override
    public double draw(RandomStream rng) {
      double u = rng.nextDouble() * cumulative.get(cumulative.size() - 1);
      int lo = 0;
      int hi = cumulative.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (u < cumulative.get(mid)) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return values.get(lo);
    }
  }

  @Override
  public long nextArrivalMs(Line line) {
    if (!started) {
      started = true;
      return 0;
    }
    return periodMs;
  }

  @Override
  public boolean places(Line line) {
    long now = line.nowMs();
    drawn = Math.round(quantity.draw(line.sizes()) * profile.multiplier(line, now));
    return drawn >= 1;
  }

  @Override
  public long quantity(Line line) {
    return drawn;
  }

  /** Finds {@code per-period} for {@link java.util.ServiceLoader}. */
  public static final class Factory implements DemandGeneratorFactory {
    /** The factory ServiceLoader makes. */
    public Factory() {}

    @Override
    public String name() {
      return "per-period";
    }

    @Override
    public String description() {
      return "one order per period (default 1d) at its start; quantity " + String.join("|", KINDS)
          + " (mean, sd, cv, values, weights) times season, trend, profile and surges, rounded; unitOrders: true "
          + "places it as orders of one unit.";
    }

    @Override
    public DemandGenerator create(RuleParams params) {
      long periodMs = params.durationMs("period", SimTime.DAY_MS, 1000, MAX_PERIOD_MS);
      String kind = params.word("distribution", "", KINDS);
      Quantity q = switch (kind) {
        case "normal" -> new Normal(required(params, "mean", 0), required(params, "sd", 0));
        case "gamma" -> {
          double mean = required(params, "mean", 1e-9);
          double cv = params.number("cv", Double.NaN, 0.001, 10);
          if (Double.isNaN(cv)) {
            throw params.invalid("cv", "a number from 0.001 to 10");
          }
          yield new GammaQuantity(Gamma.ofMeanCv(mean, cv));
        }
        case "poisson" -> new Poisson(required(params, "mean", 1e-9));
        case "empirical" -> empirical(params);
        default -> throw params.invalid("distribution", "one of: " + String.join(", ", KINDS));
      };
      RateProfile profile = RateProfile.read(params);
      boolean unitOrders = params.flag("unitOrders");
      params.requireNoOthers();
      return new PerPeriodDemand(periodMs, q, profile, unitOrders);
    }

    private static double required(RuleParams params, String name, double min) {
      double v = params.number(name, Double.NaN, min, MAX_MEAN);
      if (Double.isNaN(v)) {
        throw params.invalid(name, "a number from " + (min == 0 ? "0" : "above 0") + " to " + (long) MAX_MEAN);
      }
      return v;
    }

    private static Empirical empirical(RuleParams params) {
      String expectedValues = "numbers from 0 to " + (long) MAX_MEAN + " separated by commas (e.g. \"0, 5, 10\")";
      double[] values = numbers(params, "values", expectedValues).orElseThrow(
          () -> params.invalid("values", expectedValues));
      String expectedWeights = values.length + " weights, 0 or more and not all 0, separated by commas";
      double[] weights = numbers(params, "weights", expectedWeights).orElseGet(() -> {
        double[] w = new double[values.length];
        java.util.Arrays.fill(w, 1);
        return w;
      });
      double total = 0;
      for (double w : weights) {
        total += w;
      }
      if (weights.length != values.length || !(total > 0)) {
        throw params.invalid("weights", expectedWeights);
      }
      return Empirical.of(values, weights);
    }

    /** A list of numbers from 0 to {@link #MAX_MEAN}, separated by commas; empty when absent. */
    private static Optional<double[]> numbers(RuleParams params, String name, String expected) {
      Optional<String> text = params.text(name);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      String[] parts = text.get().split(",", -1);
      double[] out = new double[parts.length];
      for (int i = 0; i < parts.length; i++) {
        try {
          out[i] = Double.parseDouble(parts[i].strip());
        } catch (NumberFormatException e) {
          throw params.invalid(name, expected);
        }
        if (!(out[i] >= 0 && out[i] <= MAX_MEAN)) {
          throw params.invalid(name, expected);
        }
      }
      return Optional.of(out);
    }
  }
}
