package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Console numbers never show a negative zero, at any precision. */
class DecimalsTest {
  @Test
  void format_negativeValueRoundingToZero_hasNoSign() {
    assertThat(Decimals.format(-0.00001, 0.5, false)).isEqualTo("0.0000");
    assertThat(Decimals.format(-0.00001, 0.5, true)).isEqualTo("+0.0000");
    assertThat(Decimals.format(-0.001, 50, true)).isEqualTo("+0.00");
    assertThat(Decimals.format(-0.4, 5000, false)).isEqualTo("0");
    assertThat(Decimals.format(-0.0, 0, false)).isEqualTo("0.0000");
  }

  @Test
  void format_negativeValueNotRoundingToZero_keepsItsSign() {
    assertThat(Decimals.format(-0.00006, 0.5, false)).isEqualTo("-0.0001");
    assertThat(Decimals.format(-1234.6, 5000, true)).isEqualTo("-1,235");
    assertThat(Decimals.format(Double.NaN, 1, true)).isEqualTo("-");
  }

  @Test
  void withoutNegativeZero_scientificAndGroupedForms() {
    assertThat(Decimals.withoutNegativeZero("-0.000e+00")).isEqualTo("0.000e+00");
    assertThat(Decimals.withoutNegativeZero("-1.000e-20")).isEqualTo("-1.000e-20");
    assertThat(Decimals.withoutNegativeZero("-0")).isEqualTo("0");
  }
}
