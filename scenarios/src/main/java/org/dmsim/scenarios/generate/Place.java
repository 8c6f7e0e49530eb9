package org.dmsim.scenarios.generate;

import java.util.Objects;

/**
 * A city sites and regions can be drawn at.
 *
 * @param id         a lower-case name ({@code the-hague}), used in generated ids
 * @param name       the city's name, for comments
 * @param country    ISO 3166-1 alpha-2 code
 * @param population inhabitants (city proper, approximate), the weight of the draw; at least 1
 * @param lat        latitude of the centre, decimal degrees, −90 to 90
 * @param lon        longitude of the centre, decimal degrees, −180 to 180
 */
public record Place(String id, String name, String country, long population, double lat, double lon) {
  /** Checks the fields. */
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("place id must be a name, got '" + id + "'");
    }
    if (population < 1) {
      throw new IllegalArgumentException(id + ": population must be at least 1");
    }
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException(id + ": location out of range");
    }
  }
}
