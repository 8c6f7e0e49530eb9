package org.dmsim.model.geo;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A lane a user states explicitly: its (from, to, mode) and any of distance, transit time, transit
 * variability, cost and emissions that should replace the generated values. What is not given is
 * filled in by {@link Lanes#resolve}: from the nodes' coordinates and the mode's defaults, with the
 * transit time recomputed from an overridden distance.
 *
 * <p>Immutable. Not a record because an absent override is neither {@code null} nor an
 * {@code Optional} field: it is stored as "not set" and read back as an empty {@link OptionalDouble}
 * or {@link OptionalLong}. Build one with {@link #of} and the {@code with…} methods.
 */
public final class LaneSpec {
  private final LaneKey key;
  private final double distanceKm;
  private final long transitMs;
  private final double transitCv;
  private final double costPerTonneKm;
  private final double co2KgPerTonneKm;

  // NaN (doubles) and -1 (transit) mean "not set"; validation keeps real values finite and >= 0.
  private static final double UNSET = Double.NaN;
  private static final long UNSET_MS = -1;

  private LaneSpec(LaneKey key, double distanceKm, long transitMs, double transitCv, double costPerTonneKm,
      double co2KgPerTonneKm) {
    this.key = key;
    this.distanceKm = distanceKm;
    this.transitMs = transitMs;
    this.transitCv = transitCv;
    this.costPerTonneKm = costPerTonneKm;
    this.co2KgPerTonneKm = co2KgPerTonneKm;
  }

  /** An explicit lane with no overrides yet: every value comes from the mode and the coordinates. */
  public static LaneSpec of(String from, String to, TransportMode mode) {
    return new LaneSpec(new LaneKey(from, to, mode), UNSET, UNSET_MS, UNSET, UNSET, UNSET);
  }

  /** This spec with the network distance set, km; finite, not negative. */
  public LaneSpec withDistanceKm(double km) {
    Lane.requireFiniteNotNegative(key, "distance km", km);
    return new LaneSpec(key, km, transitMs, transitCv, costPerTonneKm, co2KgPerTonneKm);
  }

  /** This spec with the mean transit time set, including handling, ms; not negative. */
  public LaneSpec withTransitMs(long ms) {
    if (ms < 0) {
      throw new IllegalArgumentException("lane " + key + ": transit ms must not be negative, was " + ms);
    }
    return new LaneSpec(key, distanceKm, ms, transitCv, costPerTonneKm, co2KgPerTonneKm);
  }

  /** This spec with the transit time's coefficient of variation set; finite, not negative. */
  public LaneSpec withTransitCv(double cv) {
    Lane.requireFiniteNotNegative(key, "transit cv", cv);
    return new LaneSpec(key, distanceKm, transitMs, cv, costPerTonneKm, co2KgPerTonneKm);
  }

  /** This spec with the cost set, EUR per tonne-km; finite, not negative. */
  public LaneSpec withCostPerTonneKm(double eur) {
    Lane.requireFiniteNotNegative(key, "cost per tonne-km", eur);
    return new LaneSpec(key, distanceKm, transitMs, transitCv, eur, co2KgPerTonneKm);
  }

  /** This spec with the emissions set, kg CO2e per tonne-km; finite, not negative. */
  public LaneSpec withCo2KgPerTonneKm(double kg) {
    Lane.requireFiniteNotNegative(key, "CO2 kg per tonne-km", kg);
    return new LaneSpec(key, distanceKm, transitMs, transitCv, costPerTonneKm, kg);
  }

  /** The (from, to, mode) this spec is for. */
  public LaneKey key() {
    return key;
  }

  /** The overriding network distance, km, if set. */
  public OptionalDouble distanceKm() {
    return optional(distanceKm);
  }

  /** The overriding mean transit time, ms, if set. */
  public OptionalLong transitMs() {
    return transitMs == UNSET_MS ? OptionalLong.empty() : OptionalLong.of(transitMs);
  }

  /** The overriding coefficient of variation of transit time, if set. */
  public OptionalDouble transitCv() {
    return optional(transitCv);
  }

  /** The overriding cost, EUR per tonne-km, if set. */
  public OptionalDouble costPerTonneKm() {
    return optional(costPerTonneKm);
  }

  /** The overriding emissions, kg CO2e per tonne-km, if set. */
  public OptionalDouble co2KgPerTonneKm() {
    return optional(co2KgPerTonneKm);
  }

  private static OptionalDouble optional(double value) {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LaneSpec s && key.equals(s.key)
        && Double.compare(distanceKm, s.distanceKm) == 0
        && transitMs == s.transitMs
        && Double.compare(transitCv, s.transitCv) == 0
        && Double.compare(costPerTonneKm, s.costPerTonneKm) == 0
        && Double.compare(co2KgPerTonneKm, s.co2KgPerTonneKm) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, distanceKm, transitMs, transitCv, costPerTonneKm, co2KgPerTonneKm);
  }

  @Override
  public String toString() {
    return "LaneSpec[" + key + ", distanceKm=" + distanceKm() + ", transitMs=" + transitMs() + ", transitCv="
        + transitCv() + ", costPerTonneKm=" + costPerTonneKm() + ", co2KgPerTonneKm=" + co2KgPerTonneKm() + "]";
  }
}
