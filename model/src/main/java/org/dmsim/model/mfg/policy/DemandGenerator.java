package org.dmsim.model.mfg.policy;

import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.random.RandomStream;

/**
 * How a customer region's demand line draws its orders: when the next one arrives and how many units
 * it asks for, from the line's description ({@link DemandSpec}: rate, season, trend, order size) and
 * the region's own random streams. The region asks, in this order: {@link #start} once, then
 * {@link #nextArrivalMs} for the delay to the first candidate arrival; at each candidate,
 * {@link #places} (false drops it, e.g. thinning), {@link #quantity} when it places, then
 * {@link #nextArrivalMs} again. Each line of each region gets a fresh generator for every run; it
 * draws only from the streams the line gives it, so that runs are reproducible on every engine.
 */
public interface DemandGenerator {
  /** What a generator may know of its demand line during a run: read-only. */
  interface Line {
    /** The demand line as the scenario gives it. */
    DemandSpec demand();

    /** Now, ms of simulated time. */
    long nowMs();

    /** The run's length, ms. */
    long horizonMs();

    /** The region's stream for this line's arrivals ({@code orders-PRODUCT}). */
    RandomStream arrivals();

    /** The region's stream for this line's order sizes ({@code size-PRODUCT}). */
    RandomStream sizes();

    /** Whether the disruptions plan any demand surge on this line. */
    boolean surged();

    /** The product of the demand surges active at {@code tMs} (1 when none); a generator should scale its rate by it. */
    double surgeFactor(long tMs);

    /** An upper bound of {@link #surgeFactor} over the run, at least 1. */
    double maxSurgeFactor();

    /** An order size drawn from the line's {@code orderSize} on its {@link #sizes} stream, rounded to whole units. */
    default long sampledOrderSize() {
      return Math.round(demand().orderSize().sample(sizes()));
    }
  }

  /** Called once before the first arrival is asked for. Default: nothing. */
  default void start(Line line) {}

  /** The delay from now to the next candidate arrival, ms; 0 or more. */
  long nextArrivalMs(Line line);

  /** Whether the candidate arriving now becomes an order. Default: always. */
  default boolean places(Line line) {
    return true;
  }

  /** Units the order placed now asks for; the region makes it at least 1. */
  long quantity(Line line);

  /**
   * Whether the region places the quantity as that many orders of one unit, all at once, instead of one
   * order: so that a stock point fills what it can and owes the rest, unit by unit (the Beer Game's
   * retailer). Default: false.
   */
  default boolean unitOrders() {
    return false;
  }
}
