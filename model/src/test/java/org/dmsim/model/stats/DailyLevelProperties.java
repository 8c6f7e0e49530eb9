package org.dmsim.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmsim.model.time.SimTime.DAY_MS;
import static org.dmsim.model.time.SimTime.HOUR_MS;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Per-day averages against the run's average: weighted by day lengths they give the overall time
 * average, and each lies between the lowest and highest level of the run. Level paths are biased to
 * changes at equal instants, at midnight and a millisecond either side of it, and long quiet spells.
 */
class DailyLevelProperties {
  private static final double RELATIVE = 1e-9;

  @Test
  void dayAveragesWeightedByDayLengthsGiveTheOverallAverage() {
    qt().forAll(paths(), gaps()).checkAssert((path, tail) -> {
      DailyLevel d = play(path);
      long end = endOf(path) + tail;
      if (end == 0) {
        return;
      }
      double[] days = d.dayAverages(end);
      assertThat(days).hasSize((int) ((end + DAY_MS - 1) / DAY_MS));
      double area = 0;
      for (int i = 0; i < days.length; i++) {
        area += days[i] * Math.min(DAY_MS, end - (long) i * DAY_MS);
      }
      double scale = scale(path);
      assertThat(Math.abs(area / end - d.average(end))).as("%s vs %s", area / end, d.average(end))
          .isLessThanOrEqualTo(RELATIVE * Math.max(scale, Double.MIN_NORMAL));
    });
  }

  @Test
  void everyDayAverageLiesBetweenTheLowestAndHighestLevel() {
    qt().forAll(paths(), gaps()).checkAssert((path, tail) -> {
      long end = endOf(path) + tail;
      double lo = 0;
      double hi = 0;
      for (double[] step : path) {
        lo = Math.min(lo, step[1]);
        hi = Math.max(hi, step[1]);
      }
      double slack = RELATIVE * scale(path);
      for (double day : play(path).dayAverages(end)) {
        assertThat(day).isBetween(lo - slack, hi + slack);
      }
    });
  }

  @Test
  void askingTwiceForTheSameEndGivesTheSameDays() {
    qt().forAll(paths(), gaps()).checkAssert((path, tail) -> {
      DailyLevel d = play(path);
      long end = endOf(path) + tail;
      assertThat(d.dayAverages(end)).containsExactly(d.dayAverages(end));
    });
  }

  /** Each step is {gap ms since the previous change, new level}. */
  private static Gen<List<double[]>> paths() {
    Gen<Double> levels = doubles().between(-1e3, 1e3).mix(Generate.pick(List.of(0.0, 1.0, 7.0, 1e6)), 40);
    Gen<double[]> steps = gaps().zip(levels, (gap, level) -> new double[] {gap, level});
    return lists().of(steps).ofSizeBetween(0, 40);
  }

  /** Gaps between changes: none, a millisecond, around a day, or anything up to three days. */
  private static Gen<Long> gaps() {
    return longs().between(0, 3 * DAY_MS)
        .mix(Generate.pick(List.of(0L, 1L, DAY_MS - 1, DAY_MS, DAY_MS + 1, HOUR_MS, 10 * DAY_MS)), 50);
  }

  private static DailyLevel play(List<double[]> path) {
    DailyLevel d = new DailyLevel();
    long t = 0;
    for (double[] step : path) {
      t += (long) step[0];
      d.set(t, step[1]);
    }
    return d;
  }

  private static long endOf(List<double[]> path) {
    long t = 0;
    for (double[] step : path) {
      t += (long) step[0];
    }
    return t;
  }

  private static double scale(List<double[]> path) {
    double max = 0;
    for (double[] step : path) {
      max = Math.max(max, Math.abs(step[1]));
    }
    return max;
  }
}
