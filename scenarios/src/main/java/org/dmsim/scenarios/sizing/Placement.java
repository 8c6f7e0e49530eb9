package org.dmsim.scenarios.sizing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.RegionSpec;

/**
 * The order in which a sizing study opens candidate sites: the design with k sites keeps the first k.
 * {@code largest-demand} ranks each candidate by the orders per day (at time 0, summed over products) of
 * the customer region nearest to it, largest first, ties by id; {@code listed} keeps the order of the
 * candidate list as written.
 */
public enum Placement {
  /** Nearest region's demand, descending; ties by node id. */
  LARGEST_DEMAND("largest-demand"),
  /** The candidate list's own order. */
  LISTED("listed");

  private final String word;

  Placement(String word) {
    this.word = word;
  }

  /** The word the sizing file uses. */
  public String word() {
    return word;
  }

  /** The rule a file's word names, if any. */
  public static Optional<Placement> of(String word) {
    for (Placement p : values()) {
      if (p.word.equals(word)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Every rule's word, in declaration order. */
  public static List<String> words() {
    return java.util.Arrays.stream(values()).map(Placement::word).toList();
  }

  /**
   * {@code candidates} (node ids of {@code spec}) in opening order.
   *
   * @throws IllegalArgumentException when a candidate is not a node of {@code spec}
   */
  public List<String> rank(ManufacturingSpec spec, List<String> candidates) {
    for (String id : candidates) {
      node(spec, id);
    }
    if (this == LISTED) {
      return List.copyOf(candidates);
    }
    List<String> ranked = new ArrayList<>(candidates);
    ranked.sort(Comparator.comparingDouble((String id) -> -nearestRegionDemand(spec, node(spec, id)))
        .thenComparing(Comparator.naturalOrder()));
    return List.copyOf(ranked);
  }

  /** Orders per day (at time 0) of the region nearest to {@code node}; ties between regions go to the first by id. */
  static double nearestRegionDemand(ManufacturingSpec spec, NodeSpec node) {
    RegionSpec nearest = null;
    double best = Double.POSITIVE_INFINITY;
    List<RegionSpec> regions = new ArrayList<>(spec.regions());
    regions.sort(Comparator.comparing(RegionSpec::id));
    for (RegionSpec r : regions) {
      double km = node.location().distanceKmTo(r.location());
      if (km < best) {
        best = km;
        nearest = r;
      }
    }
    if (nearest == null) {
      return 0;
    }
    double orders = 0;
    for (DemandSpec d : nearest.demand()) {
      orders += d.ratePerDay(0);
    }
    return orders;
  }

  private static NodeSpec node(ManufacturingSpec spec, String id) {
    return spec.nodes().stream().filter(n -> n.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no node " + id));
  }
}
