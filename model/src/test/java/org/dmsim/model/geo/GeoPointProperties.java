package org.dmsim.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class GeoPointProperties {
  // Rounding in the haversine formula is far below a micrometre at Earth scale.
  private static final double TOLERANCE_KM = 1e-6;

  @Test
  void distanceIsSymmetric() {
    qt().forAll(points(), points()).checkAssert((a, b) ->
        assertThat(a.distanceKmTo(b)).isCloseTo(b.distanceKmTo(a), within(TOLERANCE_KM)));
  }

  @Test
  void distanceIsBetweenZeroAndHalfTheCircumference() {
    qt().forAll(points(), points()).checkAssert((a, b) -> {
      double km = a.distanceKmTo(b);
      assertThat(km).isNotNaN().isGreaterThanOrEqualTo(0.0);
      assertThat(km).isLessThanOrEqualTo(GeoPoint.MAX_DISTANCE_KM + TOLERANCE_KM);
    });
  }

  @Test
  void distanceObeysTheTriangleInequality() {
    qt().forAll(points(), points(), points()).checkAssert((a, b, c) ->
        assertThat(a.distanceKmTo(c)).isLessThanOrEqualTo(a.distanceKmTo(b) + b.distanceKmTo(c) + TOLERANCE_KM));
  }

  @Test
  void aPointIsAtZeroFromItself() {
    qt().forAll(points()).checkAssert(a -> assertThat(a.distanceKmTo(a)).isZero());
  }

  private static Gen<GeoPoint> points() {
    Gen<Double> lat = doubles().between(-90, 90).mix(Generate.pick(List.of(-90.0, 90.0, 0.0, -0.0, 45.0)), 30);
    Gen<Double> lon = doubles().between(-180, 180).mix(Generate.pick(List.of(-180.0, 180.0, 0.0, 179.9999)), 30);
    return lat.zip(lon, GeoPoint::new);
  }
}
