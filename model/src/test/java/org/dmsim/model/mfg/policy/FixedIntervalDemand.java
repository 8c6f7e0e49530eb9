package org.dmsim.model.mfg.policy;

import org.dmsim.model.time.SimTime;

/**
 * A test-only plug-in demand generator, installed through this module's test
 * {@code META-INF/services}: an order of {@code units} units exactly every 1 / ordersPerDay days; it
 * draws no random number at all.
 */
public final class FixedIntervalDemand implements DemandGenerator {
  private final long units;

  FixedIntervalDemand(long units) {
    this.units = units;
  }

  @Override
  public long nextArrivalMs(Line line) {
    return Math.round(SimTime.DAY_MS / line.demand().ordersPerDay());
  }

  @Override
  public long quantity(Line line) {
    return units;
  }

  /** Finds {@code fixed-interval}. */
  public static final class Factory implements DemandGeneratorFactory {
    @Override
    public String name() {
      return "fixed-interval";
    }

    @Override
    public String description() {
      return "an order of units units every 1/ordersPerDay days (a test generator)";
    }

    @Override
    public DemandGenerator create(RuleParams params) {
      long units = params.integer("units", 1, 1_000);
      params.requireNoOthers();
      return new FixedIntervalDemand(units);
    }
  }
}
