package org.dmsim.model.mfg.disruption;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.spec.Names;

/**
 * One kind of {@link Disruption} with its severity fixed and a list of possible targets, for a
 * {@link DisruptionGenerator.Poisson} generator to stamp out at random times: the generator picks a
 * target by its index, a start and an end, and {@link #make} builds the disruption. Each
 * {@link Disruption} type has a template; the platform's have exactly one target, the platform.
 */
public sealed interface DisruptionTemplate {
  /**
   * The scenario-file name of the type it makes ({@code node-outage}, ...): the {@link Disruption#type()}
   * of what {@link #make} returns, so that the two cannot disagree.
   */
  default String type() {
    return make(0, 0, 0).type();
  }

  /** How many targets it draws from; at least 1. */
  int targetCount();

  /**
   * The disruption hitting target {@code target} (0-based, below {@link #targetCount()}) from
   * {@code startMs} to {@code endMs}; a one-off (stock destroyed) ignores {@code endMs}.
   */
  Disruption make(int target, long startMs, long endMs);

  /** Whether a disruption of this kind has a duration: every kind but stock destroyed. */
  default boolean lasts() {
    return true;
  }

  /** Node outages at one of {@code nodes}: plants, microfactories, distribution centres or suppliers. */
  record NodeOutages(List<String> nodes) implements DisruptionTemplate {
    public NodeOutages {
      nodes = ids("node", nodes);
    }

    @Override
    public int targetCount() {
      return nodes.size();
    }

    @Override
    public Disruption make(int target, long startMs, long endMs) {
      return new Disruption.NodeOutage(nodes.get(target), startMs, endMs);
    }
  }

  /** A loss of {@code machineShare} (above 0, at most 1) of the machines at one of {@code nodes}. */
  record CapacityLosses(List<String> nodes, double machineShare) implements DisruptionTemplate {
    public CapacityLosses {
      nodes = ids("node", nodes);
      if (!(machineShare > 0 && machineShare <= 1)) {
        throw new IllegalArgumentException("capacity losses: the share of machines lost must be above 0 and at most 1, was "
            + machineShare);
      }
    }

    @Override
    public int targetCount() {
      return nodes.size();
    }

    @Override
    public Disruption make(int target, long startMs, long endMs) {
      return new Disruption.CapacityLoss(nodes.get(target), machineShare, startMs, endMs);
    }
  }

  /** A regional disaster of radius {@code radiusKm} around one of {@code sites}, each equally likely. */
  record RegionalDisasters(List<Site> sites, double radiusKm) implements DisruptionTemplate {
    public RegionalDisasters {
      sites = List.copyOf(sites);
      if (sites.isEmpty()) {
        throw new IllegalArgumentException("regional disasters need at least one site");
      }
      TreeSet<String> names = new TreeSet<>();
      for (Site s : sites) {
        if (!names.add(s.name())) {
          throw new IllegalArgumentException("regional disasters: the site name " + s.name() + " is given twice");
        }
      }
      if (!(radiusKm > 0) || Double.isInfinite(radiusKm)) {
        throw new IllegalArgumentException("regional disasters: the radius must be positive, was " + radiusKm);
      }
    }

    @Override
    public int targetCount() {
      return sites.size();
    }

    @Override
    public Disruption make(int target, long startMs, long endMs) {
      Site s = sites.get(target);
      return new Disruption.RegionalDisaster(s.name(), s.centre(), radiusKm, startMs, endMs);
    }
  }

  /**
   * Closures ({@code slowdown} 0) or slowdowns ({@code slowdown} above 1: transit takes that many
   * times as long) of one of {@code lanes}.
   */
  record LaneClosures(List<LaneEnds> lanes, double slowdown) implements DisruptionTemplate {
    public LaneClosures {
      lanes = List.copyOf(lanes);
      if (lanes.isEmpty()) {
        throw new IllegalArgumentException("lane closures need at least one lane");
      }
      if (!(slowdown == 0 || slowdown > 1) || Double.isInfinite(slowdown)) {
        throw new IllegalArgumentException("lane closures: slowdown must be 0 (closed) or above 1, was " + slowdown);
      }
    }

