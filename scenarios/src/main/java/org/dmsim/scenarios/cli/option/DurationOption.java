package org.dmsim.scenarios.cli.option;

import org.dmsim.model.time.Durations;
import org.dmsim.model.time.SimTime;
import picocli.CommandLine.ITypeConverter;

/**
 * Converters for options that take a duration with its unit, as scenario files write them
 * ({@code 90s}, {@code 15min}, {@code 36h}, {@code 14d}, {@code 2w}); the value is in milliseconds of
 * simulated time. picocli creates converters without arguments, so each lower bound is a class.
 */
public final class DurationOption {
  private DurationOption() {}

  /** Any duration, zero included, such as a warm-up; in ms. */
  public static final class AtLeastZero implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return atLeast(value, 0);
    }
  }

  /** A duration of at least one day, such as an outage measured in days; in ms. */
  public static final class AtLeastOneDay implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return atLeast(value, SimTime.DAY_MS);
    }
  }

  /**
   * {@code value} in ms, at least {@code minMs}.
   *
   * @throws Expected showing the form of a duration, or the bound in the same form
   */
  public static long atLeast(String value, long minMs) {
    long ms = Durations.tryParseMillis(value.trim())
        .orElseThrow(() -> new Expected("a duration such as 14d or 36h"));
    if (ms < minMs) {
      throw new Expected("at least " + SimTime.format(minMs));
    }
    return ms;
  }
}
