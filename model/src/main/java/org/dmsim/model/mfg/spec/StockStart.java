package org.dmsim.model.mfg.spec;

import java.util.List;

/**
 * What a stock point has on its way at time 0, besides its stock on hand: the start of a chain in its
 * steady state (the Beer Game starts with four cases in every delay).
 *
 * @param inTransit       lots of units already shipped to it: with n lots, lot i (from 1) arrives at
 *                        i × shippingDelay / n, where shippingDelay is the link's (or, without one, the
 *                        lane's mean transit time); they count as on order
 * @param ordersInTransit orders it has placed that its source has not yet received: with n orders, order
 *                        i arrives at the source at i × orderDelay / n; they count as on order
 * @param backlog         units it owes, at time 0, to the one distribution centre it refills (on order there)
 */
public record StockStart(List<Long> inTransit, List<Long> ordersInTransit, long backlog) {
  /** Nothing on the way and nothing owed. */
  public static final StockStart NONE = new StockStart(List.of(), List.of(), 0);

  public StockStart {
    inTransit = List.copyOf(inTransit);
    ordersInTransit = List.copyOf(ordersInTransit);
    for (long units : inTransit) {
      requireLot("a lot in transit", units);
    }
    for (long units : ordersInTransit) {
      requireLot("an order in transit", units);
    }
    if (backlog < 0) {
      throw new IllegalArgumentException("an initial backlog must not be negative, was " + backlog);
    }
  }

  private static void requireLot(String what, long units) {
    if (units < 0 || units > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(what + " must be from 0 to " + Integer.MAX_VALUE + " units, was " + units);
    }
  }

  /** The units it has on order at time 0 by its own start: in transit and ordered. */
  public long onOrder() {
    return inTransit.stream().mapToLong(Long::longValue).sum()
        + ordersInTransit.stream().mapToLong(Long::longValue).sum();
  }
}