    @Override
    public int targetCount() {
      return lanes.size();
    }

    @Override
    public Disruption make(int target, long startMs, long endMs) {
      LaneEnds l = lanes.get(target);
      return new Disruption.LaneClosure(l.from(), l.to(), slowdown, startMs, endMs);
    }
  }

  /** Failures of one of {@code suppliers}. */
  record SupplierFailures(List<String> suppliers) implements DisruptionTemplate {
    public SupplierFailures {
      suppliers = ids("supplier", suppliers);
    }

    @Override
    public int targetCount() {
      return suppliers.size();
    }

    @Override
    public Disruption make(int target, long startMs, long endMs) {
      return new Disruption.SupplierFailure(suppliers.get(target), startMs, endMs);
    }
  }

  /**
   * Demand of one of {@code regions} (each a region id or {@code *}: every region) for {@code product}
   * (or {@code *}) multiplied by {@code factor} (0 or more, not 1).
   */
  record DemandSurges(List<String> regions, String product, double factor) implements DisruptionTemplate {
    public DemandSurges {
      regions = List.copyOf(regions);
      if (regions.isEmpty()) {
        throw new IllegalArgumentException("demand surges need at least one region");
      }
      Objects.requireNonNull(product, "product");
      if (!(factor >= 0) || Double.isInfinite(factor) || factor == 1) {
        throw new IllegalArgumentException("demand surges: the factor must be a finite number, not negative, other than 1, was "
            + factor);
      }
    }

    @Override
    public int targetCount() {
      return regions.size();
    }

    @Override
    public Disruption make(int target, long startMs, long endMs) {
      return new Disruption.DemandSurge(regions.get(target), product, factor, startMs, endMs);
    }
  }

  /** Outages of the order platform, or with {@code staleOnly} allocation on stale status. One target: the platform. */
  record PlatformOutages(boolean staleOnly) implements DisruptionTemplate {
    @Override
    public int targetCount() {
      return 1;
    }

    @Override
    public Disruption make(int target, long startMs, long endMs) {
      Objects.checkIndex(target, 1);
      return new Disruption.PlatformOutage(staleOnly, startMs, endMs);
    }
  }

  /** Destruction of {@code share} (above 0, at most 1) of the stock at one of {@code nodes} (distribution centres or {@code *}). */
  record StocksDestroyed(List<String> nodes, double share) implements DisruptionTemplate {
    public StocksDestroyed {
      nodes = List.copyOf(nodes);
      if (nodes.isEmpty()) {
        throw new IllegalArgumentException("stock destruction needs at least one node");
      }
      if (!(share > 0 && share <= 1)) {
        throw new IllegalArgumentException("stock destruction: the share must be above 0 and at most 1, was " + share);
      }
    }

    @Override
    public int targetCount() {
      return nodes.size();
    }

    @Override
    public boolean lasts() {
      return false;
    }

    @Override
    public Disruption make(int target, long startMs, long endMs) {
      return new Disruption.StockDestroyed(nodes.get(target), share, startMs);
    }
  }

  /** A place a regional disaster may be centred on. */
  record Site(String name, GeoPoint centre) {
    public Site {
      Names.requireId("site", name);
      Objects.requireNonNull(centre, "centre");
    }
  }

  /** A lane by its ends: a node, supplier or region id, or {@code *} for any. */
  record LaneEnds(String from, String to) {
    public LaneEnds {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  private static List<String> ids(String what, List<String> ids) {
    List<String> copy = List.copyOf(ids);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a template needs at least one " + what);
    }
    copy.forEach(id -> Names.requireId(what, id));
    return copy;
  }
}
