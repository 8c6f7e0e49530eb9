package org.dmsim.model.geo;

import org.apache.commons.math3.util.FastMath;

/**
 * A place on the Earth's surface in decimal degrees (WGS84 coordinates read on a sphere).
 *
 * <p>Distances use the haversine formula (R. W. Sinnott, "Virtues of the Haversine", Sky and
 * Telescope 68(2), 1984) on a sphere of the IUGG mean Earth radius R1 = 6371.0088 km (H. Moritz,
 * "Geodetic Reference System 1980", Journal of Geodesy 74, 2000). The spherical model differs from
 * the ellipsoid by at most about 0.5 %, far below the uncertainty of a circuity factor. Trigonometry
 * goes through {@link FastMath}, whose results are the same on every JVM, unlike {@link Math}'s.
 *
 * @param latitudeDeg  latitude in degrees, −90 (south pole) to 90 (north pole)
 * @param longitudeDeg longitude in degrees, −180 to 180, east positive
 */
public record GeoPoint(double latitudeDeg, double longitudeDeg) {
  /** The IUGG mean Earth radius R1, km. */
  public static final double EARTH_MEAN_RADIUS_KM = 6371.0088;
  /** The longest great-circle distance on that sphere (half its circumference), km. */
  public static final double MAX_DISTANCE_KM = FastMath.PI * EARTH_MEAN_RADIUS_KM;

  public GeoPoint {
    if (!(latitudeDeg >= -90 && latitudeDeg <= 90)) {
      throw new IllegalArgumentException("latitude must be a number from -90 to 90 degrees, was " + latitudeDeg);
    }
    if (!(longitudeDeg >= -180 && longitudeDeg <= 180)) {
      throw new IllegalArgumentException("longitude must be a number from -180 to 180 degrees, was " + longitudeDeg);
    }
  }

  /**
   * The great-circle distance to {@code other}, km: zero to {@link #MAX_DISTANCE_KM}, symmetric.
   */
  public double distanceKmTo(GeoPoint other) {
    double lat1 = FastMath.toRadians(latitudeDeg);
    double lat2 = FastMath.toRadians(other.latitudeDeg);
    double sinHalfDLat = FastMath.sin((lat2 - lat1) / 2);
    double sinHalfDLon = FastMath.sin(FastMath.toRadians(other.longitudeDeg - longitudeDeg) / 2);
    double h = sinHalfDLat * sinHalfDLat + FastMath.cos(lat1) * FastMath.cos(lat2) * sinHalfDLon * sinHalfDLon;
    // Rounding can push h a hair above 1 near the antipode; asin would then return NaN.
    double centralAngle = 2 * FastMath.asin(FastMath.sqrt(FastMath.min(1.0, h)));
    return centralAngle * EARTH_MEAN_RADIUS_KM;
  }
}
