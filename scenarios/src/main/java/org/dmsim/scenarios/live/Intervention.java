package org.dmsim.scenarios.live;

import java.util.Objects;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.disruption.Disruption;

/**
 * Something the teacher does to every variant of a {@link LiveSession} at a simulated time: one of the
 * scenario format's fixed disruptions, so that the session's {@link Recording} is an ordinary scenario.
 * Times are ms of simulated time from the start of the run; durations are greater than 0.
 */
public sealed interface Intervention {
  /** When it starts, ms. */
  long atMs();

  /** How long it lasts, ms. */
  long forMs();

  /**
   * The disruption it adds to every variant.
   *
   * @throws IllegalArgumentException if a field is out of its range (the disruption's own checks)
   */
  Disruption toDisruption();

  /** A plant, microfactory, distribution centre or supplier stops completely ({@code node-outage}). */
  record SiteOutage(String site, long atMs, long forMs) implements Intervention {
    public SiteOutage {
      Objects.requireNonNull(site, "site");
    }

    @Override
    public Disruption toDisruption() {
      return new Disruption.NodeOutage(site, atMs, atMs + forMs);
    }
  }

  /** Every site within {@code radiusKm} of {@code centre} is out and its lanes closed ({@code regional-disaster}). */
  record RegionalDisaster(String name, GeoPoint centre, double radiusKm, long atMs, long forMs) implements Intervention {
    public RegionalDisaster {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(centre, "centre");
    }

    @Override
    public Disruption toDisruption() {
      return new Disruption.RegionalDisaster(name, centre, radiusKm, atMs, atMs + forMs);
    }
  }

  /** The order rate of {@code region} ({@code *}: all) for {@code product} ({@code *}: all) is multiplied by {@code factor}. */
  record DemandSurge(String region, String product, double factor, long atMs, long forMs) implements Intervention {
    public DemandSurge {
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(product, "product");
    }

    @Override
    public Disruption toDisruption() {
      return new Disruption.DemandSurge(region, product, factor, atMs, atMs + forMs);
    }
  }
}
