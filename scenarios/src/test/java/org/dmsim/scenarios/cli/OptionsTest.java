package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsTest {
  private static final Set<String> VALUED = Set.of("seed", "threads", "out", "mean");
  private static final Set<String> FLAGS = Set.of("quiet");

  private static Options parse(String... args) {
    return Options.parse("run", args, VALUED, FLAGS);
  }

  @Test
  void parse_nameSpaceValue_storesValue() {
    Options o = parse("--out", "results");

    assertThat(o.has("out")).isTrue();
    assertThat(o.string("out", "fallback")).isEqualTo("results");
  }

  @Test
  void parse_nameEqualsValue_storesEverythingAfterTheFirstEquals() {
    Options o = parse("--out=a=b", "--seed=7");

    assertThat(o.string("out", "fallback")).isEqualTo("a=b");
    assertThat(o.longValue("seed", 1)).isEqualTo(7);
  }

  @Test
  void parse_valueStartingWithDash_isTakenAsTheValue() {
    Options o = parse("--seed", "-5");

    assertThat(o.longValue("seed", 1)).isEqualTo(-5);
    assertThat(o.positional()).isEmpty();
  }

  @Test
  void parse_repeatedOption_lastValueWins() {
    Options o = parse("--threads", "2", "--threads=3");

    assertThat(o.integer("threads", 1, 1)).isEqualTo(3);
  }

  @Test
  void parse_flag_isSetAndTakesNoValue() {
    Options o = parse("--quiet", "file.yaml");

    assertThat(o.flag("quiet")).isTrue();
    assertThat(o.has("quiet")).isFalse();
    assertThat(o.positional()).containsExactly("file.yaml");
  }

  @Test
  void parse_flagWithInlineValue_messageSaysItTakesNone() {
    assertThatThrownBy(() -> parse("--quiet=yes"))
        .isInstanceOf(UsageException.class)
        .hasMessage("run: --quiet takes no value, got '--quiet=yes'");
  }

  @Test
  void parse_noArguments_hasNoFlagsValuesOrPositionals() {
    Options o = parse();

    assertThat(o.flag("quiet")).isFalse();
    assertThat(o.has("seed")).isFalse();
    assertThat(o.positional()).isEmpty();
  }

  @Test
  void parse_positionalsBetweenOptions_keptInOrder() {
    Options o = parse("a.yaml", "--seed", "3", "b.yaml", "--quiet", "c.yaml");

    assertThat(o.positional()).containsExactly("a.yaml", "b.yaml", "c.yaml");
    assertThat(o.longValue("seed", 1)).isEqualTo(3);
  }

  @Test
  void parse_unknownOption_messageNamesItAndListsKnownOptionsSorted() {
    assertThatThrownBy(() -> parse("--bogus", "1"))
        .isInstanceOf(UsageException.class)
        .hasMessage("run: unknown option --bogus (options: --mean, --out, --quiet, --seed, --threads;"
            + " see 'dmsim help run')");
  }

  @Test
  void parse_valuedOptionLastWithoutValue_messageSaysItNeedsOne() {
    assertThatThrownBy(() -> parse("file.yaml", "--seed"))
        .isInstanceOf(UsageException.class)
        .hasMessage("run: --seed needs a value");
  }

  @Test
  void string_absent_returnsFallback() {
    assertThat(parse().string("out", "runs/x")).isEqualTo("runs/x");
  }

  @Test
  void integer_absent_returnsFallbackEvenBelowMin() {
    assertThat(parse().integer("threads", 0, 1)).isZero();
  }

  @Test
  void integer_surroundingSpaces_areIgnored() {
    assertThat(parse("--threads", " 4 ").integer("threads", 1, 1)).isEqualTo(4);
  }

  @Test
  void integer_atMin_isAccepted() {
    assertThat(parse("--threads", "1").integer("threads", 8, 1)).isEqualTo(1);
  }

  @Test
  void integer_belowMin_messageNamesOptionBoundAndValue() {
    Options o = parse("--threads", "0");

    assertThatThrownBy(() -> o.integer("threads", 1, 1))
        .isInstanceOf(UsageException.class)
        .hasMessage("run: --threads expects a whole number of at least 1, got '0'");
  }

  @Test
  void integer_notANumber_messageNamesOptionBoundAndValue() {
    Options o = parse("--threads", "x");

    assertThatThrownBy(() -> o.integer("threads", 1, 1))
        .isInstanceOf(UsageException.class)
        .hasMessage("run: --threads expects a whole number of at least 1, got 'x'");
  }

  @Test
  void integer_fraction_isRejected() {
    Options o = parse("--threads", "1.5");

    assertThatThrownBy(() -> o.integer("threads", 1, 1))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--threads expects a whole number");
  }

  @Test
  void integer_beyondIntRange_isRejectedNotWrapped() {
    Options o = parse("--threads", "4294967297");

    assertThatThrownBy(() -> o.integer("threads", 1, 1))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("got '4294967297'");
  }

  @Test
  void longValue_wholeNumber_isParsed() {
    assertThat(parse("--seed", "9007199254740993").longValue("seed", 1)).isEqualTo(9007199254740993L);
  }

  @Test
  void longValue_absent_returnsFallback() {
    assertThat(parse().longValue("seed", 42)).isEqualTo(42);
  }

  @Test
  void longValue_notANumber_messageNamesOptionAndValue() {
    Options o = parse("--seed", "seven");

    assertThatThrownBy(() -> o.longValue("seed", 1))
        .isInstanceOf(UsageException.class)
        .hasMessage("run: --seed expects a whole number, got 'seven'");
  }

  @Test
  void number_aboveExclusiveMin_isParsed() {
    assertThat(parse("--mean", "0.25").number("mean", 1.0, 0)).isEqualTo(0.25);
  }

  @Test
  void number_absent_returnsFallback() {
    assertThat(parse().number("mean", 1.5, 0)).isEqualTo(1.5);
  }

  @Test
  void number_equalToExclusiveMin_isRejectedNamingTheBoundAsWritten() {
    Options o = parse("--mean", "0");

    assertThatThrownBy(() -> o.number("mean", 1.0, 0))
        .isInstanceOf(UsageException.class)
        .hasMessage("run: --mean expects a number greater than 0, got '0'");
  }

  @Test
  void numberAtLeast_atMin_isAccepted() {
    assertThat(parse("--mean", "0").numberAtLeast("mean", 1.0, 0)).isZero();
  }

  @Test
  void numberAtLeast_absent_returnsFallback() {
    assertThat(parse().numberAtLeast("mean", 1.5, 0)).isEqualTo(1.5);
  }

  @Test
  void numberAtLeast_belowMin_messageNamesOptionBoundAndValue() {
    Options o = parse("--mean", "-1");

    assertThatThrownBy(() -> o.numberAtLeast("mean", 1.0, 0))
        .isInstanceOf(UsageException.class)
        .hasMessage("run: --mean expects a number of at least 0, got '-1'");
  }

  @Test
  void numberAtLeast_fractionalBound_isPrintedPlainly() {
    Options o = parse("--mean", "NaN");

    assertThatThrownBy(() -> o.numberAtLeast("mean", 1.0, 0.001))
        .isInstanceOf(UsageException.class)
        .hasMessage("run: --mean expects a number of at least 0.001, got 'NaN'");
  }

  @Test
  void number_notFinite_isRejected() {
    for (String v : new String[] {"NaN", "Infinity", "-Infinity", "1e400"}) {
      Options o = parse("--mean", v);

      assertThatThrownBy(() -> o.number("mean", 1.0, 0))
          .as(v)
          .isInstanceOf(UsageException.class)
          .hasMessageContaining("--mean expects a number");
    }
  }

  @Test
  void number_notANumber_messageNamesOptionAndValue() {
    Options o = parse("--mean", "fast");

    assertThatThrownBy(() -> o.number("mean", 1.0, 0))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--mean expects a number")
        .hasMessageEndingWith("got 'fast'");
  }

  @Test
  void atMostPositional_withinLimit_passes() {
    Options o = parse("a.yaml");

    o.atMostPositional(1);

    assertThat(o.positional()).containsExactly("a.yaml");
  }

  @Test
  void atMostPositional_tooMany_messageNamesFirstExtraArgument() {
    Options o = parse("a.yaml", "b.yaml", "c.yaml");

    assertThatThrownBy(() -> o.atMostPositional(1))
        .isInstanceOf(UsageException.class)
        .hasMessage("run: unexpected argument 'b.yaml'");
  }
}
