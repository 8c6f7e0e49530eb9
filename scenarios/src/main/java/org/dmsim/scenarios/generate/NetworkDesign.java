package org.dmsim.scenarios.generate;

import java.util.Locale;

/**
 * How a generated network places its production capacity. Both designs of one request have the same
 * number of sites, the same machines in total and the same market, so they can be compared.
 */
public enum NetworkDesign {
  /**
   * Plants in the largest cities (drawn by population squared), each with machines in proportion to its
   * city's population.
   */
  CENTRALIZED,
  /** Microfactories spread by population, two machining cells and one finisher each. */
  DISTRIBUTED;

  /** The word on the command line and in file names: {@code centralized} or {@code distributed}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
