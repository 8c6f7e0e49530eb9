package org.dmsim.reports.chart;

import java.util.Objects;

/**
 * The circle a regional disaster or a border closure covers, as the network map draws it.
 *
 * @param label    what to write beside it: the case and the disruption's name
 * @param lat      centre, degrees north, -90 to 90
 * @param lon      centre, degrees east, -180 to 180
 * @param radiusKm radius, km, positive
 */
public record DisruptedArea(String label, double lat, double lon, double radiusKm) {
  public DisruptedArea {
    Objects.requireNonNull(label, "label");
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180) || !(radiusKm > 0) || Double.isInfinite(radiusKm)) {
      throw new IllegalArgumentException("area " + label + ": expected lat -90..90, lon -180..180, radius > 0 km; got "
          + lat + ", " + lon + ", " + radiusKm);
    }
  }
}
