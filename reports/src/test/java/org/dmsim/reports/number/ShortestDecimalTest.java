package org.dmsim.reports.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShortestDecimalTest {
  @Test
  void csv_typicalResults_areShortAndExact() {
    assertThat(ShortestDecimal.csv(1016172.3)).isEqualTo("1016172.3");
    assertThat(ShortestDecimal.csv(0.8737)).isEqualTo("0.8737");
    assertThat(ShortestDecimal.csv(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(ShortestDecimal.csv(42)).isEqualTo("42");
    assertThat(ShortestDecimal.csv(-0.0)).isEqualTo("0");
    assertThat(ShortestDecimal.csv(1.5e20)).isEqualTo("1.5E+20");
    assertThat(ShortestDecimal.csv(2.5e-7)).isEqualTo("2.5E-7");
    // JDK 17 writes 4.9E-324; one digit reads back the same.
    assertThat(ShortestDecimal.csv(Double.MIN_VALUE)).isEqualTo("5E-324");
  }

  @Test
  void csv_undefinedAndInfinite_areEmptyAndNamed() {
    assertThat(ShortestDecimal.csv(Double.NaN)).isEmpty();
    assertThat(ShortestDecimal.csv(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertThat(ShortestDecimal.csv(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    assertThatThrownBy(() -> ShortestDecimal.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void csv_sixSignificantDigitsWouldNotDo_theStandardDeviationSurvives() {
    // The defect this class fixes: %.6g wrote 1016172.3 as 1.01617e+06.
    double[] values = {1016172.3, 1016179.8, 1016168.1};
    for (double v : values) {
      assertThat(Double.parseDouble(ShortestDecimal.csv(v))).isEqualTo(v);
    }
  }
}
