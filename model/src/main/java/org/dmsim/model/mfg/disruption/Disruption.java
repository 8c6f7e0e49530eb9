package org.dmsim.model.mfg.disruption;

import java.util.List;
import java.util.Objects;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.geo.Lane;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.Names;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.RegionSpec;

/**
 * Something that goes wrong for a while: it starts at {@link #startMs()} and ends at {@link #endMs()}
 * (a one-off event such as destroyed stock has {@code endMs == startMs}). Disruptions are part of the
 * scenario, fixed before a run starts, so every variant of an experiment meets the same ones; a node
 * never learns of one before it happens — only physics (a closed lane, a supplier without capacity)
 * uses the schedule ahead of time.
 */
public sealed interface Disruption {
  /** The target name that means the producing node with the most machines (ties: the first by name). */
  String LARGEST = "@largest";

  /** When it starts, ms. */
  long startMs();

  /** When it ends, ms; not before the start. */
  long endMs();

  /** The scenario-file name of its type ({@code node-outage}, ...). */
  String type();

  /** What it hits, for tables: a node, a lane, a region, {@code platform}. */
  String target();

  /**
   * What it hits in {@code network}, for tables: {@link #target()} with {@value #LARGEST} replaced by
   * the id of the site it stands for there ({@code (none)} when no site produces); {@code *} stays.
   */
  default String targetIn(ManufacturingSpec network) {
    return target();
  }

  /** {@code node} as resolved in {@code network}: the site {@value #LARGEST} stands for, else itself. */
  private static String resolve(String node, ManufacturingSpec network) {
    if (!LARGEST.equals(node)) {
      return node;
    }
    int s = DisruptionEffects.largest(network.nodes());
    return s < 0 ? "(none)" : network.nodes().get(s).id();
  }

  /** Its severity for tables: the share of capacity lost, a demand factor, ... (1 for a full outage). */
  double severity();

  /** Adds what it does to the sites, suppliers, lanes, regions or platform it hits to {@code effects}. */
  void applyTo(DisruptionEffects effects);

  /**
   * A plant, microfactory, distribution centre or supplier stops completely. {@code node} may be
   * {@value #LARGEST}: the producing node with the most machines, whatever it is called in a network
   * design — so that "the main plant fails" means the same in every variant.
   */
  record NodeOutage(String node, long startMs, long endMs) implements Disruption {
    public NodeOutage {
      Checks.window(startMs, endMs);
      Checks.nodeOrSymbol(node, false);
    }

    @Override
    public void applyTo(DisruptionEffects effects) {
      effects.siteOutage(effects.site(node), startMs, endMs);
      effects.supplierOutage(effects.supplier(node), startMs, endMs);
    }

    @Override
    public String type() {
      return "node-outage";
    }

    @Override
    public String targetIn(ManufacturingSpec network) {
      return resolve(node, network);
    }

    @Override
    public String target() {
      return node;
    }

    @Override
    public double severity() {
      return 1;
    }
  }

  /**
   * A producing node loses a share of its machines (absenteeism, a fire in one hall); {@code node} may
   * be {@code *} (every producing node: a pandemic) or {@value #LARGEST}.
   */
  record CapacityLoss(String node, double machineShare, long startMs, long endMs) implements Disruption {
    public CapacityLoss {
      Checks.window(startMs, endMs);
      Checks.nodeOrSymbol(node, true);
      if (!(machineShare > 0 && machineShare <= 1)) {
        throw new IllegalArgumentException("capacity loss at " + node + ": the share of machines lost must be above 0 and at most 1");
      }
    }

    @Override
    public void applyTo(DisruptionEffects effects) {
      int named = effects.site(node);
      for (int s = 0; s < effects.sites().size(); s++) {
        if ("*".equals(node) ? effects.sites().get(s).kind().produces() : s == named) {
          effects.capacityLoss(s, new DisruptionPlan.Factor(machineShare, startMs, endMs));
        }
      }
    }

    @Override
    public String type() {
      return "capacity-loss";
    }

    @Override
    public String targetIn(ManufacturingSpec network) {
      return resolve(node, network);
    }

    @Override
    public String target() {
      return node;
    }

    @Override
    public double severity() {
      return machineShare;
    }
  }

