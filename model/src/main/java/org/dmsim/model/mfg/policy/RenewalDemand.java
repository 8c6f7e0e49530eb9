package org.dmsim.model.mfg.policy;

import java.util.List;
import java.util.Map;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.time.SimTime;

/**
 * The built-in demand generator {@code renewal}: orders at the times of a renewal process whose
 * inter-arrival times are independent draws of one distribution with mean 1 / {@code ordersPerDay}
 * days and coefficient of variation {@code cv}. Parameters: {@code interarrival} — {@code exponential}
 * (the default; cv 1, a Poisson process), {@code deterministic} (cv 0), {@code uniform} (symmetric
 * about the mean, cv up to 0.577 ≈ 1/√3), {@code gamma} or {@code lognormal} (cv from 0.001 to 10), {@code erlang}
 * (shape {@code k}, cv 1/√k); {@code cv} for uniform, gamma and lognormal; {@code k} for erlang; and a
 * {@link RateProfile} ({@code profile}, {@code interpolation}). The first order comes one
 * inter-arrival after the start (an ordinary renewal process, not a stationary one).
 *
 * <p>Season, trend, profile and demand surges change the rate by scaling time: each gap is the draw
 * divided by the line's {@link RateProfile#multiplier} at the gap's start, so a doubled rate halves
 * the gaps. This is exact for a constant rate and a close approximation when the rate changes slowly
 * against the gaps; while the multiplier is 0 no order comes, and the generator looks again at the
 * profile's next point. Inter-arrivals are drawn from the line's {@code arrivals()} stream, order
 * sizes ({@code orderSize}, rounded) from {@code sizes()}.
 */
public final class RenewalDemand implements DemandGenerator {
  /** The inter-arrival distributions, in the words the {@code interarrival} parameter takes. */
  public static final List<String> KINDS = List.of("exponential", "deterministic", "uniform", "gamma", "erlang", "lognormal");

  private static final double MIN_CV = 0.001;
  private static final double MAX_CV = 10;
  private static final double MAX_UNIFORM_CV = 0.577;

  private final String kind;
  private final double cv;
  private final RateProfile profile;
  private Distribution gapDays;
  private boolean idle;

  RenewalDemand(String kind, double cv, RateProfile profile) {
    this.kind = kind;
    this.cv = cv;
    this.profile = profile;
  }

  /**
   * The inter-arrival distribution in days, for a line of {@code ordersPerDay}.
   *
   * @param kind one of {@link #KINDS}
   * @param cv   the coefficient of variation (for erlang: 1/√k)
   */
  static Distribution interarrivalDays(String kind, double cv, double ordersPerDay) {
    double mean = 1 / ordersPerDay;
    return switch (kind) {
      case "exponential" -> Distribution.of("exponential", Map.of("mean", mean));
      case "deterministic" -> Distribution.of("deterministic", Map.of("value", mean));
      case "uniform" -> Distribution.of("uniform", Map.of("min", mean * (1 - Math.sqrt(3) * cv),
          "max", mean * (1 + Math.sqrt(3) * cv)));
      case "gamma" -> Distribution.of("gamma", Map.of("mean", mean, "cv", cv));
      case "erlang" -> {
        double k = Math.round(1 / (cv * cv));
        yield Distribution.of("gamma", Map.of("shape", k, "scale", mean / k));
      }
      case "lognormal" -> Distribution.of("lognormal", Map.of("mean", mean, "cv", cv));
      default -> throw new IllegalArgumentException("unknown inter-arrival distribution " + kind);
    };
  }

  @Override
  public void start(Line line) {
    gapDays = interarrivalDays(kind, cv, line.demand().ordersPerDay());
  }

  @Override
  public long nextArrivalMs(Line line) {
    long now = line.nowMs();
    double m = profile.multiplier(line, now);
    idle = !(m > 0);
    if (idle) {
      long next = profile.nextPointAfter(now);
      return next == SimTime.NEVER ? Math.max(0, line.horizonMs() - now) + SimTime.DAY_MS : next - now;
    }
    return Math.round(gapDays.sample(line.arrivals()) * SimTime.DAY_MS / m);
  }

  @Override
  public boolean places(Line line) {
    return !idle;
  }

  @Override
  public long quantity(Line line) {
    return line.sampledOrderSize();
  }

  /** Finds {@code renewal} for {@link java.util.ServiceLoader}. */
  public static final class Factory implements DemandGeneratorFactory {
    /** The factory ServiceLoader makes. */
    public Factory() {}

    @Override
    public String name() {
      return "renewal";
    }

    @Override
    public String description() {
      return "orders at renewal times: interarrival " + String.join("|", KINDS)
          + " with mean 1/ordersPerDay (cv, or k for erlang); profile; sizes from orderSize.";
    }

    @Override
    public DemandGenerator create(RuleParams params) {
      String kind = params.word("interarrival", "exponential", KINDS);
      double cv = switch (kind) {
        case "exponential" -> 1;
        case "deterministic" -> 0;
        case "uniform" -> required(params, "cv", MIN_CV, MAX_UNIFORM_CV);
        case "erlang" -> 1 / Math.sqrt(params.integer("k", 1, 1000));
        default -> required(params, "cv", MIN_CV, MAX_CV);
      };
      RateProfile profile = RateProfile.read(params);
      params.requireNoOthers();
      return new RenewalDemand(kind, cv, profile);
    }

    private static String plain(double v) {
      return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static double required(RuleParams params, String name, double min, double max) {
      double v = params.number(name, Double.NaN, min, max);
      if (Double.isNaN(v)) {
        throw params.invalid(name, "a number from " + plain(min) + " to " + plain(max));
      }
      return v;
    }
  }
}
