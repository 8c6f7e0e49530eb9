package org.dmsim.reports.number;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ShortestDecimalProperties {
  /** Every finite double: raw bit patterns (all exponents, subnormals), plus ordinary ranges. */
  private static Gen<Double> finiteDoubles() {
    return longs().all().map(Double::longBitsToDouble).assuming(Double::isFinite)
        .mix(doubles().any().assuming(Double::isFinite))
        .mix(doubles().between(0, 1));
  }

  @Test
  void everyFiniteDouble_readsBackExactly() {
    qt().withExamples(20_000).forAll(finiteDoubles())
        .check(v -> Double.parseDouble(ShortestDecimal.csv(v)) == v);
  }

  @Test
  void noShorterRoundingReadsBack() {
    qt().withExamples(5_000).forAll(finiteDoubles()).assuming(v -> v != 0).check(v -> {
      BigDecimal d = ShortestDecimal.of(v);
      int p = d.stripTrailingZeros().precision();
      return p == 1 || new BigDecimal(v).round(new MathContext(p - 1, RoundingMode.HALF_EVEN)).doubleValue() != v;
    });
  }
}