  /** Every node within {@code radiusKm} of {@code centre} is out, and every lane to or from one is closed. */
  record RegionalDisaster(String name, GeoPoint centre, double radiusKm, long startMs, long endMs) implements Disruption {
    public RegionalDisaster {
      Checks.window(startMs, endMs);
      Checks.circle("regional disaster", name, centre, radiusKm);
    }

    @Override
    public void applyTo(DisruptionEffects effects) {
      for (int s = 0; s < effects.sites().size(); s++) {
        if (covers(effects.sites().get(s).location())) {
          effects.siteOutage(s, startMs, endMs);
        }
      }
      for (int s = 0; s < effects.suppliers().size(); s++) {
        if (covers(effects.suppliers().get(s).location())) {
          effects.supplierOutage(s, startMs, endMs);
        }
      }
      for (Lane lane : effects.lanesInUse()) {
        if (covers(effects.locationOf(lane.from())) || covers(effects.locationOf(lane.to()))) {
          effects.laneClosed(lane, startMs, endMs);
        }
      }
    }

    private boolean covers(GeoPoint p) {
      return p != null && centre.distanceKmTo(p) <= radiusKm;
    }

    @Override
    public String type() {
      return "regional-disaster";
    }

    @Override
    public String target() {
      return name;
    }

    @Override
    public double severity() {
      return radiusKm;
    }
  }

  /**
   * A border or port closes: every lane with one end inside the circle of {@code radiusKm} around
   * {@code centre} and the other outside is closed (shipments already on their way wait); lanes within
   * the area, or wholly outside it, run as usual. For example the Channel: a circle around Great
   * Britain.
   */
  record BorderClosure(String name, GeoPoint centre, double radiusKm, long startMs, long endMs) implements Disruption {
    public BorderClosure {
      Checks.window(startMs, endMs);
      Checks.circle("border closure", name, centre, radiusKm);
    }

    @Override
    public void applyTo(DisruptionEffects effects) {
      for (Lane lane : effects.lanesInUse()) {
        GeoPoint from = effects.locationOf(lane.from());
        GeoPoint to = effects.locationOf(lane.to());
        if (from != null && to != null && inside(from) != inside(to)) {
          effects.laneClosed(lane, startMs, endMs);
        }
      }
    }

    private boolean inside(GeoPoint p) {
      return centre.distanceKmTo(p) <= radiusKm;
    }

    @Override
    public String type() {
      return "border-closure";
    }

    @Override
    public String target() {
      return name;
    }

    @Override
    public double severity() {
      return radiusKm;
    }
  }

  /**
   * Shipments between {@code from} and {@code to} (either may be {@code *}: any node) are held while
   * the lane is closed ({@code slowdown} 0), or take {@code slowdown} times as long when dispatched
   * while it is slowed ({@code slowdown} above 1). A closure also holds shipments already on their way.
   */
  record LaneClosure(String from, String to, double slowdown, long startMs, long endMs) implements Disruption {
    public LaneClosure {
      Checks.window(startMs, endMs);
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (!(slowdown == 0 || slowdown > 1) || Double.isInfinite(slowdown)) {
        throw new IllegalArgumentException("lane " + from + " -> " + to + ": slowdown must be 0 (closed) or above 1");
      }
    }

    /** Whether the lane {@code a → b} is this one. */
    public boolean matches(String a, String b) {
      return (from.equals("*") || from.equals(a)) && (to.equals("*") || to.equals(b));
    }

    @Override
    public void applyTo(DisruptionEffects effects) {
      for (Lane lane : effects.lanesInUse()) {
        if (matches(lane.from(), lane.to())) {
          if (slowdown == 0) {
            effects.laneClosed(lane, startMs, endMs);
          } else {
            effects.laneSlowed(lane, new DisruptionPlan.Factor(slowdown, startMs, endMs));
          }
        }
      }
    }

    @Override
    public String type() {
      return slowdown == 0 ? "lane-closure" : "lane-slowdown";
    }

    @Override
    public String target() {
      return from + "->" + to;
    }

    @Override
    public double severity() {
      return slowdown;
    }
  }

  /** A supplier delivers nothing: orders wait until it is back. */
  record SupplierFailure(String supplier, long startMs, long endMs) implements Disruption {
    public SupplierFailure {
      Checks.window(startMs, endMs);
      Names.requireId("supplier", supplier);
    }

    @Override
    public void applyTo(DisruptionEffects effects) {
      effects.supplierOutage(effects.supplier(supplier), startMs, endMs);
    }

