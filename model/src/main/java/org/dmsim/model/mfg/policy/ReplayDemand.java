package org.dmsim.model.mfg.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dmsim.model.time.Durations;
import org.dmsim.model.time.SimTime;

/**
 * The built-in demand generator {@code replay}: a recorded series of orders, each placed at its time
 * for its quantity. The parameter {@code series} holds the orders as {@code "AT QUANTITY"} pairs
 * separated by commas, times from the start of the run (durations, not decreasing) and whole
 * quantities of 0 or more, e.g. {@code "0d 12, 1d 9, 2d 0, 3d 15"}; a scenario usually names a CSV
 * file instead ({@code file}), which the scenario reader turns into {@code series}. A 0 places no
 * order; orders after the run's end are not placed. The line's rate, season, trend and
 * {@code orderSize} are not used (the record already has them); a demand surge multiplies the
 * quantity (rounded), so without surges the orders are the series exactly. With {@code unitOrders: true}
 * each quantity comes as that many orders of one unit ({@link DemandGenerator#unitOrders}). Draws no
 * random number.
 */
public final class ReplayDemand implements DemandGenerator {
  /** The largest number of orders a series may hold. */
  public static final int MAX_ORDERS = 1_000_000;

  /** The largest quantity of one recorded order. */
  public static final long MAX_QUANTITY = RuleParams.MAX_UNITS;

  /** What a {@code series} looks like, for messages. */
  public static final String EXPECTED = "orders \"AT QUANTITY\" separated by commas, times not decreasing, "
      + "quantities whole numbers from 0 to " + MAX_QUANTITY + " (e.g. \"0d 12, 1d 9\")";

  private final long[] atMs;
  private final long[] quantities;
  private final boolean unitOrders;
  private int next;
  private long placed;

  ReplayDemand(long[] atMs, long[] quantities) {
    this(atMs, quantities, false);
  }

  ReplayDemand(long[] atMs, long[] quantities, boolean unitOrders) {
    this.atMs = atMs;
    this.quantities = quantities;
    this.unitOrders = unitOrders;
  }

  @Override
  public boolean unitOrders() {
    return unitOrders;
  }

  /**
   * Parses a series {@code "AT QUANTITY, ..."} into times (ms) and quantities.
   *
   * @throws IllegalArgumentException when the text is not such a series
   */
  static long[][] parse(String text) {
    List<long[]> rows = new ArrayList<>();
    long last = 0;
    for (String order : text.split(",", -1)) {
      String[] parts = order.strip().split("\\s+");
      if (parts.length != 2 || rows.size() >= MAX_ORDERS) {
        throw new IllegalArgumentException("an order is \"AT QUANTITY\", was \"" + order.strip() + "\"");
      }
      long at = Durations.parseMillis(parts[0]);
      long quantity = Long.parseLong(parts[1]);
      if (at < last || quantity < 0 || quantity > MAX_QUANTITY) {
        throw new IllegalArgumentException("times must not decrease and quantities lie from 0 to " + MAX_QUANTITY);
      }
      last = at;
      rows.add(new long[] {at, quantity});
    }
    long[][] out = new long[2][rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      out[0][i] = rows.get(i)[0];
      out[1][i] = rows.get(i)[1];
    }
    return out;
  }

  /** Formats orders as the {@code series} parameter reads them, times in ms. */
  public static String format(long[] atMs, long[] quantities) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < atMs.length; i++) {
      s.append(i == 0 ? "" : ", ").append(atMs[i]).append("ms ").append(quantities[i]);
    }
    return s.toString();
  }

  @Override
  public long nextArrivalMs(Line line) {
    long now = line.nowMs();
    if (next >= atMs.length) {
      return Math.max(0, line.horizonMs() - now) + SimTime.DAY_MS;
    }
    return Math.max(0, atMs[next] - now);
  }

  @Override
  public boolean places(Line line) {
    if (next >= atMs.length) {
      return false;
    }
    long q = quantities[next++];
    placed = line.surged() ? Math.round(q * line.surgeFactor(line.nowMs())) : q;
    return placed >= 1;
  }

  @Override
  public long quantity(Line line) {
    return placed;
  }

  /** Finds {@code replay} for {@link java.util.ServiceLoader}. */
  public static final class Factory implements DemandGeneratorFactory {
    /** The factory ServiceLoader makes. */
    public Factory() {}

    @Override
    public String name() {
      return "replay";
    }

    @Override
    public String description() {
      return "a recorded series of orders (series: \"AT QUANTITY, ...\", or file: a CSV day,quantity or time,quantity).";
    }

    @Override
    public DemandGenerator create(RuleParams params) {
      Optional<String> text = params.text("series");
      boolean unitOrders = params.flag("unitOrders");
      params.requireNoOthers();
      if (text.isEmpty()) {
        throw params.invalid("series", EXPECTED);
      }
      try {
        long[][] rows = parse(text.get());
        return new ReplayDemand(rows[0], rows[1], unitOrders);
      } catch (IllegalArgumentException e) {
        throw params.invalid("series", EXPECTED);
      }
    }
  }
}
