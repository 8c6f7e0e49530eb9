package org.dmsim.scenarios.generate;

import java.util.List;

/**
 * A drawn network, before it is written: its sites and its regions, in the order they were drawn.
 *
 * @param name    the scenario's name ({@code synthetic-distributed-1500-sites})
 * @param sites   production sites
 * @param regions customer regions
 */
public record SyntheticNetwork(String name, List<Site> sites, List<Region> regions) {
  /** Copies the lists. */
  public SyntheticNetwork {
    sites = List.copyOf(sites);
    regions = List.copyOf(regions);
  }

  /**
   * A plant or microfactory.
   *
   * @param id                 {@code mf-lyon-2}, {@code plant-paris-1}
   * @param kind               {@code plant} or {@code microfactory}
   * @param place              the city it was drawn at
   * @param lat                latitude, decimal degrees (the city's, moved by up to about 15 km)
   * @param lon                longitude, decimal degrees
   * @param cncMachines        machining cells (at least 1)
   * @param finishers          finishing cells (at least 1)
   * @param fixedCostEurPerDay cost of keeping the site open, EUR a day
   */
  public record Site(String id, String kind, Place place, double lat, double lon, int cncMachines, int finishers,
      int fixedCostEurPerDay) {}

  /**
   * A customer region with its demand.
   *
   * @param id                  {@code region-paris}, {@code region-paris-2} for a second one in the same city
   * @param place               the city it was drawn at
   * @param lat                 latitude, decimal degrees
   * @param lon                 longitude, decimal degrees
   * @param housingOrdersPerDay orders a day for one housing each
   * @param bracketOrdersPerDay orders a day for four brackets each
   */
  public record Region(String id, Place place, double lat, double lon, double housingOrdersPerDay,
      double bracketOrdersPerDay) {}
}
