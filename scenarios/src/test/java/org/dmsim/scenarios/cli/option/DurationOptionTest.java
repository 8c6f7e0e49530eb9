package org.dmsim.scenarios.cli.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;

class DurationOptionTest {
  @Test
  void atLeastOneDay_daysHoursAndWeeks_inMilliseconds() {
    DurationOption.AtLeastOneDay c = new DurationOption.AtLeastOneDay();

    assertThat(c.convert("14d")).isEqualTo(14 * SimTime.DAY_MS);
    assertThat(c.convert("36h")).isEqualTo(36 * SimTime.HOUR_MS);
    assertThat(c.convert(" 2w ")).isEqualTo(14 * SimTime.DAY_MS);
  }

  @Test
  void atLeastOneDay_shorter_namesTheBoundAsADuration() {
    assertThatThrownBy(() -> new DurationOption.AtLeastOneDay().convert("2h"))
        .isInstanceOf(Expected.class)
        .hasMessage("at least 1d");
  }

  @Test
  void atLeastZero_zero_isAccepted() {
    assertThat(new DurationOption.AtLeastZero().convert("0d")).isZero();
  }

  @Test
  void atLeast_noUnit_showsTheForm() {
    assertThatThrownBy(() -> new DurationOption.AtLeastZero().convert("14"))
        .isInstanceOf(Expected.class)
        .hasMessage("a duration such as 14d or 36h");
  }
}
