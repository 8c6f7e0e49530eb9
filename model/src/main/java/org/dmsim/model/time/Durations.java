package org.dmsim.model.time;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and formats durations written with a unit, as scenario files use them: {@code 250ms},
 * {@code 90s}, {@code 15min}, {@code 4h}, {@code 3d}, {@code 2w}, also with a decimal number
 * ({@code 1.5h}). The result is whole milliseconds; a value that is not a whole number of
 * milliseconds, negative or without a unit is rejected.
 */
public final class Durations {
  /** What a duration must look like, for error messages. */
  public static final String EXPECTED = "a duration: a number and a unit of ms, s, min, h, d or w (e.g. 90s, 15min, 4h, 3d)";

  private static final Pattern FORM = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|min|h|d|w)\\s*");
  private static final Map<String, Long> UNIT_MS = new LinkedHashMap<>();

  static {
    UNIT_MS.put("w", SimTime.WEEK_MS);
    UNIT_MS.put("d", SimTime.DAY_MS);
    UNIT_MS.put("h", SimTime.HOUR_MS);
    UNIT_MS.put("min", SimTime.MINUTE_MS);
    UNIT_MS.put("s", SimTime.SECOND_MS);
    UNIT_MS.put("ms", 1L);
  }

  private Durations() {}

  /**
   * Parses a duration to milliseconds.
   *
   * @throws IllegalArgumentException naming the text and {@link #EXPECTED}
   */
  public static long parseMillis(String text) {
    return tryParseMillis(text)
        .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not " + EXPECTED));
  }

  /** Parses a duration to milliseconds, or empty when the text is not a valid duration. */
  public static Optional<Long> tryParseMillis(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    BigDecimal ms = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(UNIT_MS.get(m.group(2))));
    try {
      return Optional.of(ms.longValueExact());
    } catch (ArithmeticException notWholeOrTooLarge) {
      return Optional.empty();
    }
  }

  /** Formats milliseconds in the largest unit that divides them exactly ({@code 0ms} for zero). */
  public static String format(long ms) {
    if (ms == 0) {
      return "0ms";
    }
    for (Map.Entry<String, Long> unit : UNIT_MS.entrySet()) {
      if (ms % unit.getValue() == 0) {
        return (ms / unit.getValue()) + unit.getKey();
      }
    }
    return ms + "ms";
  }
}
