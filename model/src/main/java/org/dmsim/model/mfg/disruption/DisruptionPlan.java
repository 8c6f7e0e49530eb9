package org.dmsim.model.mfg.disruption;

import java.util.List;
import java.util.Map;
import org.dmsim.model.geo.Lane;
import org.dmsim.model.geo.LaneKey;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.Windows;

/**
 * A scenario's disruptions compiled for the entities they hit: outage windows per site and supplier
 * (regional disasters included), capacity losses per site, closed and slowed windows per lane, demand
 * factors per region and demand line, the platform's down and stale windows, and stock losses per
 * distribution centre. Immutable.
 */
public final class DisruptionPlan {
  /** A factor applying over {@code [fromMs, toMs)}. */
  public record Factor(double value, long fromMs, long toMs) {}

  private final Windows[] siteOutage;
  private final List<Factor>[] capacityLoss;
  private final Windows[] supplierOutage;
  private final Map<LaneKey, Windows> laneClosed;
  private final Map<LaneKey, List<Factor>> laneSlowed;
  private final List<Factor>[][] surge;
  private final Windows platformDown;
  private final Windows platformStale;
  private final List<Factor>[] stockLoss;

  /**
   * The disruptions of {@code spec}, resolved against the sites, suppliers and the lanes in use: each
   * adds its own effects ({@link Disruption#applyTo}), in the scenario's order.
   */
  public DisruptionPlan(ManufacturingSpec spec, List<Lane> lanesInUse) {
    DisruptionEffects effects = new DisruptionEffects(spec, lanesInUse);
    spec.disruptions().forEach(d -> d.applyTo(effects));
    siteOutage = effects.siteOutages();
    capacityLoss = effects.capacityLosses();
    supplierOutage = effects.supplierOutages();
    laneClosed = effects.lanesClosed();
    laneSlowed = effects.lanesSlowed();
    surge = effects.surges();
    platformDown = effects.platformDownWindows();
    platformStale = effects.platformStaleWindows();
    stockLoss = effects.stockLosses();
  }

  /** When site {@code site} is out. */
  public Windows siteOutage(int site) {
    return siteOutage[site];
  }

  /** The capacity losses of site {@code site}: share of machines lost and when. */
  public List<Factor> capacityLoss(int site) {
    return capacityLoss[site];
  }

  /** When supplier {@code supplier} has no capacity. */
  public Windows supplierOutage(int supplier) {
    return supplierOutage[supplier];
  }

  /** When {@code lane} is closed. */
  public Windows laneClosed(Lane lane) {
    // Called for every shipment: without closures, skip building the lane's key.
    return laneClosed.isEmpty() ? Windows.NONE : laneClosed.getOrDefault(lane.key(), Windows.NONE);
  }

  /** The transit factor of a shipment dispatched on {@code lane} at {@code tMs} (1 when not slowed). */
  public double laneSlowdown(Lane lane, long tMs) {
    if (laneSlowed.isEmpty()) {
      return 1;
    }
    List<Factor> factors = laneSlowed.get(lane.key());
    double f = 1;
    if (factors != null) {
      for (Factor x : factors) {
        if (x.fromMs() <= tMs && tMs < x.toMs()) {
          f *= x.value();
        }
      }
    }
    return f;
  }

  /** The demand factors of line {@code line} of region {@code region}. */
  public List<Factor> surge(int region, int line) {
    return surge[region][line];
  }

  /** When the platform allocates nothing. */
  public Windows platformDown() {
    return platformDown;
  }

  /** When the platform ignores status reports. */
  public Windows platformStale() {
    return platformStale;
  }

  /** The stock losses of distribution centre {@code site}: share and instant ({@code fromMs}). */
  public List<Factor> stockLoss(int site) {
    return stockLoss[site];
  }
}
