package org.dmsim.model.mfg.policy;

import java.util.Arrays;

/**
 * The built-in replenishment rule {@code scripted-orders}: orders given in advance, one per review —
 * how a played Beer Game becomes an ordinary scenario. Every {@code period} R it orders the next of
 * {@code values} (whole units, 0 or more): {@code values[0]} at the first review (time R),
 * {@code values[1]} at the second, and so on; after the list ends it orders 0. It looks at nothing
 * of its stock point, so the orders are the list exactly. Starts with nothing on hand unless the
 * scenario gives {@code initial}.
 */
public final class ScriptedOrders implements ReplenishmentRule {
  /** The largest number of orders a list may hold: a review a minute for a year is far below it. */
  public static final int MAX_VALUES = 1_000_000;

  /** What {@code values} looks like, for messages. */
  public static final String EXPECTED = "whole numbers of units from 0 to " + RuleParams.MAX_UNITS
      + ", one per review, separated by spaces or commas (e.g. \"4 4 8 12\"); at most " + MAX_VALUES;

  private final PeriodicReview review;
  private final long[] values;
  private int reviews;

  /** Orders {@code values} at the reviews every {@code periodMs}, then 0. */
  public ScriptedOrders(long periodMs, long[] values) {
    this.review = new PeriodicReview(periodMs);
    this.values = values.clone();
    for (long v : this.values) {
      if (v < 0 || v > RuleParams.MAX_UNITS) {
        throw new IllegalArgumentException("scripted-orders needs orders from 0 to " + RuleParams.MAX_UNITS
            + ", was " + Arrays.toString(values));
      }
    }
  }

  @Override
  public long orderQuantity(StockPoint stock) {
    int k = reviews++;
    return k < values.length ? values[k] : 0;
  }

  @Override
  public long reviewPeriodMs() {
    return review.periodMs();
  }

  /**
   * Parses a list of orders as the {@code values} parameter reads it: whole numbers separated by spaces
   * or commas; blank for none.
   *
   * @throws IllegalArgumentException when it is not such a list
   */
  public static long[] parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return new long[0];
    }
    String[] parts = t.split("[\\s,]+");
    if (parts.length > MAX_VALUES) {
      throw new IllegalArgumentException("more than " + MAX_VALUES + " orders");
    }
    long[] out = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].matches("[0-9]{1,10}")) {
        throw new IllegalArgumentException("not a whole number of units: \"" + parts[i] + "\"");
      }
      out[i] = Long.parseLong(parts[i]);
      if (out[i] > RuleParams.MAX_UNITS) {
        throw new IllegalArgumentException("more than " + RuleParams.MAX_UNITS + " units: " + parts[i]);
      }
    }
    return out;
  }

  /** Formats orders as the {@code values} parameter reads them: separated by single spaces. */
  public static String format(long[] orders) {
    StringBuilder s = new StringBuilder(orders.length * 3);
    for (int i = 0; i < orders.length; i++) {
      s.append(i == 0 ? "" : " ").append(orders[i]);
    }
    return s.toString();
  }

  /**
   * Finds {@code scripted-orders}; parameters {@code period} (required) and {@code values} (required; may be
   * blank: no orders at all).
   */
  public static final class Factory implements ReplenishmentRuleFactory {
    @Override
    public String name() {
      return "scripted-orders";
    }

    @Override
    public String description() {
      return "every period, the next of the orders given in values (\"4 4 8 12\"), then 0: a played game as a scenario.";
    }

    @Override
    public ReplenishmentRule create(RuleParams params) {
      long period = PeriodicReview.period(params);
      String text = params.text("values").orElseThrow(() -> params.invalid("values", EXPECTED));
      params.requireNoOthers();
      try {
        return new ScriptedOrders(period, parse(text));
      } catch (IllegalArgumentException e) {
        throw params.invalid("values", EXPECTED);
      }
    }
  }
}
