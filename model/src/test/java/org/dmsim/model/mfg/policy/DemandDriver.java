package org.dmsim.model.mfg.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.random.RandomStream;
import org.dmsim.model.time.SimTime;

/**
 * Drives a demand generator through the protocol a region follows ({@code start}, then
 * {@code nextArrivalMs}, {@code places}, {@code quantity} made at least 1, ...) over a horizon,
 * without an engine, and returns the orders it placed.
 */
final class DemandDriver {
  /** An order placed: time, ms, and units. */
  record Order(long atMs, long units) {}

  /** No demand surge. */
  static final LongToDoubleFunction NO_SURGE = t -> 1;

  private DemandDriver() {}

  /** A line of {@code ordersPerDay} orders of {@code orderSize} drawn by {@code generator}, no season. */
  static DemandSpec line(double ordersPerDay, Distribution orderSize, RuleRef generator) {
    return new DemandSpec("p", ordersPerDay, 0, 0, 0, orderSize, SimTime.DAY_MS, SimTime.NEVER, generator);
  }

  /** A line of {@code ordersPerDay} one-unit orders. */
  static DemandSpec line(double ordersPerDay, RuleRef generator) {
    return line(ordersPerDay, new Deterministic(1), generator);
  }

  /** The orders {@code line}'s generator places in {@code [0, horizonMs)} with seed {@code seed}, no surges. */
  static List<Order> run(DemandSpec line, long horizonMs, long seed) {
    return run(line, horizonMs, seed, NO_SURGE);
  }

  /** The orders {@code line}'s generator places in {@code [0, horizonMs)}, with demand surges {@code surge(t)} (at least 1). */
  static List<Order> run(DemandSpec line, long horizonMs, long seed, LongToDoubleFunction surge) {
    DemandGenerator g = PolicyCatalog.installed().demand(line.generator());
    View view = new View(line, horizonMs, new RandomStream(seed), new RandomStream(~seed), surge);
    g.start(view);
    List<Order> out = new ArrayList<>();
    long t = g.nextArrivalMs(view);
    while (t < horizonMs) {
      view.now = t;
      if (g.places(view)) {
        out.add(new Order(t, Math.max(1, g.quantity(view))));
      }
      long gap = g.nextArrivalMs(view);
      if (gap < 0) {
        throw new AssertionError("negative gap " + gap);
      }
      t += gap;
    }
    return out;
  }

  /** The total units of {@code orders}. */
  static long units(List<Order> orders) {
    return orders.stream().mapToLong(Order::units).sum();
  }

  private static final class View implements DemandGenerator.Line {
    private final DemandSpec demand;
    private final long horizonMs;
    private final RandomStream arrivals;
    private final RandomStream sizes;
    private final LongToDoubleFunction surge;
    private final boolean surged;
    private long now;

    View(DemandSpec demand, long horizonMs, RandomStream arrivals, RandomStream sizes, LongToDoubleFunction surge) {
      this.demand = demand;
      this.horizonMs = horizonMs;
      this.arrivals = arrivals;
      this.sizes = sizes;
      this.surge = surge;
      this.surged = surge != NO_SURGE;
    }

    @Override
    public DemandSpec demand() {
      return demand;
    }

    @Override
    public long nowMs() {
      return now;
    }

    @Override
    public long horizonMs() {
      return horizonMs;
    }

    @Override
    public RandomStream arrivals() {
      return arrivals;
    }

    @Override
    public RandomStream sizes() {
      return sizes;
    }

    @Override
    public boolean surged() {
      return surged;
    }

    @Override
    public double surgeFactor(long tMs) {
      return surge.applyAsDouble(tMs);
    }

    @Override
    public double maxSurgeFactor() {
      return 10;
    }
  }
}
