package org.dmsim.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest(name = "{0} = {1} ms")
  @CsvSource({
      "0ms, 0",
      "250ms, 250",
      "1s, 1000",
      "90s, 90000",
      "1min, 60000",
      "15min, 900000",
      "1h, 3600000",
      "4h, 14400000",
      "1d, 86400000",
      "3d, 259200000",
      "1w, 604800000",
      "2w, 1209600000",
      "0w, 0",
  })
  void parseMillis_everyUnit_multipliesByTheUnit(String text, long expectedMs) {
    assertThat(Durations.parseMillis(text)).isEqualTo(expectedMs);
  }

  @ParameterizedTest(name = "{0} = {1} ms")
  @CsvSource({
      "1.5h, 5400000",
      "0.5s, 500",
      "0.001s, 1",
      "1.25min, 75000",
      "0.5d, 43200000",
      "1.5w, 907200000",
      "2.0ms, 2",
      "1.000s, 1000",
      "007s, 7000",
  })
  void parseMillis_decimalNumber_isExactWhenTheResultIsWholeMilliseconds(String text, long expectedMs) {
    assertThat(Durations.parseMillis(text)).isEqualTo(expectedMs);
  }

  @Test
  void parseMillis_surroundingAndInnerWhitespace_isIgnored() {
    assertThat(Durations.parseMillis(" 90s")).isEqualTo(90_000);
    assertThat(Durations.parseMillis("90s ")).isEqualTo(90_000);
    assertThat(Durations.parseMillis("90 s")).isEqualTo(90_000);
    assertThat(Durations.parseMillis("\t1.5 h\n")).isEqualTo(5_400_000);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {
      "-1s", "-0ms", "+1s",              // signed
      "90", "1.5", "",  " ",             // no unit
      "s", "ms", ".5h", "1.h", "1.5.2h", // no number or a malformed one
      "1.5ms", "0.0001s", "0.1ms",       // fractions of a millisecond
      "1e3ms", "1,5h", "1_000ms",        // other number syntaxes
      "1sec", "1m", "1H", "1 m s", "1hh", "1s1ms", "1 h 30 min",
  })
  void tryParseMillis_invalidText_isEmpty(String text) {
    assertThat(Durations.tryParseMillis(text)).isEmpty();
  }

  @Test
  void tryParseMillis_null_isEmpty() {
    assertThat(Durations.tryParseMillis(null)).isEmpty();
  }

  @Test
  void parseMillis_largestWholeNumberOfWeeks_fitsInALong() {
    long weeks = Long.MAX_VALUE / SimTime.WEEK_MS;
    assertThat(Durations.parseMillis(weeks + "w")).isEqualTo(weeks * SimTime.WEEK_MS);
    assertThat(Durations.parseMillis(Long.MAX_VALUE + "ms")).isEqualTo(Long.MAX_VALUE);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {
      "9223372036854775808ms",
      "15250284453w",
      "106751991167301d",
      "9223372036854775.808s",
      "99999999999999999999999999999999999999h",
  })
  void tryParseMillis_overflow_isEmpty(String text) {
    assertThat(Durations.tryParseMillis(text)).isEmpty();
  }

  @Test
  void parseMillis_invalidText_throwsNamingTheTextAndTheExpectedForm() {
    assertThatThrownBy(() -> Durations.parseMillis("12 parsecs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'12 parsecs'")
        .hasMessageContaining(Durations.EXPECTED);
  }

  @Test
  void parseMillis_null_throwsIllegalArgument() {
    assertThatThrownBy(() -> Durations.parseMillis(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Durations.EXPECTED);
  }

  @ParameterizedTest(name = "{0} ms = {1}")
  @CsvSource({
      "0, 0ms",
      "1, 1ms",
      "999, 999ms",
      "1000, 1s",
      "1001, 1001ms",
      "90000, 90s",
      "60000, 1min",
      "5400000, 90min",
      "3600000, 1h",
      "129600000, 36h",
      "86400000, 1d",
      "604800000, 1w",
      "1209600000, 2w",
      "1296000000, 15d",
      "9223372036854775807, 9223372036854775807ms",
  })
  void format_milliseconds_usesTheLargestUnitThatDividesExactly(long ms, String expected) {
    assertThat(Durations.format(ms)).isEqualTo(expected);
  }
}
