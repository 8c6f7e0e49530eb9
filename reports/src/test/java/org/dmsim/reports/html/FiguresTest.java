package org.dmsim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {
  @Test
  void significant_roundsToDigitsInPlainNotation() {
    assertThat(Figures.significant(0.012345, 3)).isEqualTo("0.0123");
    assertThat(Figures.significant(1234.5, 3)).isEqualTo("1234");
    assertThat(Figures.significant(64.4812, 4)).isEqualTo("64.48");
    assertThat(Figures.significant(5.000000000000001, 3)).isEqualTo("5");
    assertThat(Figures.significant(1e-7, 3)).isEqualTo("0.0000001");
  }

  @Test
  void significant_negativeUsesTheMinusSignAndNeverNegativeZero() {
    assertThat(Figures.significant(-0.0873, 3)).isEqualTo("−0.0873");
    assertThat(Figures.significant(-0.0, 3)).isEqualTo("0");
    assertThat(Figures.fixed(-0.00001, 2)).isEqualTo("0.00");
  }

  @Test
  void undefined_isADash() {
    assertThat(Figures.significant(Double.NaN, 3)).isEqualTo("—");
    assertThat(Figures.fixed(Double.NaN, 1)).isEqualTo("—");
  }
}
