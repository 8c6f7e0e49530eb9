package org.dmsim.model.mfg.disruption;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.geo.Lane;
import org.dmsim.model.geo.LaneKey;
import org.dmsim.model.mfg.disruption.DisruptionPlan.Factor;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.SupplierSpec;
import org.dmsim.model.mfg.spec.Windows;

/**
 * The effects of a scenario's disruptions on one network while its {@link DisruptionPlan} is built:
 * each {@link Disruption} finds the sites, suppliers, lanes and demand lines it hits here
 * ({@link Disruption#applyTo}) and adds its windows and factors, in the scenario's order. Sites,
 * suppliers, regions and demand lines are addressed by their index in the scenario; a window is
 * {@code [startMs, endMs)}. Used once, by one thread.
 */
public final class DisruptionEffects {
  private final List<NodeSpec> sites;
  private final List<SupplierSpec> suppliers;
  private final List<RegionSpec> regions;
  private final List<Lane> lanesInUse;
  private final Map<String, GeoPoint> where = new HashMap<>();

  private final List<List<long[]>> siteOutage;
  private final List<List<long[]>> supplierOutage;
  private final List<List<Factor>> capacityLoss;
  private final List<List<Factor>> stockLoss;
  private final List<List<List<Factor>>> surge = new ArrayList<>();
  private final Map<LaneKey, List<long[]>> laneClosed = new HashMap<>();
  private final Map<LaneKey, List<Factor>> laneSlowed = new HashMap<>();
  private final List<long[]> platformDown = new ArrayList<>();
  private final List<long[]> platformStale = new ArrayList<>();

  DisruptionEffects(ManufacturingSpec spec, List<Lane> lanesInUse) {
    this.sites = spec.nodes();
    this.suppliers = spec.suppliers();
    this.regions = spec.regions();
    this.lanesInUse = List.copyOf(lanesInUse);
    sites.forEach(n -> where.put(n.id(), n.location()));
    suppliers.forEach(s -> where.put(s.id(), s.location()));
    regions.forEach(r -> where.put(r.id(), r.location()));
    siteOutage = lists(sites.size());
    supplierOutage = lists(suppliers.size());
    capacityLoss = lists(sites.size());
    stockLoss = lists(sites.size());
    for (RegionSpec r : regions) {
      surge.add(lists(r.demand().size()));
    }
  }

  private static <T> List<List<T>> lists(int n) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    return out;
  }

  // What there is to hit.

  /** The sites (plants, microfactories, distribution centres), in scenario order. */
  List<NodeSpec> sites() {
    return sites;
  }

  /** The suppliers, in scenario order. */
  List<SupplierSpec> suppliers() {
    return suppliers;
  }

  /** The customer regions, in scenario order. */
  List<RegionSpec> regions() {
    return regions;
  }

  /** The lanes the network uses. */
  List<Lane> lanesInUse() {
    return lanesInUse;
  }

  /** Where the site, supplier or region {@code id} is; null if there is none of that name. */
  GeoPoint locationOf(String id) {
    return where.get(id);
  }

  /**
   * The index of site {@code node}, or of the producing site with the most machines when it is
   * {@value Disruption#LARGEST} (ties go to the first by id); -1 if there is none.
   */
  int site(String node) {
    if (Disruption.LARGEST.equals(node)) {
      return largest();
    }
    for (int i = 0; i < sites.size(); i++) {
      if (sites.get(i).id().equals(node)) {
        return i;
      }
    }
    return -1;
  }

  private int largest() {
    return largest(sites);
  }

  /**
   * The index in {@code sites} of the producing site with the most machines (ties go to the first by
   * id); -1 if none produces: what {@value Disruption#LARGEST} stands for.
   */
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

  /** The index of supplier {@code id}; -1 if there is none. */
  int supplier(String id) {
    for (int i = 0; i < suppliers.size(); i++) {
      if (suppliers.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  // What a disruption does.

  /** Site {@code site} is out; nothing when {@code site} is -1. */
  void siteOutage(int site, long startMs, long endMs) {
    if (site >= 0) {
      siteOutage.get(site).add(new long[] {startMs, endMs});
    }
  }

  /** Supplier {@code supplier} has no capacity; nothing when {@code supplier} is -1. */
  void supplierOutage(int supplier, long startMs, long endMs) {
    if (supplier >= 0) {
      supplierOutage.get(supplier).add(new long[] {startMs, endMs});
    }
  }

  /** Site {@code site} loses a share of its machines. */
  void capacityLoss(int site, Factor machineShare) {
    capacityLoss.get(site).add(machineShare);
  }

  /** Distribution centre {@code site} loses a share of its stock at {@code share.fromMs()}. */
  void stockLoss(int site, Factor share) {
    stockLoss.get(site).add(share);
  }

  /** The order rate of demand line {@code line} of region {@code region} is multiplied. */
  void surge(int region, int line, Factor factor) {
    surge.get(region).get(line).add(factor);
  }

  /** {@code lane} is closed. */
  void laneClosed(Lane lane, long startMs, long endMs) {
    laneClosed.computeIfAbsent(lane.key(), k -> new ArrayList<>()).add(new long[] {startMs, endMs});
  }

  /** Transit on {@code lane} takes longer for shipments dispatched in the factor's window. */
  void laneSlowed(Lane lane, Factor slowdown) {
    laneSlowed.computeIfAbsent(lane.key(), k -> new ArrayList<>()).add(slowdown);
  }

  /** The platform allocates nothing. */
  void platformDown(long startMs, long endMs) {
    platformDown.add(new long[] {startMs, endMs});
  }

  /** The platform allocates on stale status. */
  void platformStale(long startMs, long endMs) {
    platformStale.add(new long[] {startMs, endMs});
  }

  // The plan's parts.

  Windows[] siteOutages() {
    return windows(siteOutage);
  }

  Windows[] supplierOutages() {
    return windows(supplierOutage);
  }

  @SuppressWarnings("unchecked")
  List<Factor>[] capacityLosses() {
    return capacityLoss.toArray(List[]::new);
  }

  @SuppressWarnings("unchecked")
  List<Factor>[] stockLosses() {
    return stockLoss.toArray(List[]::new);
  }

  @SuppressWarnings("unchecked")
  List<Factor>[][] surges() {
    List<Factor>[][] out = new List[surge.size()][];
    for (int r = 0; r < out.length; r++) {
      out[r] = surge.get(r).toArray(List[]::new);
    }
    return out;
  }

  Map<LaneKey, Windows> lanesClosed() {
    Map<LaneKey, Windows> out = new HashMap<>();
    laneClosed.forEach((k, v) -> out.put(k, Windows.of(v)));
    return out;
  }

  Map<LaneKey, List<Factor>> lanesSlowed() {
    return laneSlowed;
  }

  Windows platformDownWindows() {
    return Windows.of(platformDown);
  }

  Windows platformStaleWindows() {
    return Windows.of(platformStale);
  }

  private static Windows[] windows(List<List<long[]>> lists) {
    Windows[] out = new Windows[lists.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Windows.of(lists.get(i));
    }
    return out;
  }
}
