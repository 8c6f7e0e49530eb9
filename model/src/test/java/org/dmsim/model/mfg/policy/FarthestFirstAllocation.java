package org.dmsim.model.mfg.policy;

/**
 * A test-only plug-in rule, installed through this module's test {@code META-INF/services}: the
 * farthest site first, among those at least {@code minKm} away. Written exactly as a user's would be.
 */
public final class FarthestFirstAllocation implements AllocationRule {
  private final double minKm;

  FarthestFirstAllocation(double minKm) {
    this.minKm = minKm;
  }

  @Override
  public double score(Candidate site) {
    return site.distanceKm() < minKm ? Double.POSITIVE_INFINITY : -site.distanceKm();
  }

  /** Finds {@code farthest-first}. */
  public static final class Factory implements AllocationRuleFactory {
    @Override
    public String name() {
      return "farthest-first";
    }

    @Override
    public String description() {
      return "the farthest site first (a test rule)";
    }

    @Override
    public AllocationRule create(RuleParams params) {
      double minKm = params.number("minKm", 0, 0, 20_000);
      params.requireNoOthers();
      return new FarthestFirstAllocation(minKm);
    }
  }
}
