package org.dmsim.model.geo;

import org.dmsim.model.time.SimTime;

/**
 * A way of moving goods between two nodes, with the defaults a generated lane takes.
 *
 * <p>Every default is a planning figure for a first model, not a measurement; an explicit lane
 * ({@link LaneSpec}) replaces any of them for one (from, to, mode). {@code docs/emission-factors.md}
 * gives the reasoning and sources. In short:
 * <ul>
 *   <li>{@code speedKmPerH}: average speed while moving along the network distance. Assumption.
 *       Road 60 (motorway limit 80–90 less urban legs and congestion; driver rest rules are not
 *       modelled), rail 40 (freight trains wait for paths and in yards), sea 30 (about 16 knots,
 *       container-ship slow steaming), air 700 (cruise about 850 less taxi, climb and descent).
 *   <li>{@code handlingMs}: fixed time per shipment for loading, unloading and terminals at both
 *       ends. Assumption: road 2 h, rail 12 h, sea 3 d (port dwell), air 1 d (acceptance, screening,
 *       build-up and breakdown).
 *   <li>{@code circuity}: network distance over great-circle distance. Road 1.25 after the country
 *       factors of Ballou, Rahardja and Sakai (Transportation Research A 36, 2002), which mostly fall
 *       between 1.2 and 1.4; rail 1.3, sea 1.3, air 1.05 are assumptions. Sea routes vary most
 *       (canals, capes): give long sea lanes explicitly.
 *   <li>{@code transitCv}: coefficient of variation of transit time. Assumption: road 0.10, rail
 *       0.20, sea 0.15, air 0.10.
 *   <li>{@code costPerTonneKm}: EUR per tonne-km. Rough assumption from typical freight rates over
 *       typical payloads: road 0.10, rail 0.05, sea 0.01, air 0.40.
 *   <li>{@code co2KgPerTonneKm}: kg CO2e per tonne-km, rounded from the UK Government (DESNZ/DEFRA)
 *       GHG conversion factors for company reporting, "Freighting goods", direct (tank-to-wheel)
 *       factors, average loads: road 0.10 (HGV, all diesel, all HGVs, average laden), rail 0.028
 *       (freight train), sea 0.016 (cargo ship, container ship, average), air 0.60 (freight flight,
 *       long-haul, without the radiative-forcing uplift). Check the current edition before relying
 *       on them.
 * </ul>
 */
public enum TransportMode {
  /** Heavy goods vehicle on public roads. */
  ROAD(60.0, 2 * SimTime.HOUR_MS, 1.25, 0.10, 0.10, 0.10),
  /** Freight train between rail terminals. */
  RAIL(40.0, 12 * SimTime.HOUR_MS, 1.3, 0.20, 0.05, 0.028),
  /** Container ship between ports. */
  SEA(30.0, 3 * SimTime.DAY_MS, 1.3, 0.15, 0.01, 0.016),
  /** Air freight between airports. */
  AIR(700.0, SimTime.DAY_MS, 1.05, 0.10, 0.40, 0.60);

  private final double speedKmPerH;
  private final long handlingMs;
  private final double circuity;
  private final double transitCv;
  private final double costPerTonneKm;
  private final double co2KgPerTonneKm;

  TransportMode(double speedKmPerH, long handlingMs, double circuity, double transitCv, double costPerTonneKm,
      double co2KgPerTonneKm) {
    this.speedKmPerH = speedKmPerH;
    this.handlingMs = handlingMs;
    this.circuity = circuity;
    this.transitCv = transitCv;
    this.costPerTonneKm = costPerTonneKm;
    this.co2KgPerTonneKm = co2KgPerTonneKm;
  }

  /** Average speed along the network distance, km/h; positive. */
  public double speedKmPerH() {
    return speedKmPerH;
  }

  /** Fixed time per shipment for loading, unloading and terminals, ms; not negative. */
  public long handlingMs() {
    return handlingMs;
  }

  /** Network distance over great-circle distance; at least 1. */
  public double circuity() {
    return circuity;
  }

  /** Default coefficient of variation of transit time; not negative. */
  public double transitCv() {
    return transitCv;
  }

  /** Default cost, EUR per tonne-km. */
  public double costPerTonneKm() {
    return costPerTonneKm;
  }

  /** Default emissions, kg CO2e per tonne-km (tank-to-wheel, see the type's Javadoc). */
  public double co2KgPerTonneKm() {
    return co2KgPerTonneKm;
  }
}
