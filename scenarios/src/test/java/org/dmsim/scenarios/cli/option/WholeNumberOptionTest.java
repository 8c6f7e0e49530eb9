package org.dmsim.scenarios.cli.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WholeNumberOptionTest {
  @Test
  void atLeast_surroundingSpaces_areIgnored() {
    assertThat(WholeNumberOption.atLeast(" 4 ", 1)).isEqualTo(4);
  }

  @Test
  void atLeast_atMin_isAccepted() {
    assertThat(WholeNumberOption.atLeast("1", 1)).isEqualTo(1);
  }

  @Test
  void atLeast_belowMin_expectsAWholeNumberOfAtLeastMin() {
    assertThatThrownBy(() -> WholeNumberOption.atLeast("0", 1))
        .isInstanceOf(Expected.class)
        .hasMessage("a whole number of at least 1");
  }

  @Test
  void atLeast_notANumber_namesTheBoundToo() {
    assertThatThrownBy(() -> WholeNumberOption.atLeast("x", 1))
        .isInstanceOf(Expected.class)
        .hasMessage("a whole number of at least 1");
  }

  @Test
  void atLeast_fraction_isRejected() {
    assertThatThrownBy(() -> WholeNumberOption.atLeast("1.5", 1)).isInstanceOf(Expected.class);
  }

  @Test
  void atLeast_beyondIntRange_isRejectedNotWrapped() {
    assertThatThrownBy(() -> WholeNumberOption.atLeast("4294967297", 1)).isInstanceOf(Expected.class);
  }

  @Test
  void converters_eachKeepTheirBound() {
    assertThat(new WholeNumberOption.AtLeastZero().convert("0")).isZero();
    assertThat(new WholeNumberOption.AtLeastOne().convert("1")).isEqualTo(1);
    assertThat(new WholeNumberOption.AtLeastTwo().convert("2")).isEqualTo(2);
    assertThatThrownBy(() -> new WholeNumberOption.AtLeastZero().convert("-1")).hasMessage("a whole number of at least 0");
    assertThatThrownBy(() -> new WholeNumberOption.AtLeastOne().convert("0")).hasMessage("a whole number of at least 1");
    assertThatThrownBy(() -> new WholeNumberOption.AtLeastTwo().convert("1")).hasMessage("a whole number of at least 2");
  }

  @Test
  void anyLong_wholeNumberBeyondDoublePrecision_isExact() {
    assertThat(new WholeNumberOption.AnyLong().convert("9007199254740993")).isEqualTo(9007199254740993L);
  }

  @Test
  void anyLong_negative_isAccepted() {
    assertThat(new WholeNumberOption.AnyLong().convert("-5")).isEqualTo(-5);
  }

  @Test
  void anyLong_notANumber_expectsAWholeNumber() {
    assertThatThrownBy(() -> new WholeNumberOption.AnyLong().convert("seven"))
        .isInstanceOf(Expected.class)
        .hasMessage("a whole number");
  }
}
