package org.dmsim.scenarios.generate;

import java.util.Objects;

/**
 * What to generate.
 *
 * @param sites     production sites, 1 to {@link #MAX_SITES}
 * @param regions   customer regions, 1 to {@link #MAX_REGIONS}
 * @param design    how capacity is placed
 * @param seed      the seed of every draw; also the scenario's seed
 * @param horizonMs the scenario's horizon, ms, at least one day
 * @param csv       sites and demand in CSV files the scenario imports, instead of in the YAML
 */
public record GeneratorRequest(int sites, int regions, NetworkDesign design, long seed, long horizonMs, boolean csv) {
  /** The most sites: a CSV import holds at most 100,000 rows, and more would not load in a usual heap. */
  public static final int MAX_SITES = 50_000;
  /** The most regions: each is two demand rows, within a CSV import's 100,000 rows. */
  public static final int MAX_REGIONS = 20_000;

  /** Checks the bounds. */
  public GeneratorRequest {
    Objects.requireNonNull(design, "design");
    if (sites < 1 || sites > MAX_SITES) {
      throw new IllegalArgumentException("sites must be 1 to " + MAX_SITES + ", got " + sites);
    }
    if (regions < 1 || regions > MAX_REGIONS) {
      throw new IllegalArgumentException("regions must be 1 to " + MAX_REGIONS + ", got " + regions);
    }
    if (horizonMs < 86_400_000L) {
      throw new IllegalArgumentException("horizon must be at least one day");
    }
  }
}