    @Override
    public String type() {
      return "supplier-failure";
    }

    @Override
    public String target() {
      return supplier;
    }

    @Override
    public double severity() {
      return 1;
    }
  }

  /** The order rate of {@code region} (or {@code *}) for {@code product} (or {@code *}) is multiplied by {@code factor}. */
  record DemandSurge(String region, String product, double factor, long startMs, long endMs) implements Disruption {
    public DemandSurge {
      Checks.window(startMs, endMs);
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(product, "product");
      if (!(factor >= 0) || Double.isInfinite(factor) || factor == 1) {
        throw new IllegalArgumentException("demand surge: the factor must be a finite number, not negative, other than 1");
      }
    }

    /** Whether it applies to {@code product} ordered by {@code regionId}. */
    public boolean matches(String regionId, String productId) {
      return (region.equals("*") || region.equals(regionId)) && (product.equals("*") || product.equals(productId));
    }

    @Override
    public void applyTo(DisruptionEffects effects) {
      List<RegionSpec> regions = effects.regions();
      for (int r = 0; r < regions.size(); r++) {
        List<DemandSpec> lines = regions.get(r).demand();
        for (int l = 0; l < lines.size(); l++) {
          if (matches(regions.get(r).id(), lines.get(l).product())) {
            effects.surge(r, l, new DisruptionPlan.Factor(factor, startMs, endMs));
          }
        }
      }
    }

    @Override
    public String type() {
      return "demand-surge";
    }

    @Override
    public String target() {
      return region + "/" + product;
    }

    @Override
    public double severity() {
      return factor;
    }
  }

  /**
   * The order platform (the digital thread) is down — it allocates nothing, orders wait — or, with
   * {@code staleOnly}, keeps allocating but on the status it had when the outage began (a cyber attack
   * on its data feeds).
   */
  record PlatformOutage(boolean staleOnly, long startMs, long endMs) implements Disruption {
    public PlatformOutage {
      Checks.window(startMs, endMs);
    }

    @Override
    public void applyTo(DisruptionEffects effects) {
      if (staleOnly) {
        effects.platformStale(startMs, endMs);
      } else {
        effects.platformDown(startMs, endMs);
      }
    }

    @Override
    public String type() {
      return staleOnly ? "platform-stale" : "platform-outage";
    }

    @Override
    public String target() {
      return ManufacturingSpec.PLATFORM;
    }

    @Override
    public double severity() {
      return 1;
    }
  }

  /** A share of the stock on hand at a distribution centre (or {@code *}: all of them) is destroyed at one instant. */
  record StockDestroyed(String node, double share, long startMs) implements Disruption {
    public StockDestroyed {
      Checks.window(startMs, startMs);
      Objects.requireNonNull(node, "node");
      if (!(share > 0 && share <= 1)) {
        throw new IllegalArgumentException("stock destroyed at " + node + ": the share must be above 0 and at most 1");
      }
    }

    @Override
    public long endMs() {
      return startMs;
    }

    @Override
    public void applyTo(DisruptionEffects effects) {
      List<NodeSpec> sites = effects.sites();
      for (int s = 0; s < sites.size(); s++) {
        if (!sites.get(s).kind().produces() && (node.equals("*") || node.equals(sites.get(s).id()))) {
          effects.stockLoss(s, new DisruptionPlan.Factor(share, startMs, startMs));
        }
      }
    }

    @Override
    public String type() {
      return "stock-destroyed";
    }

    @Override
    public String target() {
      return node;
    }

    @Override
    public double severity() {
      return share;
    }
  }

  /** Shared checks. */
  final class Checks {
    private Checks() {}

    static void circle(String what, String name, GeoPoint centre, double radiusKm) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(centre, "centre");
      if (!(radiusKm > 0) || Double.isInfinite(radiusKm)) {
        throw new IllegalArgumentException(what + " " + name + ": the radius must be positive");
      }
    }

    static void nodeOrSymbol(String node, boolean anyAllowed) {
      if (LARGEST.equals(node) || anyAllowed && "*".equals(node)) {
        return;
      }
      Names.requireId("node", node);
    }

    static void window(long startMs, long endMs) {
      if (startMs < 0 || endMs < startMs) {
        throw new IllegalArgumentException("a disruption must start at or after 0 and end no earlier than it starts, was "
            + startMs + " to " + endMs + " ms");
      }
    }
  }
}
