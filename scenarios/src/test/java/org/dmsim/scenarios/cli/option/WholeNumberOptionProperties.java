package org.dmsim.scenarios.cli.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class WholeNumberOptionProperties {
  @Test
  void wholeNumbersAtLeastMinReadBack() {
    qt().forAll(integers().between(-3, 3), integers().between(0, Integer.MAX_VALUE - 3)).checkAssert((min, above) -> {
      int n = min + above;

      assertThat(WholeNumberOption.atLeast(String.valueOf(n), min)).isEqualTo(n);
    });
  }

  @Test
  void wholeNumbersBelowMinAreRejectedNamingTheBound() {
    qt().forAll(integers().between(-3, 3), integers().between(1, Integer.MAX_VALUE - 3)).checkAssert((min, below) -> {
      int n = min - below;

      assertThatThrownBy(() -> WholeNumberOption.atLeast(String.valueOf(n), min))
          .isInstanceOf(Expected.class)
          .hasMessage("a whole number of at least " + min);
    });
  }

  @Test
  void anySeedReadsBack() {
    qt().forAll(longs().all()).checkAssert(seed ->
        assertThat(new WholeNumberOption.AnyLong().convert(Long.toString(seed))).isEqualTo(seed));
  }
}
