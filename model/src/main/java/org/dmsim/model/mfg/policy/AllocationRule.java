package org.dmsim.model.mfg.policy;

import org.dmsim.model.mfg.spec.NodeKind;

/**
 * How the order platform picks the producing site for a make-to-order order, in two steps:
 * <ol>
 *   <li>once per region and product, before the run: which sites it {@linkplain #admits admits}
 *       (among those whose machines can make the product and whose quality passes the platform's
 *       minimum), ranked by {@linkplain #score score} (lower first; ties by distance, then site id);</li>
 *   <li>for each order, while the run goes on: {@linkplain #choose choose} one of the ranked sites
 *       from what the platform knows now — the default takes the first that is up and not full.</li>
 * </ol>
 * Make-to-stock orders always go to the nearest distribution centre with stock. An implementation
 * must be deterministic given its inputs: same scenario and seed, same choices, on every engine.
 */
public interface AllocationRule {
  /**
   * What the platform knows of a site for one region and product before the run.
   *
   * @param site                     the site's id
   * @param kind                     plant or microfactory
   * @param distanceKm               lane distance from the site to the region, km
   * @param transitMs                mean transit time to the region, ms
   * @param productionCostEurPerUnit production cost of one unit there (its routing), EUR
   * @param transportCostEurPerUnit  transport cost of one unit to the region, EUR
   * @param co2eKgPerUnit            transport emissions of one unit to the region, kg CO2e
   * @param quality                  the site's quality rating, 0 to 1
   */
  record Candidate(String site, NodeKind kind, double distanceKm, long transitMs, double productionCostEurPerUnit,
      double transportCostEurPerUnit, double co2eKgPerUnit, double quality) {
    /** Production plus transport cost of one unit, EUR. */
    public double landedCostEurPerUnit() {
      return productionCostEurPerUnit + transportCostEurPerUnit;
    }
  }

  /** What the platform knows of the ranked sites when an order comes: read-only, by rank from 0. */
  interface Sites {
    /** How many sites are ranked. */
    int count();

    /** Whether the site at {@code rank} is up and, by its last report plus the platform's own assignments, not full. */
    boolean available(int rank);

    /** Waiting jobs per working machine at the site at {@code rank}; infinite when no machine works. */
    double load(int rank);

    /** The {@linkplain AllocationRule#score score} the rule gave the site at {@code rank} before the run. */
    double score(int rank);
  }

  /**
   * Whether the rule ever sends make-to-order work to this site, decided from what the site is, not
   * where: validation asks it before any lane is known. Default: every capable site.
   */
  default boolean admits(String site, NodeKind kind, double quality) {
    return true;
  }

  /** The site's rank key: lower ranks first. */
  double score(Candidate site);

  /**
   * The rank of the site this order goes to, or −1 to keep it waiting. Default: the first available.
   */
  default int choose(Sites sites) {
    for (int r = 0; r < sites.count(); r++) {
      if (sites.available(r)) {
        return r;
      }
    }
    return -1;
  }

  /**
   * Whether sending an order to another site than the first ranked counts as a fallback
   * ({@code fallback-orders}); false for rules whose choice is not meant to follow the ranking.
   */
  default boolean countsFallbacks() {
    return true;
  }
}
