package org.dmsim.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeoPointTest {
  private static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);
  private static final GeoPoint BERLIN = new GeoPoint(52.52, 13.405);
  private static final GeoPoint LONDON = new GeoPoint(51.5074, -0.1278);
  private static final GeoPoint NEW_YORK = new GeoPoint(40.7128, -74.0060);

  @Test
  void distanceKmTo_parisBerlin_isAbout878Km() {
    assertThat(PARIS.distanceKmTo(BERLIN)).isCloseTo(878.0, withinPercentage(0.5));
  }

  @Test
  void distanceKmTo_londonNewYork_isAbout5570Km() {
    assertThat(LONDON.distanceKmTo(NEW_YORK)).isCloseTo(5570.0, withinPercentage(0.5));
  }

  @Test
  void distanceKmTo_samePoint_isZero() {
    assertThat(PARIS.distanceKmTo(PARIS)).isZero();
    assertThat(PARIS.distanceKmTo(new GeoPoint(48.8566, 2.3522))).isZero();
  }

  @Test
  void distanceKmTo_antipodes_isHalfTheCircumference() {
    assertThat(new GeoPoint(90, 0).distanceKmTo(new GeoPoint(-90, 0)))
        .isCloseTo(Math.PI * GeoPoint.EARTH_MEAN_RADIUS_KM, within(1e-6));
    assertThat(new GeoPoint(0, 0).distanceKmTo(new GeoPoint(0, 180)))
        .isCloseTo(Math.PI * GeoPoint.EARTH_MEAN_RADIUS_KM, within(1e-6));
    assertThat(PARIS.distanceKmTo(new GeoPoint(-48.8566, 2.3522 - 180)))
        .isCloseTo(Math.PI * GeoPoint.EARTH_MEAN_RADIUS_KM, within(1e-6));
  }

  @Test
  void distanceKmTo_acrossTheDateLine_takesTheShortWay() {
    double oneDegreeOnEquatorKm = Math.PI * GeoPoint.EARTH_MEAN_RADIUS_KM / 180;
    assertThat(new GeoPoint(0, 179.5).distanceKmTo(new GeoPoint(0, -179.5)))
        .isCloseTo(oneDegreeOnEquatorKm, within(1e-6));
  }

  @Test
  void constructor_extremeValidValues_areKept() {
    assertThat(new GeoPoint(-90, -180).latitudeDeg()).isEqualTo(-90);
    assertThat(new GeoPoint(90, 180).longitudeDeg()).isEqualTo(180);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-90.0001, 90.0001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void constructor_latitudeOutOfRange_throws(double latitudeDeg) {
    assertThatThrownBy(() -> new GeoPoint(latitudeDeg, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latitude");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-180.0001, 180.0001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void constructor_longitudeOutOfRange_throws(double longitudeDeg) {
    assertThatThrownBy(() -> new GeoPoint(0, longitudeDeg)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longitude");
  }
}
