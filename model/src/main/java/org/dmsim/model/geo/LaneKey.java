package org.dmsim.model.geo;

import java.util.Comparator;
import java.util.Objects;

/**
 * What identifies a lane: its origin and destination node names and its mode. Ordered by origin,
 * then destination, then mode in declaration order, so maps keyed by it iterate the same way on
 * every run.
 *
 * @param from origin node name; not blank
 * @param to   destination node name; not blank, not {@code from}
 * @param mode transport mode
 */
public record LaneKey(String from, String to, TransportMode mode) implements Comparable<LaneKey> {
  private static final Comparator<LaneKey> ORDER = Comparator.comparing(LaneKey::from)
      .thenComparing(LaneKey::to)
      .thenComparing(LaneKey::mode);

  public LaneKey {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(mode, "mode");
    if (from.isBlank() || to.isBlank()) {
      throw new IllegalArgumentException("a lane needs non-blank node names, was '" + from + "' to '" + to + "'");
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException("a lane must join two different nodes, was " + from + " to itself");
    }
  }

  @Override
  public int compareTo(LaneKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return from + "->" + to + "/" + mode;
  }
}
