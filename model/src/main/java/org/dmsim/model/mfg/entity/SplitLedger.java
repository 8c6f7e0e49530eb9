package org.dmsim.model.mfg.entity;

/**
 * Splits order quantities between a primary and a backup source so that the primary's running total is
 * always the whole running total times its share, rounded half up: each order's primary part is
 * {@code round(share × T') − P}, with {@code T'} the units ordered so far including this order and
 * {@code P} the units the primary got before it (the cumulative largest-remainder rule; no randomness).
 * The part lies between 0 and the order's quantity, and over any run the primary's total is within half
 * a unit of its share.
 */
final class SplitLedger {
  private final double share;
  private long total;
  private long primary;

  /** A ledger that gives {@code share} of the units to the primary; above 0 and below 1. */
  SplitLedger(double share) {
    if (!(share > 0 && share < 1)) {
      throw new IllegalArgumentException("split share must be above 0 and below 1, was " + share);
    }
    this.share = share;
  }

  /** Books an order of {@code units} (0 or more) and returns the primary's part of it; the rest is the backup's. */
  long primaryPart(long units) {
    if (units < 0) {
      throw new IllegalArgumentException("units must not be negative, was " + units);
    }
    total += units;
    long part = Math.round(share * total) - primary;
    primary += part;
    return part;
  }

  /** Units booked so far. */
  long total() {
    return total;
  }

  /** Units given to the primary so far. */
  long primaryTotal() {
    return primary;
  }
}
