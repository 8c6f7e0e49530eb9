package org.dmsim.reports.network;

import java.util.List;
import java.util.Objects;

/**
 * One variant's network as a map draws it.
 *
 * @param variant the variant's name
 * @param nodes   its sites, suppliers and customer regions, in scenario order (sites, suppliers, regions)
 * @param lanes   the lanes goods take under the normal assignment, with their flow; no two with the same ends
 */
public record NetworkGeometry(String variant, List<Node> nodes, List<Lane> lanes) {
  /** The kinds of node, in legend order. */
  public static final List<String> KINDS = List.of(Node.PLANT, Node.MICROFACTORY, Node.DISTRIBUTION_CENTRE,
      Node.SUPPLIER, Node.REGION);

  public NetworkGeometry {
    Objects.requireNonNull(variant, "variant");
    nodes = List.copyOf(nodes);
    lanes = List.copyOf(lanes);
  }

  /**
   * A place on the map.
   *
   * @param id       its id in the scenario
   * @param kind     one of {@link #KINDS}
   * @param lat      latitude, degrees north, -90 to 90
   * @param lon      longitude, degrees east, -180 to 180
   * @param machines its machines (its capacity); 0 for a distribution centre, supplier or region
   */
  public record Node(String id, String kind, double lat, double lon, int machines) {
    /** A large central plant. */
    public static final String PLANT = "plant";
    /** A small factory near demand. */
    public static final String MICROFACTORY = "microfactory";
    /** A distribution centre. */
    public static final String DISTRIBUTION_CENTRE = "distribution-centre";
    /** A component supplier. */
    public static final String SUPPLIER = "supplier";
    /** A customer region. */
    public static final String REGION = "region";

    public Node {
      Objects.requireNonNull(id, "id");
      if (!KINDS.contains(kind)) {
        throw new IllegalArgumentException("node " + id + ": kind must be one of " + KINDS + ", was " + kind);
      }
      if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
        throw new IllegalArgumentException("node " + id + ": lat must be -90 to 90 and lon -180 to 180, was " + lat
            + ", " + lon);
      }
      if (machines < 0) {
        throw new IllegalArgumentException("node " + id + ": machines must not be negative");
      }
    }
  }

  /**
   * A lane with goods on it.
   *
   * @param from         the sending node's id
   * @param to           the receiving node's id
   * @param unitsPerDay  units a day it carries under the normal assignment, not negative
   */
  public record Lane(String from, String to, double unitsPerDay) {
    public Lane {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (!(unitsPerDay >= 0) || Double.isInfinite(unitsPerDay)) {
        throw new IllegalArgumentException("lane " + from + " -> " + to + ": units per day must be finite and not negative");
      }
    }
  }
}
