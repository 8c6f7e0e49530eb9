package org.dmsim.scenarios.sweep;

import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.random.RandomStream;
import org.dmsim.model.random.StreamSeeds;

/**
 * Which combinations of the parameters' values a sweep runs. A design sees each parameter as its list of
 * levels (a range is its list of values).
 */
public sealed interface SweepDesign {
  /** The most points a sweep may have. */
  int MAX_POINTS = 10_000;

  /** The points, index 0 first. */
  List<SweepPoint> points(List<SweepParameter> parameters);

  /** How many points it has for these parameters; {@link Long#MAX_VALUE} when that does not fit a long. */
  long size(List<SweepParameter> parameters);

  /** Its name in files: {@code factorial} or {@code lhs}. */
  String name();

  /**
   * Every combination of every parameter's values, the last parameter varying fastest (like nested loops in
   * parameter order).
   */
  record Factorial() implements SweepDesign {
    @Override
    public long size(List<SweepParameter> parameters) {
      long n = 1;
      for (SweepParameter p : parameters) {
        try {
          n = Math.multiplyExact(n, p.values().size());
        } catch (ArithmeticException tooMany) {
          return Long.MAX_VALUE;
        }
      }
      return n;
    }

    @Override
    public List<SweepPoint> points(List<SweepParameter> parameters) {
      long size = size(parameters);
      if (size > MAX_POINTS) {
        throw new IllegalArgumentException("a factorial design of " + size + " points; at most " + MAX_POINTS);
      }
      List<SweepPoint> out = new ArrayList<>();
      int[] level = new int[parameters.size()];
      for (int i = 0; i < size; i++) {
        List<String> values = new ArrayList<>();
        for (int j = 0; j < level.length; j++) {
          values.add(parameters.get(j).values().get(level[j]));
        }
        out.add(new SweepPoint(i, values));
        for (int j = level.length - 1; j >= 0; j--) {
          if (++level[j] < parameters.get(j).values().size()) {
            break;
          }
          level[j] = 0;
        }
      }
      return List.copyOf(out);
    }

    @Override
    public String name() {
      return "factorial";
    }
  }

  /**
   * A Latin hypercube of {@code points} points (McKay, Beckman and Conover 1979): for each parameter the
   * unit interval is cut into {@code points} equal strata and every stratum is used by exactly one point,
   * the strata shuffled independently per parameter. Point {@code i} takes, of a parameter with {@code L}
   * levels, the level {@code floor((s + 1/2) L / points)} where {@code s} is its stratum: the level under
   * the stratum's midpoint, so with {@code L = points} every level is used exactly once, and otherwise
   * each level {@code floor} or {@code ceil(points / L)} times. The shuffles come from the stream
   * {@code (seed, 0, "sweep", "lhs/<parameter index>")}: the same seed gives the same points on any machine.
   *
   * @param points how many points, 1 to {@link #MAX_POINTS}
   * @param seed   the seed of the shuffles
   */
  record LatinHypercube(int points, long seed) implements SweepDesign {
    public LatinHypercube {
      if (points < 1 || points > MAX_POINTS) {
        throw new IllegalArgumentException("a Latin hypercube of 1 to " + MAX_POINTS + " points, not " + points);
      }
    }

    @Override
    public long size(List<SweepParameter> parameters) {
      return points;
    }

    @Override
    public List<SweepPoint> points(List<SweepParameter> parameters) {
      int[][] strata = strata(parameters.size());
      List<SweepPoint> out = new ArrayList<>();
      for (int i = 0; i < points; i++) {
        List<String> values = new ArrayList<>();
        for (int j = 0; j < parameters.size(); j++) {
          List<String> levels = parameters.get(j).values();
          values.add(levels.get(level(strata[j][i], levels.size())));
        }
        out.add(new SweepPoint(i, values));
      }
      return List.copyOf(out);
    }

    /** For each of {@code parameters} parameters, the stratum (0 to points - 1) of each point: a permutation. */
    int[][] strata(int parameters) {
      int[][] out = new int[parameters][];
      for (int j = 0; j < parameters; j++) {
        RandomStream random = StreamSeeds.stream(seed, 0, "sweep", "lhs/" + j);
        int[] s = new int[points];
        for (int i = 0; i < points; i++) {
          s[i] = i;
        }
        for (int i = points - 1; i > 0; i--) { // Fisher–Yates
          int k = random.nextInt(i + 1);
          int t = s[i];
          s[i] = s[k];
          s[k] = t;
        }
        out[j] = s;
      }
      return out;
    }

    /** The level under the midpoint of stratum {@code stratum}, of {@code levels} levels. */
    int level(int stratum, int levels) {
      return (int) (((2L * stratum + 1) * levels) / (2L * points));
    }

    @Override
    public String name() {
      return "lhs";
    }
  }
}
