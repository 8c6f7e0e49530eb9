package org.dmsim.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;

class LanesTest {
  private static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);
  private static final GeoPoint BERLIN = new GeoPoint(52.52, 13.405);
  private static final GeoPoint MADRID = new GeoPoint(40.4168, -3.7038);

  private static Map<String, GeoPoint> nodes() {
    // Insertion order deliberately unsorted: the result must not depend on it.
    Map<String, GeoPoint> nodes = new LinkedHashMap<>();
    nodes.put("paris", PARIS);
    nodes.put("berlin", BERLIN);
    nodes.put("madrid", MADRID);
    return nodes;
  }

  @Test
  void generate_road_distanceIsGreatCircleTimesCircuityAndTransitIsHandlingPlusDistanceOverSpeed() {
    Lane lane = Lanes.generate("paris", PARIS, "berlin", BERLIN, TransportMode.ROAD);
    double distanceKm = PARIS.distanceKmTo(BERLIN) * TransportMode.ROAD.circuity();
    assertThat(lane.distanceKm()).isEqualTo(distanceKm);
    assertThat(lane.transitMs()).isEqualTo(
        TransportMode.ROAD.handlingMs() + Math.round(distanceKm / TransportMode.ROAD.speedKmPerH() * SimTime.HOUR_MS));
    assertThat(lane.transitCv()).isEqualTo(TransportMode.ROAD.transitCv());
    assertThat(lane.costPerTonneKm()).isEqualTo(TransportMode.ROAD.costPerTonneKm());
    assertThat(lane.co2KgPerTonneKm()).isEqualTo(TransportMode.ROAD.co2KgPerTonneKm());
  }

  @Test
  void transitMs_sixtyKmByRoad_isHandlingPlusOneHour() {
    assertThat(Lanes.transitMs(TransportMode.ROAD, 60.0)).isEqualTo(TransportMode.ROAD.handlingMs() + SimTime.HOUR_MS);
    assertThat(Lanes.transitMs(TransportMode.SEA, 0.0)).isEqualTo(TransportMode.SEA.handlingMs());
  }

  @Test
  void transitMs_fractionalMillisecond_roundsToNearest() {
    // 1 km at 700 km/h is 5142.857… ms.
    assertThat(Lanes.transitMs(TransportMode.AIR, 1.0)).isEqualTo(TransportMode.AIR.handlingMs() + 5143);
  }

  @Test
  void transitMs_distanceTooLong_throws() {
    assertThatThrownBy(() -> Lanes.transitMs(TransportMode.RAIL, 1e300)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too long");
  }

  @Test
  void resolve_threeNodesTwoModes_generatesEveryOrderedPairForEveryMode() {
    SortedMap<LaneKey, Lane> lanes = Lanes.resolve(nodes(), List.of(TransportMode.RAIL, TransportMode.ROAD), List.of());
    assertThat(lanes).hasSize(3 * 2 * 2);
    assertThat(lanes.keySet()).extracting(LaneKey::toString).containsExactly(
        "berlin->madrid/ROAD", "berlin->madrid/RAIL", "berlin->paris/ROAD", "berlin->paris/RAIL",
        "madrid->berlin/ROAD", "madrid->berlin/RAIL", "madrid->paris/ROAD", "madrid->paris/RAIL",
        "paris->berlin/ROAD", "paris->berlin/RAIL", "paris->madrid/ROAD", "paris->madrid/RAIL");
    lanes.forEach((key, lane) -> assertThat(lane.key()).isEqualTo(key));
  }

  @Test
  void resolve_explicitOverride_winsOnlyForItsFromToAndMode() {
    LaneSpec spec = LaneSpec.of("paris", "berlin", TransportMode.ROAD).withDistanceKm(1200).withCostPerTonneKm(0.2);
    SortedMap<LaneKey, Lane> plain = Lanes.resolve(nodes(), List.of(TransportMode.ROAD, TransportMode.RAIL), List.of());
    SortedMap<LaneKey, Lane> lanes =
        Lanes.resolve(nodes(), List.of(TransportMode.ROAD, TransportMode.RAIL), List.of(spec));

    LaneKey key = spec.key();
    Lane overridden = lanes.get(key);
    assertThat(overridden.distanceKm()).isEqualTo(1200.0);
    assertThat(overridden.costPerTonneKm()).isEqualTo(0.2);
    assertThat(overridden.transitMs()).isEqualTo(Lanes.transitMs(TransportMode.ROAD, 1200.0));
    assertThat(overridden.transitCv()).isEqualTo(TransportMode.ROAD.transitCv());
    assertThat(overridden.co2KgPerTonneKm()).isEqualTo(TransportMode.ROAD.co2KgPerTonneKm());
    assertThat(lanes.keySet()).containsExactlyElementsOf(plain.keySet());
    for (LaneKey other : plain.keySet()) {
      if (!other.equals(key)) {
        assertThat(lanes.get(other)).isEqualTo(plain.get(other));
      }
    }
    assertThat(lanes.get(new LaneKey("berlin", "paris", TransportMode.ROAD)))
        .isEqualTo(plain.get(new LaneKey("berlin", "paris", TransportMode.ROAD)));
  }

  @Test
  void resolve_explicitTransit_isKeptEvenWhenDistanceChanges() {
    LaneSpec spec = LaneSpec.of("paris", "madrid", TransportMode.RAIL).withDistanceKm(1300).withTransitMs(SimTime.DAY_MS)
        .withTransitCv(0).withCo2KgPerTonneKm(0.005);
    Lane lane = Lanes.resolve(nodes(), List.of(TransportMode.RAIL), List.of(spec)).get(spec.key());
    assertThat(lane).isEqualTo(new Lane("paris", "madrid", TransportMode.RAIL, 1300, SimTime.DAY_MS, 0,
        TransportMode.RAIL.costPerTonneKm(), 0.005));
  }

  @Test
  void resolve_explicitLaneForModeNotAllowed_isAddedWithDefaultsFromPositions() {
    LaneSpec spec = LaneSpec.of("madrid", "berlin", TransportMode.AIR);
    SortedMap<LaneKey, Lane> lanes = Lanes.resolve(nodes(), List.of(TransportMode.ROAD), List.of(spec));
    assertThat(lanes).hasSize(3 * 2 * 1 + 1);
    assertThat(lanes.get(spec.key())).isEqualTo(Lanes.generate("madrid", MADRID, "berlin", BERLIN, TransportMode.AIR));
  }

  @Test
  void resolve_explicitLaneToUnlocatedNodeWithDistance_isAdded() {
    LaneSpec spec = LaneSpec.of("paris", "warehouse-7", TransportMode.ROAD).withDistanceKm(42);
    Lane lane = Lanes.resolve(nodes(), List.of(), List.of(spec)).get(spec.key());
    assertThat(lane.distanceKm()).isEqualTo(42.0);
    assertThat(lane.transitMs()).isEqualTo(Lanes.transitMs(TransportMode.ROAD, 42));
  }

  @Test
  void resolve_explicitLaneToUnlocatedNodeWithoutDistance_throwsNamingTheNode() {
    LaneSpec spec = LaneSpec.of("paris", "warehouse-7", TransportMode.ROAD).withTransitMs(SimTime.HOUR_MS);
    assertThatThrownBy(() -> Lanes.resolve(nodes(), List.of(TransportMode.ROAD), List.of(spec)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("warehouse-7")
        .hasMessageContaining("distance");
  }

  @Test
  void resolve_sameExplicitLaneTwice_throws() {
    List<LaneSpec> specs = List.of(LaneSpec.of("paris", "berlin", TransportMode.ROAD),
        LaneSpec.of("paris", "berlin", TransportMode.ROAD).withDistanceKm(1));
    assertThatThrownBy(() -> Lanes.resolve(nodes(), List.of(TransportMode.ROAD), specs))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paris->berlin/ROAD")
        .hasMessageContaining("more than once");
  }

  @Test
  void resolve_noNodes_isEmpty() {
    assertThat(Lanes.resolve(Map.of(), List.of(TransportMode.values()), List.of())).isEmpty();
  }

  @Test
  void resolve_duplicateModes_areIgnored() {
    assertThat(Lanes.resolve(nodes(), List.of(TransportMode.SEA, TransportMode.SEA), List.of())).hasSize(6);
  }

  @Test
  void resolve_result_isUnmodifiable() {
    SortedMap<LaneKey, Lane> lanes = Lanes.resolve(nodes(), List.of(TransportMode.ROAD), new ArrayList<>());
    assertThatThrownBy(lanes::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void laneKey_compareTo_ordersByFromThenToThenMode() {
    assertThat(new LaneKey("a", "z", TransportMode.AIR)).isLessThan(new LaneKey("b", "a", TransportMode.ROAD));
    assertThat(new LaneKey("a", "b", TransportMode.AIR)).isLessThan(new LaneKey("a", "c", TransportMode.ROAD));
    assertThat(new LaneKey("a", "b", TransportMode.ROAD)).isLessThan(new LaneKey("a", "b", TransportMode.AIR));
  }

  @Test
  void generate_samePosition_hasZeroDistanceAndHandlingOnly() {
    Lane lane = Lanes.generate("a", PARIS, "b", PARIS, TransportMode.ROAD);
    assertThat(lane.distanceKm()).isZero();
    assertThat(lane.transitMs()).isEqualTo(TransportMode.ROAD.handlingMs());
    assertThat(lane.costFor(10)).isCloseTo(0.0, within(0.0));
  }
}
