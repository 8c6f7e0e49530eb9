package org.dmsim.model.mfg.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmsim.model.time.SimTime.DAY_MS;
import static org.dmsim.model.time.SimTime.HOUR_MS;
import static org.dmsim.model.time.SimTime.WEEK_MS;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Shift calendars against their own definition: {@code finish} is the earliest instant by which the
 * asked-for working time has passed, as {@code workBetween} counts it. Calendars, start times and
 * work amounts are biased to window edges, midnight, zero work and whole weeks of work.
 */
class ShiftCalendarProperties {

  @Test
  void workBetweenStartAndFinishIsTheWork() {
    qt().forAll(calendars(), positions(), workFractions()).checkAssert((c, startFraction, workFraction) -> {
      long start = start(c, startFraction);
      long work = work(c, workFraction);
      long finish = c.finish(start, work);
      assertThat(finish).isGreaterThanOrEqualTo(start + work);
      assertThat(c.workBetween(start, finish)).isEqualTo(work);
    });
  }

  @Test
  void finishIsTheEarliestInstantTheWorkIsDone() {
    qt().forAll(calendars(), positions(), workFractions()).checkAssert((c, startFraction, workFraction) -> {
      long start = start(c, startFraction);
      long work = work(c, workFraction);
      if (work > 0) {
        long finish = c.finish(start, work);
        // The last millisecond before the finish is working time.
        assertThat(c.workBetween(start, finish - 1)).isEqualTo(work - 1);
      }
    });
  }

  @Test
  void finishIsMonotoneInTheWork() {
    qt().forAll(calendars(), positions(), workFractions(), workFractions()).checkAssert((c, s, w1, w2) -> {
      long start = start(c, s);
      long a = work(c, Math.min(w1, w2));
      long b = work(c, Math.max(w1, w2));
      assertThat(c.finish(start, a)).isLessThanOrEqualTo(c.finish(start, b));
    });
  }

  @Test
  void zeroWorkFinishesAtTheStart() {
    qt().forAll(calendars(), positions()).checkAssert((c, s) -> {
      long start = start(c, s);
      assertThat(c.finish(start, 0)).isEqualTo(start);
    });
  }

  @Test
  void alwaysOpenFinishesAfterExactlyTheWork() {
    qt().forAll(longs().between(0, 100 * WEEK_MS), longs().between(0, 10 * WEEK_MS)).checkAssert((start, work) -> {
      assertThat(ShiftCalendar.ALWAYS.finish(start, work)).isEqualTo(start + work);
      assertThat(ShiftCalendar.ALWAYS.workBetween(start, start + work)).isEqualTo(work);
    });
  }

  @Test
  void workBetweenAddsUpOverAdjacentIntervals() {
    qt().forAll(calendars(), positions(), positions(), positions()).checkAssert((c, x, y, z) -> {
      long[] t = {start(c, x), start(c, y), start(c, z)};
      Arrays.sort(t);
      assertThat(c.workBetween(t[0], t[1]) + c.workBetween(t[1], t[2])).isEqualTo(c.workBetween(t[0], t[2]));
    });
  }

  @Test
  void everyWeekHoldsTheWeeklyWorkingTime() {
    qt().forAll(calendars(), positions()).checkAssert((c, s) -> {
      long start = start(c, s);
      assertThat(c.workBetween(start, start + WEEK_MS)).isEqualTo(c.workingMsPerWeek());
      assertThat(c.finish(start, c.workingMsPerWeek())).isLessThanOrEqualTo(start + WEEK_MS);
    });
  }

  /** Non-empty day sets with daily windows biased to whole hours, midnight and one-millisecond shifts. */
  private static Gen<ShiftCalendar> calendars() {
    Gen<EnumSet<DayOfWeek>> days = integers().between(1, 127).map(ShiftCalendarProperties::days)
        .mix(Generate.pick(List.of(days(127), days(1), days(64), days(31))), 30);
    Gen<long[]> hourWindows = integers().between(0, 23).zip(integers().between(1, 24),
        (from, length) -> new long[] {from * HOUR_MS, Math.min(DAY_MS, (from + length) * HOUR_MS)});
    Gen<long[]> anyWindows = longs().between(0, DAY_MS - 1).zip(longs().between(1, DAY_MS),
        (from, length) -> new long[] {from, Math.min(DAY_MS, from + length)});
    Gen<long[]> edgeWindows = Generate.pick(List.of(new long[] {0, DAY_MS}, new long[] {0, 1},
        new long[] {DAY_MS - 1, DAY_MS}, new long[] {22 * HOUR_MS, DAY_MS}, new long[] {0, 6 * HOUR_MS}));
    Gen<long[]> windows = hourWindows.mix(anyWindows, 40).mix(edgeWindows, 25);
    return days.zip(windows, (d, w) -> new ShiftCalendar(d, w[0], w[1]));
  }

  private static EnumSet<DayOfWeek> days(int mask) {
    EnumSet<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if ((mask & (1 << (d.getValue() - 1))) != 0) {
        out.add(d);
      }
    }
    return out;
  }

  /** Seeds of start times, decoded by {@link #start}. */
  private static Gen<Long> positions() {
    return longs().between(0, Long.MAX_VALUE / 2);
  }

  /** Work in millionths of a week's working time (see {@link #work}), biased to zero and to whole weeks. */
  private static Gen<Long> workFractions() {
    return longs().between(0, 5_000_000).mix(Generate.pick(List.of(0L, 1L, 1_000_000L, 2_000_000L, 999_999L)), 30);
  }

  /**
   * A start time within four weeks from {@code seed}: {@code seed mod 28} picks the day; the rest picks
   * midnight, the window's opening, its last millisecond, its closing, or any instant of the day.
   */
  private static long start(ShiftCalendar c, long seed) {
    long day = seed % 28;
    long rest = seed / 28;
    long dayStart = day * DAY_MS;
    return switch ((int) (rest % 6)) {
      case 0 -> dayStart;
      case 1 -> dayStart + c.fromMs();
      case 2 -> dayStart + c.toMs() - 1;
      case 3 -> Math.min(dayStart + c.toMs(), dayStart + DAY_MS - 1);
      default -> dayStart + (rest / 6) % DAY_MS;
    };
  }

  /** {@code fraction} millionths of a week's working time, so that even a one-millisecond window stays fast. */
  private static long work(ShiftCalendar c, long fraction) {
    long perWeek = c.workingMsPerWeek();
    return fraction / 1_000_000 * perWeek + Math.round((fraction % 1_000_000) / 1e6 * perWeek);
  }
}
