package org.dmsim.scenarios.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Latin hypercube's defining property, for any number of points, parameters and seed. */
class SweepDesignProperties {
  @Test
  void everyStratumOfEveryParameterIsHitExactlyOnce() {
    qt().withExamples(300).forAll(integers().between(1, 60), integers().between(1, 5), longs().all())
        .check((points, parameters, seed) -> {
          int[][] strata = new SweepDesign.LatinHypercube(points, seed).strata(parameters);
          for (int[] s : strata) {
            int[] sorted = s.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < points; i++) {
              if (sorted[i] != i) {
                return false;
              }
            }
          }
          return strata.length == parameters;
        });
  }

  @Test
  void eachLevelIsUsedFloorOrCeilOfPointsOverLevelsTimes() {
    qt().withExamples(300).forAll(integers().between(1, 60), integers().between(1, 12), longs().all())
        .check((points, levels, seed) -> {
          List<String> values = new ArrayList<>();
          for (int i = 0; i < levels; i++) {
            values.add(Integer.toString(i));
          }
          SweepParameter p = new SweepParameter("test", "", "p", 1, values);
          int[] uses = new int[levels];
          new SweepDesign.LatinHypercube(points, seed).points(List.of(p))
              .forEach(point -> uses[Integer.parseInt(point.values().get(0))]++);
          int floor = points / levels;
          int ceil = (points + levels - 1) / levels;
          return Arrays.stream(uses).allMatch(u -> u == floor || u == ceil) && Arrays.stream(uses).sum() == points;
        });
  }

  @Test
  void sameSeedGivesTheSamePoints() {
    qt().withExamples(100).forAll(integers().between(1, 40), longs().all()).check((points, seed) -> {
      List<SweepParameter> ps = List.of(new SweepParameter("t", "", "a", 1, List.of("1", "2", "3")),
          new SweepParameter("t", "", "b", 1, List.of("x", "y")));
      return new SweepDesign.LatinHypercube(points, seed).points(ps)
          .equals(new SweepDesign.LatinHypercube(points, seed).points(ps));
    });
    assertThat(new SweepDesign.LatinHypercube(3, 0).strata(2)).hasDimensions(2, 3);
  }
}
