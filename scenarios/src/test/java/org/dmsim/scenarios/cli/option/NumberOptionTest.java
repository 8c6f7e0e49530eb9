package org.dmsim.scenarios.cli.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberOptionTest {
  @Test
  void greaterThan_aboveExclusiveMin_isParsed() {
    assertThat(NumberOption.greaterThan("0.25", 0)).isEqualTo(0.25);
  }

  @Test
  void greaterThan_equalToExclusiveMin_namesTheBoundAsWritten() {
    assertThatThrownBy(() -> NumberOption.greaterThan("0", 0))
        .isInstanceOf(Expected.class)
        .hasMessage("a number greater than 0");
  }

  @Test
  void atLeast_atMin_isAccepted() {
    assertThat(NumberOption.atLeast("0", 0)).isZero();
  }

  @Test
  void atLeast_belowMin_namesTheBound() {
    assertThatThrownBy(() -> NumberOption.atLeast("-1", 0))
        .isInstanceOf(Expected.class)
        .hasMessage("a number of at least 0");
  }

  @Test
  void atLeast_fractionalBound_isPrintedPlainly() {
    assertThatThrownBy(() -> new NumberOption.AtLeastOneMilli().convert("0"))
        .hasMessage("a number of at least 0.001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e400", "fast", ""})
  void greaterThan_notAFiniteNumber_isRejected(String value) {
    assertThatThrownBy(() -> new NumberOption.Positive().convert(value))
        .isInstanceOf(Expected.class)
        .hasMessage("a number greater than 0");
  }

  @Test
  void converters_eachKeepTheirBound() {
    assertThat(new NumberOption.AtLeastZero().convert("0")).isZero();
    assertThat(new NumberOption.AtLeastOneMilli().convert("0.001")).isEqualTo(0.001);
    assertThat(new NumberOption.Positive().convert(" 1e-9 ")).isEqualTo(1e-9);
  }
}
