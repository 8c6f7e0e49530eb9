package org.dmsim.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DurationsProperties {
  private static final List<String> UNITS = List.of("ms", "s", "min", "h", "d", "w");
  private static final List<Long> UNIT_MS =
      List.of(1L, SimTime.SECOND_MS, SimTime.MINUTE_MS, SimTime.HOUR_MS, SimTime.DAY_MS, SimTime.WEEK_MS);

  @Test
  void formattedMillisecondsParseBackToTheSameMilliseconds() {
    qt().forAll(millis()).checkAssert(ms ->
        assertThat(Durations.parseMillis(Durations.format(ms))).as("format(%d) = %s", ms, Durations.format(ms))
            .isEqualTo(ms));
  }

  @Test
  void formatOfAParsedDurationParsesBackToTheSameMilliseconds() {
    qt().forAll(durationTexts()).checkAssert(text -> {
      long ms = Durations.parseMillis(text);
      assertThat(Durations.parseMillis(Durations.format(ms))).as("%s -> %d ms -> %s", text, ms, Durations.format(ms))
          .isEqualTo(ms);
    });
  }

  @Test
  void formatUsesTheLargestUnitThatDividesExactly() {
    qt().forAll(millis().assuming(ms -> ms > 0)).checkAssert(ms -> {
      String text = Durations.format(ms);
      int unit = unitOf(text);
      long number = Long.parseLong(text.substring(0, text.length() - UNITS.get(unit).length()));
      assertThat(number * UNIT_MS.get(unit)).isEqualTo(ms);
      for (int larger = unit + 1; larger < UNITS.size(); larger++) {
        assertThat(ms % UNIT_MS.get(larger)).as("%s is also a whole number of %s", text, UNITS.get(larger))
            .isNotZero();
      }
    });
  }

  @Test
  void decimalDurationsAreExactOrRejected() {
    // n / 10^scale of a unit is exact when it is a whole number of ms, and rejected otherwise.
    qt().forAll(longs().between(0, 1_000_000_000L), integers().between(0, 6), integers().between(0, UNITS.size() - 1))
        .checkAssert((unscaled, scale, unit) -> {
          BigDecimal number = BigDecimal.valueOf(unscaled, scale);
          String text = number.toPlainString() + UNITS.get(unit);
          BigDecimal exact = number.multiply(BigDecimal.valueOf(UNIT_MS.get(unit)));
          if (exact.stripTrailingZeros().scale() <= 0) {
            assertThat(Durations.tryParseMillis(text)).as(text).contains(exact.longValueExact());
          } else {
            assertThat(Durations.tryParseMillis(text)).as(text).isEmpty();
          }
        });
  }

  @Test
  void negativeDurationsAreRejected() {
    qt().forAll(longs().between(1, Long.MAX_VALUE), integers().between(0, UNITS.size() - 1))
        .checkAssert((n, unit) -> assertThat(Durations.tryParseMillis("-" + n + UNITS.get(unit))).isEmpty());
  }

  /** Milliseconds over the whole non-negative range, biased to zero, unit multiples and the top. */
  private static Gen<Long> millis() {
    Gen<Long> multiples = longs().between(0, 100_000).zip(integers().between(0, UNITS.size() - 1),
        (n, unit) -> n * UNIT_MS.get(unit));
    Gen<Long> edges = Generate.pick(List.of(0L, 1L, 999L, 1000L, 1001L, SimTime.WEEK_MS - 1, SimTime.WEEK_MS,
        Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MAX_VALUE / SimTime.WEEK_MS * SimTime.WEEK_MS));
    return longs().between(0, Long.MAX_VALUE).mix(multiples, 40).mix(edges, 15);
  }

  /** Valid duration texts: integers or decimals (tenths of s and up), any unit, optional whitespace. */
  private static Gen<String> durationTexts() {
    Gen<Integer> unit = integers().between(0, UNITS.size() - 1);
    Gen<String> whole = longs().between(0, 1_000_000_000L).zip(unit, (n, u) -> n + UNITS.get(u));
    Gen<String> tenths = longs().between(0, 1_000_000_000L).zip(integers().between(1, UNITS.size() - 1),
        (n, u) -> BigDecimal.valueOf(n, 1).toPlainString() + UNITS.get(u));
    Gen<String> space = Generate.pick(List.of("", "", " ", "\t"));
    return whole.mix(tenths, 40).zip(space, space, (d, before, after) -> before + d + after);
  }

  private static int unitOf(String text) {
    // "min" and "ms" end in letters that other units use, so test the longest names first.
    for (String name : List.of("min", "ms", "s", "h", "d", "w")) {
      if (text.endsWith(name)) {
        return UNITS.indexOf(name);
      }
    }
    throw new AssertionError("no unit in " + text);
  }
}
