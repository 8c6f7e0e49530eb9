package org.dmsim.model.geo;

import java.util.Objects;

/**
 * A directed transport link between two nodes by one mode, with what a shipment on it takes,
 * costs and emits.
 *
 * @param from            origin node name; not blank
 * @param to              destination node name; not blank, not {@code from}
 * @param mode            transport mode
 * @param distanceKm      network distance, km; finite, not negative
 * @param transitMs       mean door-to-door transit time including handling, ms; not negative
 * @param transitCv       coefficient of variation of the transit time (0 = deterministic); finite,
 *                        not negative
 * @param costPerTonneKm  EUR per tonne-km; finite, not negative
 * @param co2KgPerTonneKm kg CO2e per tonne-km; finite, not negative
 */
public record Lane(String from, String to, TransportMode mode, double distanceKm, long transitMs, double transitCv,
    double costPerTonneKm, double co2KgPerTonneKm) {
  public Lane {
    LaneKey key = new LaneKey(from, to, mode);
    requireFiniteNotNegative(key, "distance km", distanceKm);
    if (transitMs < 0) {
      throw new IllegalArgumentException("lane " + key + ": transit ms must not be negative, was " + transitMs);
    }
    requireFiniteNotNegative(key, "transit cv", transitCv);
    requireFiniteNotNegative(key, "cost per tonne-km", costPerTonneKm);
    requireFiniteNotNegative(key, "CO2 kg per tonne-km", co2KgPerTonneKm);
  }

  /** The (from, to, mode) this lane is for. */
  public LaneKey key() {
    return new LaneKey(from, to, mode);
  }

  /**
   * Cost of moving {@code tonnes} the lane's whole distance, EUR.
   *
   * @throws IllegalArgumentException when {@code tonnes} is negative or not finite
   */
  public double costFor(double tonnes) {
    return tonneKm(tonnes) * costPerTonneKm;
  }

  /**
   * Emissions of moving {@code tonnes} the lane's whole distance, kg CO2e.
   *
   * @throws IllegalArgumentException when {@code tonnes} is negative or not finite
   */
  public double co2KgFor(double tonnes) {
    return tonneKm(tonnes) * co2KgPerTonneKm;
  }

  private double tonneKm(double tonnes) {
    requireFiniteNotNegative(key(), "tonnes", tonnes);
    return tonnes * distanceKm;
  }

  static void requireFiniteNotNegative(Object where, String what, double value) {
    Objects.requireNonNull(where);
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("lane " + where + ": " + what + " must be finite and not negative, was " + value);
    }
  }
}
