package org.dmsim.scenarios.game;

/**
 * Reads an order as a player types it: a whole number of cases from 0 to {@link #MAX_CASES}, blanks
 * around it ignored. A cap keeps a slip of the finger (an extra zero or three) from flooding the chain:
 * 1000 is more than 100 weeks of the classic game's peak demand of 8.
 */
public final class OrderEntry {
  /** The largest order a player may enter, cases. */
  public static final long MAX_CASES = 1000;

  /** What an order looks like, for messages. */
  public static final String EXPECTED = "a whole number of cases from 0 to " + MAX_CASES;

  private OrderEntry() {}

  /**
   * The order {@code text} gives.
   *
   * @throws GameRefused saying what was wrong and what is expected: blank, not a number, a fraction,
   *     negative, or above {@link #MAX_CASES}
   */
  public static long parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new GameRefused("order: expected " + EXPECTED + ", got nothing");
    }
    String shown = t.length() > 20 ? t.substring(0, 20) + "…" : t;
    if (t.matches("[+-]?[0-9]+")) {
      if (t.startsWith("-") && !t.matches("-0+")) {
        throw new GameRefused("order: expected " + EXPECTED + ", got \"" + shown + "\": an order cannot be negative");
      }
      String digits = t.replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
      if (digits.length() > 4 || Long.parseLong(digits) > MAX_CASES) {
        throw new GameRefused("order: expected " + EXPECTED + ", got \"" + shown + "\": at most " + MAX_CASES
            + " cases an order");
      }
      return Long.parseLong(digits);
    }
    if (t.matches("[+-]?([0-9]+[.,][0-9]*|[.,][0-9]+)")) {
      throw new GameRefused("order: expected " + EXPECTED + ", got \"" + shown + "\": cases come whole");
    }
    throw new GameRefused("order: expected " + EXPECTED + ", got \"" + shown + "\", which is not a number");
  }
}
