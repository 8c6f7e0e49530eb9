package org.dmsim.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimTimeTest {

  @Test
  void unitConstants_areConsistent() {
    assertThat(SimTime.SECOND_MS).isEqualTo(1_000L);
    assertThat(SimTime.MINUTE_MS).isEqualTo(60_000L);
    assertThat(SimTime.HOUR_MS).isEqualTo(3_600_000L);
    assertThat(SimTime.DAY_MS).isEqualTo(86_400_000L);
    assertThat(SimTime.WEEK_MS).isEqualTo(604_800_000L);
  }

  @Test
  void format_never_isNever() {
    assertThat(SimTime.format(SimTime.NEVER)).isEqualTo("never");
  }

  @Test
  void format_finiteTime_isTheDurationFormat() {
    assertThat(SimTime.format(0)).isEqualTo("0ms");
    assertThat(SimTime.format(36 * SimTime.HOUR_MS)).isEqualTo("36h");
    assertThat(SimTime.format(90 * SimTime.SECOND_MS)).isEqualTo("90s");
    assertThat(SimTime.format(SimTime.NEVER - 1)).isEqualTo(Durations.format(SimTime.NEVER - 1));
  }

  @Test
  void toDaysAndToHours_convertExactlyRepresentableValues() {
    assertThat(SimTime.toDays(0)).isZero();
    assertThat(SimTime.toDays(36 * SimTime.HOUR_MS)).isEqualTo(1.5);
    assertThat(SimTime.toHours(90 * SimTime.MINUTE_MS)).isEqualTo(1.5);
    assertThat(SimTime.toHours(SimTime.WEEK_MS)).isEqualTo(168.0);
  }
}
