package org.dmsim.model.mfg.policy;

import org.dmsim.model.time.SimTime;

/**
 * The built-in demand generator {@code poisson}: a non-homogeneous Poisson stream of orders at the
 * line's rate (season, trend, an optional {@link RateProfile} and demand surges included), sampled by thinning (Lewis and Shedler,
 * 1979): candidates come at the run's maximum rate and each is kept with probability rate(t) / maximum;
 * a constant rate keeps every candidate without drawing. Order sizes are the line's {@code orderSize},
 * rounded.
 */
public final class PoissonDemand implements DemandGenerator {
  private final RateProfile profile;
  private double maxRatePerMs;
  private boolean constant;

  PoissonDemand(RateProfile profile) {
    this.profile = profile;
  }

  @Override
  public void start(Line line) {
    maxRatePerMs = line.demand().maxRatePerDay(line.horizonMs()) * line.maxSurgeFactor() * profile.maxFactor()
        / SimTime.DAY_MS;
    constant = line.demand().seasonalityAmplitude() == 0 && line.demand().trendPerYear() == 0 && !line.surged()
        && profile.flat();
  }

  @Override
  public long nextArrivalMs(Line line) {
    return Math.round(line.arrivals().nextExponential(1.0 / maxRatePerMs));
  }

  @Override
  public boolean places(Line line) {
    long now = line.nowMs();
    return constant || line.arrivals().nextDouble() * maxRatePerMs * SimTime.DAY_MS
        < line.demand().ratePerDay(now) * line.surgeFactor(now) * profile.factor(now);
  }

  @Override
  public long quantity(Line line) {
    return line.sampledOrderSize();
  }

  /** Finds {@code poisson} for {@link java.util.ServiceLoader}; its only parameters are a {@link RateProfile}'s. */
  public static final class Factory implements DemandGeneratorFactory {
    /** The factory ServiceLoader makes. */
    public Factory() {}

    @Override
    public String name() {
      return "poisson";
    }

    @Override
    public String description() {
      return "Poisson orders at the line's rate (season, trend, profile and surges by thinning), sizes from orderSize.";
    }

    @Override
    public DemandGenerator create(RuleParams params) {
      RateProfile profile = RateProfile.read(params);
      params.requireNoOthers();
      return new PoissonDemand(profile);
    }
  }
}
