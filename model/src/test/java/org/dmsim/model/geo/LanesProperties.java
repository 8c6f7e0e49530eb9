package org.dmsim.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class LanesProperties {

  @Test
  void generatedLaneCountIsOrderedPairsTimesModes() {
    qt().forAll(integers().between(0, 8), integers().between(0, 15)).checkAssert((n, modeMask) -> {
      List<TransportMode> modes = modes(modeMask);
      SortedMap<LaneKey, Lane> lanes = Lanes.resolve(grid(n), modes, List.of());
      assertThat(lanes).hasSize(n * (n - 1) * modes.size());
    });
  }

  @Test
  void resolverGivesEveryLaneOfResolve_andNoOther() {
    qt().forAll(integers().between(0, 6), integers().between(0, 15)).checkAssert((n, modeMask) -> {
      List<TransportMode> modes = modes(modeMask);
      Map<String, GeoPoint> places = grid(n);
      SortedMap<LaneKey, Lane> all = Lanes.resolve(places, modes, List.of());
      Lanes.Resolver resolver = Lanes.resolver(places, modes, List.of());
      for (String from : places.keySet()) {
        for (String to : places.keySet()) {
          for (TransportMode mode : TransportMode.values()) {
            Lane expected = from.equals(to) ? null : all.get(new LaneKey(from, to, mode));
            assertThat(resolver.lane(from, to, mode)).isEqualTo(expected);
          }
        }
      }
    });
  }

  @Test
  void lanesIterateInSortedOrderWhateverTheInputOrder() {
    qt().forAll(integers().between(0, 6), integers().between(0, 15)).checkAssert((n, modeMask) -> {
      List<TransportMode> modes = new ArrayList<>(modes(modeMask));
      Collections.reverse(modes);
      List<LaneKey> keys = new ArrayList<>(Lanes.resolve(grid(n), modes, List.of()).keySet());
      List<LaneKey> sorted = new ArrayList<>(keys);
      Collections.sort(sorted);
      assertThat(keys).isEqualTo(sorted);
    });
  }

  @Test
  void transitIsHandlingPlusDistanceOverSpeed() {
    qt().forAll(Generate.enumValues(TransportMode.class), distancesKm()).checkAssert((mode, km) -> {
      long transit = Lanes.transitMs(mode, km);
      double exactMs = mode.handlingMs() + km / mode.speedKmPerH() * SimTime.HOUR_MS;
      assertThat((double) transit).isCloseTo(exactMs, within(0.5 + Math.ulp(exactMs)));
      assertThat(transit).isGreaterThanOrEqualTo(mode.handlingMs());
    });
  }

  @Test
  void costAndCo2ScaleLinearlyWithTonnes() {
    qt().forAll(Generate.enumValues(TransportMode.class), distancesKm(), tonnes(), tonnes())
        .checkAssert((mode, km, t1, t2) -> {
          Lane lane = new Lane("a", "b", mode, km, Lanes.transitMs(mode, km), mode.transitCv(), mode.costPerTonneKm(),
              mode.co2KgPerTonneKm());
          assertThat(lane.costFor(t1 + t2)).isCloseTo(lane.costFor(t1) + lane.costFor(t2),
              within(1e-9 * (1 + lane.costFor(t1 + t2))));
          assertThat(lane.co2KgFor(t1 + t2)).isCloseTo(lane.co2KgFor(t1) + lane.co2KgFor(t2),
              within(1e-9 * (1 + lane.co2KgFor(t1 + t2))));
          assertThat(lane.costFor(2 * t1)).isCloseTo(2 * lane.costFor(t1), within(1e-9 * (1 + lane.costFor(2 * t1))));
          assertThat(lane.co2KgFor(t1)).isCloseTo(t1 * km * mode.co2KgPerTonneKm(),
              within(1e-9 * (1 + lane.co2KgFor(t1))));
        });
  }

  private static List<TransportMode> modes(int mask) {
    EnumSet<TransportMode> modes = EnumSet.noneOf(TransportMode.class);
    for (TransportMode mode : TransportMode.values()) {
      if ((mask & (1 << mode.ordinal())) != 0) {
        modes.add(mode);
      }
    }
    return List.copyOf(modes);
  }

  /** n nodes with names inserted in descending order, some sharing a position. */
  private static Map<String, GeoPoint> grid(int n) {
    Map<String, GeoPoint> nodes = new LinkedHashMap<>();
    for (int i = n - 1; i >= 0; i--) {
      nodes.put("node-" + i, new GeoPoint(-80 + (i / 2) * 20.0, -170 + (i / 2) * 40.0));
    }
    return nodes;
  }

  private static Gen<Double> distancesKm() {
    return doubles().between(0, 3 * GeoPoint.MAX_DISTANCE_KM).mix(Generate.pick(List.of(0.0, Double.MIN_VALUE, 1.0)), 20);
  }

  private static Gen<Double> tonnes() {
    return doubles().between(0, 1e5).mix(Generate.pick(List.of(0.0, Double.MIN_VALUE, 1.0, 26.0)), 20);
  }
}
