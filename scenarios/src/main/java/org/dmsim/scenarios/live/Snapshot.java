package org.dmsim.scenarios.live;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One variant of a {@link LiveSession} at a simulated time: the state of each site and the daily
 * indicators of the days completed so far.
 *
 * @param variant the variant's name
 * @param nowMs   the simulated time, ms: every event before it is handled
 * @param sites   each site's state by site id, in id order
 * @param days    the completed days (those ending at or before {@code nowMs}), from day 0
 */
public record Snapshot(String variant, long nowMs, SortedMap<String, SiteState> sites, List<DayKpis> days) {
  public Snapshot {
    Objects.requireNonNull(variant, "variant");
    sites = Collections.unmodifiableSortedMap(new TreeMap<>(sites));
    days = List.copyOf(days);
  }

  /**
   * The site's state.
   *
   * @throws IllegalArgumentException if there is no such site
   */
  public SiteState site(String id) {
    SiteState s = sites.get(id);
    if (s == null) {
      throw new IllegalArgumentException("no site '" + id + "' in variant " + variant + "; sites: " + sites.keySet());
    }
    return s;
  }

  /** The sites in a state, by id. */
  public Map<String, SiteState> sitesIn(SiteState state) {
    TreeMap<String, SiteState> out = new TreeMap<>();
    sites.forEach((k, v) -> {
      if (v == state) {
        out.put(k, v);
      }
    });
    return out;
  }
}
