package org.dmsim.model.mfg.disruption;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.geo.Lane;
import org.dmsim.model.geo.LaneKey;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.SupplierSpec;
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
  private final Map<LaneKey, Windows> laneClosed = new HashMap<>();
  private final Map<LaneKey, List<Factor>> laneSlowed = new HashMap<>();
  private final List<Factor>[][] surge;
  private final Windows platformDown;
  private final Windows platformStale;
  private final List<Factor>[] stockLoss;

  /** The disruptions of {@code spec}, resolved against the sites, suppliers and the lanes in use. */
  @SuppressWarnings("unchecked")
  public DisruptionPlan(ManufacturingSpec spec, List<Lane> lanesInUse) {
    List<NodeSpec> sites = spec.nodes();
    List<SupplierSpec> suppliers = spec.suppliers();
    List<RegionSpec> regions = spec.regions();
    Map<String, GeoPoint> where = new HashMap<>();
    sites.forEach(n -> where.put(n.id(), n.location()));
    suppliers.forEach(s -> where.put(s.id(), s.location()));
    regions.forEach(r -> where.put(r.id(), r.location()));

    List<List<long[]>> siteWindows = lists(sites.size());
    List<List<long[]>> supplierWindows = lists(suppliers.size());
    capacityLoss = new List[sites.size()];
    stockLoss = new List[sites.size()];
    for (int s = 0; s < sites.size(); s++) {
      capacityLoss[s] = new ArrayList<>();
      stockLoss[s] = new ArrayList<>();
    }
    surge = new List[regions.size()][];
    for (int r = 0; r < regions.size(); r++) {
      surge[r] = new List[regions.get(r).demand().size()];
      for (int l = 0; l < surge[r].length; l++) {
        surge[r][l] = new ArrayList<>();
      }
    }
    List<long[]> down = new ArrayList<>();
    List<long[]> stale = new ArrayList<>();
    Map<LaneKey, List<long[]>> closed = new HashMap<>();

    for (Disruption d : spec.disruptions()) {
      long[] window = {d.startMs(), d.endMs()};
      if (d instanceof Disruption.NodeOutage o) {
        add(siteWindows, Disruption.LARGEST.equals(o.node()) ? largest(sites) : indexOf(sites, o.node()), window);
        add(supplierWindows, supplierIndex(suppliers, o.node()), window);
      } else if (d instanceof Disruption.SupplierFailure f) {
        add(supplierWindows, supplierIndex(suppliers, f.supplier()), window);
      } else if (d instanceof Disruption.CapacityLoss c) {
        for (int s = 0; s < sites.size(); s++) {
          boolean hit = "*".equals(c.node()) ? sites.get(s).kind().produces()
              : s == (Disruption.LARGEST.equals(c.node()) ? largest(sites) : indexOf(sites, c.node()));
          if (hit) {
            capacityLoss[s].add(new Factor(c.machineShare(), d.startMs(), d.endMs()));
          }
        }
      } else if (d instanceof Disruption.RegionalDisaster r) {
        for (int s = 0; s < sites.size(); s++) {
          if (inside(r, sites.get(s).location())) {
            siteWindows.get(s).add(window.clone());
          }
        }
        for (int s = 0; s < suppliers.size(); s++) {
          if (inside(r, suppliers.get(s).location())) {
            supplierWindows.get(s).add(window.clone());
          }
        }
        for (Lane lane : lanesInUse) {
          if (inside(r, where.get(lane.from())) || inside(r, where.get(lane.to()))) {
            closed.computeIfAbsent(lane.key(), k -> new ArrayList<>()).add(window.clone());
          }
        }
      } else if (d instanceof Disruption.BorderClosure b) {
        for (Lane lane : lanesInUse) {
          GeoPoint from = where.get(lane.from());
          GeoPoint to = where.get(lane.to());
          if (from != null && to != null
              && (b.centre().distanceKmTo(from) <= b.radiusKm()) != (b.centre().distanceKmTo(to) <= b.radiusKm())) {
            closed.computeIfAbsent(lane.key(), k -> new ArrayList<>()).add(window.clone());
          }
        }
      } else if (d instanceof Disruption.LaneClosure l) {
        for (Lane lane : lanesInUse) {
          if (l.matches(lane.from(), lane.to())) {
            if (l.slowdown() == 0) {
              closed.computeIfAbsent(lane.key(), k -> new ArrayList<>()).add(window.clone());
            } else {
              laneSlowed.computeIfAbsent(lane.key(), k -> new ArrayList<>())
                  .add(new Factor(l.slowdown(), d.startMs(), d.endMs()));
            }
          }
        }
      } else if (d instanceof Disruption.DemandSurge s) {
        for (int r = 0; r < regions.size(); r++) {
          List<DemandSpec> lines = regions.get(r).demand();
          for (int l = 0; l < lines.size(); l++) {
            if (s.matches(regions.get(r).id(), lines.get(l).product())) {
              surge[r][l].add(new Factor(s.factor(), d.startMs(), d.endMs()));
            }
          }
        }
      } else if (d instanceof Disruption.PlatformOutage p) {
        (p.staleOnly() ? stale : down).add(window);
      } else if (d instanceof Disruption.StockDestroyed x) {
        for (int s = 0; s < sites.size(); s++) {
          if (!sites.get(s).kind().produces() && (x.node().equals("*") || x.node().equals(sites.get(s).id()))) {
            stockLoss[s].add(new Factor(x.share(), d.startMs(), d.startMs()));
          }
        }
      }
    }
    siteOutage = windows(siteWindows);
    supplierOutage = windows(supplierWindows);
    closed.forEach((k, v) -> laneClosed.put(k, Windows.of(v)));
    platformDown = Windows.of(down);
    platformStale = Windows.of(stale);
  }

  private static List<List<long[]>> lists(int n) {
    List<List<long[]>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    return out;
  }

  private static void add(List<List<long[]>> lists, int index, long[] window) {
    if (index >= 0) {
      lists.get(index).add(window.clone());
    }
  }

  private static Windows[] windows(List<List<long[]>> lists) {
    Windows[] out = new Windows[lists.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Windows.of(lists.get(i));
    }
    return out;
  }

  private static int indexOf(List<NodeSpec> sites, String id) {
    for (int i = 0; i < sites.size(); i++) {
      if (sites.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** The producing site with the most machines; ties go to the first by id. */
  static int largest(List<NodeSpec> sites) {
    int best = -1;
    int most = -1;
    for (int s = 0; s < sites.size(); s++) {
      int machines = sites.get(s).machines().stream().mapToInt(g -> g.count()).sum();
      if (sites.get(s).kind().produces() && (machines > most
          || machines == most && sites.get(s).id().compareTo(sites.get(best).id()) < 0)) {
        best = s;
        most = machines;
      }
    }
    return best;
  }

  private static int supplierIndex(List<SupplierSpec> suppliers, String id) {
    for (int i = 0; i < suppliers.size(); i++) {
      if (suppliers.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean inside(Disruption.RegionalDisaster r, GeoPoint p) {
    return p != null && r.centre().distanceKmTo(p) <= r.radiusKm();
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
