package org.dmsim.model.geo;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dmsim.model.time.SimTime;

/**
 * Builds lanes: generated from two located nodes and a mode's defaults, and the full lane set of a
 * network where explicit lanes override the generated ones.
 *
 * <p>A generated lane's distance is the great-circle distance times the mode's circuity; its
 * transit time is the mode's handling time plus distance over speed, rounded to the nearest
 * millisecond.
 */
public final class Lanes {
  private Lanes() {}

  /** The lane {@code from → to} by {@code mode}, from the nodes' positions and the mode's defaults. */
  public static Lane generate(String from, GeoPoint fromPoint, String to, GeoPoint toPoint, TransportMode mode) {
    double distanceKm = fromPoint.distanceKmTo(toPoint) * mode.circuity();
    return new Lane(from, to, mode, distanceKm, transitMs(mode, distanceKm), mode.transitCv(), mode.costPerTonneKm(),
        mode.co2KgPerTonneKm());
  }

  /**
   * The mean transit time of {@code distanceKm} by {@code mode}: handling plus distance over speed, ms.
   *
   * @throws IllegalArgumentException when the distance is negative, not finite, or too long for a
   *                                  {@code long} of milliseconds
   */
  public static long transitMs(TransportMode mode, double distanceKm) {
    Lane.requireFiniteNotNegative(mode, "distance km", distanceKm);
    double ms = mode.handlingMs() + distanceKm / mode.speedKmPerH() * SimTime.HOUR_MS;
    if (!(ms < SimTime.NEVER)) {
      throw new IllegalArgumentException(mode + ": " + distanceKm + " km is too long for a transit time in ms");
    }
    return Math.round(ms);
  }

  /**
   * Every lane of a network, keyed and ordered by (from, to, mode).
   *
   * <p>For each ordered pair of distinct located nodes and each allowed mode, the generated lane.
   * Then each explicit lane: it replaces the generated lane with the same (from, to, mode), taking
   * every value it does not override from that lane; if there is none (a mode not allowed, or a
   * node without a position) it is added, and must then give its distance unless both nodes are
   * located. A transit time not given is recomputed from the lane's final distance.
   *
   * @param nodes        node positions by name; iteration order does not matter
   * @param modesAllowed modes to generate lanes for; duplicates are ignored
   * @param explicit     lanes the user stated; at most one per (from, to, mode)
   * @return an unmodifiable sorted map of n·(n−1)·m generated lanes, adjusted and extended by the
   *         explicit ones
   * @throws IllegalArgumentException on a duplicate explicit lane, or an explicit lane with neither
   *                                  a distance nor located nodes
   */
  public static SortedMap<LaneKey, Lane> resolve(Map<String, GeoPoint> nodes, Collection<TransportMode> modesAllowed,
      List<LaneSpec> explicit) {
    Resolver resolver = resolver(nodes, modesAllowed, explicit);
    TreeMap<LaneKey, Lane> lanes = new TreeMap<>();
    for (String from : resolver.located.keySet()) {
      for (String to : resolver.located.keySet()) {
        for (TransportMode mode : resolver.modes) {
          Lane lane = resolver.lane(from, to, mode);
          if (lane != null) {
            lanes.put(lane.key(), lane);
          }
        }
      }
    }
    lanes.putAll(resolver.explicit);
    return Collections.unmodifiableSortedMap(lanes);
  }

  /**
   * The lanes of {@link #resolve}, one at a time, as asked for: for a network that needs only some of
   * its n·(n−1)·m lanes (sites to regions, sources to centres), without making the others. The explicit
   * lanes are checked at once, as by {@link #resolve}.
   *
   * @throws IllegalArgumentException as {@link #resolve}
   */
  public static Resolver resolver(Map<String, GeoPoint> nodes, Collection<TransportMode> modesAllowed,
      List<LaneSpec> explicit) {
    Map<String, GeoPoint> located = new TreeMap<>(nodes);
    EnumSet<TransportMode> modes = modesAllowed.isEmpty() ? EnumSet.noneOf(TransportMode.class)
        : EnumSet.copyOf(modesAllowed);
    TreeMap<LaneKey, LaneSpec> specs = new TreeMap<>();
    for (LaneSpec spec : explicit) {
      Objects.requireNonNull(spec, "explicit lane");
      if (specs.put(spec.key(), spec) != null) {
        throw new IllegalArgumentException("lane " + spec.key() + " is given explicitly more than once");
      }
    }
    TreeMap<LaneKey, Lane> applied = new TreeMap<>();
    for (LaneSpec spec : specs.values()) {
      applied.put(spec.key(), apply(spec, located));
    }
    return new Resolver(located, modes, applied);
  }

  /** The lane from one place to another by one mode, made when asked for; see {@link #resolver}. */
  public static final class Resolver {
    private final Map<String, GeoPoint> located;
    private final EnumSet<TransportMode> modes;
    private final Map<LaneKey, Lane> explicit;

    private Resolver(Map<String, GeoPoint> located, EnumSet<TransportMode> modes, Map<LaneKey, Lane> explicit) {
      this.located = located;
      this.modes = modes;
      this.explicit = explicit;
    }

    /**
     * The lane from {@code from} to {@code to} by {@code mode}: null from a place to itself; the explicit
     * one; else the generated one (both places located, the mode allowed); else null.
     */
    public Lane lane(String from, String to, TransportMode mode) {
      if (from.equals(to)) {
        return null;
      }
      Lane given = explicit.get(new LaneKey(from, to, mode));
      if (given != null) {
        return given;
      }
      GeoPoint a = located.get(from);
      GeoPoint b = located.get(to);
      if (a == null || b == null || !modes.contains(mode)) {
        return null;
      }
      return generate(from, a, to, b, mode);
    }
  }

  private static Lane apply(LaneSpec spec, Map<String, GeoPoint> located) {
    LaneKey key = spec.key();
    TransportMode mode = key.mode();
    GeoPoint fromPoint = located.get(key.from());
    GeoPoint toPoint = located.get(key.to());
    double distanceKm;
    if (spec.distanceKm().isPresent()) {
      distanceKm = spec.distanceKm().getAsDouble();
    } else if (fromPoint != null && toPoint != null) {
      distanceKm = fromPoint.distanceKmTo(toPoint) * mode.circuity();
    } else {
      throw new IllegalArgumentException("lane " + key + " needs a distance: "
          + (fromPoint == null ? key.from() : key.to()) + " has no position");
    }
    return new Lane(key.from(), key.to(), mode, distanceKm,
        spec.transitMs().orElseGet(() -> transitMs(mode, distanceKm)),
        spec.transitCv().orElse(mode.transitCv()),
        spec.costPerTonneKm().orElse(mode.costPerTonneKm()),
        spec.co2KgPerTonneKm().orElse(mode.co2KgPerTonneKm()));
  }
}
