package org.dmsim.model.mfg.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dmsim.model.time.SimTime.DAY_MS;
import static org.dmsim.model.time.SimTime.HOUR_MS;
import static org.dmsim.model.time.SimTime.WEEK_MS;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShiftCalendarTest {
  /** Monday to Friday, 08:00 to 17:00. */
  private static final ShiftCalendar OFFICE = new ShiftCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
      8 * HOUR_MS, 17 * HOUR_MS);

  private static long at(int day, long hours) {
    return day * DAY_MS + hours * HOUR_MS;
  }

  @Test
  void finish_fridayEveningWork_continuesOnMonday() {
    // Friday (day 4) 16:00, three hours: one on Friday, two from Monday (day 7) 08:00.
    assertThat(OFFICE.finish(at(4, 16), 3 * HOUR_MS)).isEqualTo(at(7, 10));
    assertThat(OFFICE.workBetween(at(4, 16), at(7, 10))).isEqualTo(3 * HOUR_MS);
  }

  @Test
  void finish_startedAtTheWeekend_waitsForMonday() {
    assertThat(OFFICE.finish(at(5, 12), HOUR_MS)).isEqualTo(at(7, 9));
    assertThat(OFFICE.finish(at(6, 23), HOUR_MS)).isEqualTo(at(7, 9));
  }

  @Test
  void finish_timeZeroIsMonday() {
    ShiftCalendar mondays = new ShiftCalendar(Set.of(DayOfWeek.MONDAY), 0, DAY_MS);
    assertThat(mondays.finish(0, HOUR_MS)).isEqualTo(HOUR_MS);
    ShiftCalendar tuesdays = new ShiftCalendar(Set.of(DayOfWeek.TUESDAY), 0, DAY_MS);
    assertThat(tuesdays.finish(0, HOUR_MS)).isEqualTo(DAY_MS + HOUR_MS);
    ShiftCalendar sundays = new ShiftCalendar(Set.of(DayOfWeek.SUNDAY), 0, DAY_MS);
    assertThat(sundays.finish(0, HOUR_MS)).isEqualTo(6 * DAY_MS + HOUR_MS);
    assertThat(sundays.workBetween(0, WEEK_MS)).isEqualTo(DAY_MS);
    assertThat(sundays.workBetween(0, 6 * DAY_MS)).isZero();
  }

  @Test
  void finish_beforeTheWindowOpens_startsAtOpening() {
    assertThat(OFFICE.finish(at(0, 6), HOUR_MS)).isEqualTo(at(0, 9));
  }

  @Test
  void finish_workFillingTheWindowExactly_endsAtClosingNotNextOpening() {
    assertThat(OFFICE.finish(at(0, 8), 9 * HOUR_MS)).isEqualTo(at(0, 17));
    assertThat(OFFICE.finish(at(0, 8), 9 * HOUR_MS + 1)).isEqualTo(at(1, 8) + 1);
  }

  @Test
  void finish_atClosing_continuesNextWorkingDay() {
    assertThat(OFFICE.finish(at(0, 17), 1)).isEqualTo(at(1, 8) + 1);
  }

  @Test
  void finish_zeroWork_isTheStartEvenOutsideTheWindow() {
    assertThat(OFFICE.finish(at(5, 3), 0)).isEqualTo(at(5, 3));
  }

  @Test
  void finish_severalWeeksOfWork_skipsWholeWeeks() {
    // Three working weeks from Monday 08:00 end on the third Friday at 17:00.
    long threeWeeks = 3 * OFFICE.workingMsPerWeek();
    assertThat(OFFICE.finish(0 + 8 * HOUR_MS, threeWeeks)).isEqualTo(2 * WEEK_MS + at(4, 17));
    assertThat(OFFICE.finish(at(2, 12), 10 * OFFICE.workingMsPerWeek())).isEqualTo(10 * WEEK_MS + at(2, 12));
  }

  @Test
  void finish_windowToMidnightOnConsecutiveDays_runsOverMidnight() {
    ShiftCalendar evenings = new ShiftCalendar(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), 12 * HOUR_MS, DAY_MS);
    assertThat(evenings.finish(at(0, 22), 4 * HOUR_MS)).isEqualTo(at(1, 14));
    ShiftCalendar nights = new ShiftCalendar(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), 0, DAY_MS);
    assertThat(nights.finish(at(0, 22), 4 * HOUR_MS)).isEqualTo(at(1, 2));
  }

  @Test
  void finish_alwaysOpen_addsTheWork() {
    assertThat(ShiftCalendar.ALWAYS.alwaysOpen()).isTrue();
    assertThat(ShiftCalendar.ALWAYS.finish(at(5, 3) + 7, 12_345)).isEqualTo(at(5, 3) + 7 + 12_345);
    assertThat(ShiftCalendar.ALWAYS.workBetween(5, 12_350)).isEqualTo(12_345);
  }

  @Test
  void finish_negativeWork_throws() {
    assertThatThrownBy(() -> OFFICE.finish(0, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void workBetween_emptyOrReversedInterval_isZero() {
    assertThat(OFFICE.workBetween(at(0, 10), at(0, 10))).isZero();
    assertThat(OFFICE.workBetween(at(0, 12), at(0, 10))).isZero();
  }

  @Test
  void workBetween_partialWindows_countsOnlyOpenTime() {
    assertThat(OFFICE.workBetween(at(0, 0), at(0, 10))).isEqualTo(2 * HOUR_MS);
    assertThat(OFFICE.workBetween(at(0, 16), at(1, 9))).isEqualTo(2 * HOUR_MS);
    assertThat(OFFICE.workBetween(0, WEEK_MS)).isEqualTo(OFFICE.workingMsPerWeek());
  }

  @Test
  void workingMsPerWeek_isDaysTimesWindow() {
    assertThat(OFFICE.workingMsPerWeek()).isEqualTo(5 * 9 * HOUR_MS);
    assertThat(ShiftCalendar.ALWAYS.workingMsPerWeek()).isEqualTo(WEEK_MS);
    assertThat(OFFICE.alwaysOpen()).isFalse();
    assertThat(new ShiftCalendar(EnumSet.allOf(DayOfWeek.class), 1, DAY_MS).alwaysOpen()).isFalse();
  }

  @Test
  void constructor_noWorkingDay_throws() {
    assertThatThrownBy(() -> new ShiftCalendar(EnumSet.noneOf(DayOfWeek.class), 0, DAY_MS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one working day");
  }

  @Test
  void constructor_windowNotWithinOneDay_throws() {
    Set<DayOfWeek> monday = Set.of(DayOfWeek.MONDAY);
    for (long[] window : new long[][] {{-1, HOUR_MS}, {0, DAY_MS + 1}, {HOUR_MS, HOUR_MS}, {2 * HOUR_MS, HOUR_MS}}) {
      assertThatThrownBy(() -> new ShiftCalendar(monday, window[0], window[1]))
          .as("%s..%s", window[0], window[1])
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a shift must start before it ends");
    }
  }

  @Test
  void constructor_copiesTheDays() {
    EnumSet<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY);
    ShiftCalendar c = new ShiftCalendar(days, 0, DAY_MS);
    days.add(DayOfWeek.TUESDAY);
    assertThat(c.days()).containsExactly(DayOfWeek.MONDAY);
    assertThat(c).isEqualTo(new ShiftCalendar(Set.of(DayOfWeek.MONDAY), 0, DAY_MS));
    assertThatThrownBy(() -> c.days().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
