package org.dmsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The base map resource loads, and every point lies around Europe. */
class BaseMapTest {
  @Test
  void lines_loadCoastlinesAndBordersWithinTheClippingBox() {
    List<BaseMap.Polyline> lines = BaseMap.lines();

    assertThat(lines).hasSizeGreaterThan(100);
    assertThat(lines).anyMatch(BaseMap.Polyline::border).anyMatch(l -> !l.border());
    for (BaseMap.Polyline l : lines) {
      for (double lon : l.lon()) {
        assertThat(lon).isBetween(-35.0, 55.0);
      }
      for (double lat : l.lat()) {
        assertThat(lat).isBetween(25.0, 75.0);
      }
    }
  }

  @Test
  void lines_coverTheNetworksBoundingBox() {
    double[] box = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
    for (BaseMap.Polyline l : BaseMap.lines()) {
      for (double lon : l.lon()) {
        box[0] = Math.min(box[0], lon);
        box[1] = Math.max(box[1], lon);
      }
      for (double lat : l.lat()) {
        box[2] = Math.min(box[2], lat);
        box[3] = Math.max(box[3], lat);
      }
    }
    // From Portugal and Ireland to Finland and Turkey, from North Africa to northern Scandinavia.
    assertThat(box[0]).isLessThan(-10);
    assertThat(box[1]).isGreaterThan(40);
    assertThat(box[2]).isLessThan(35);
    assertThat(box[3]).isGreaterThan(70);
  }
}
