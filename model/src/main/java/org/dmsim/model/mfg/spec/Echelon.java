package org.dmsim.model.mfg.spec;

import java.util.Optional;

/**
 * How a distribution centre works as a stage of a chain: the delays on the link from its source, the
 * period of its statistics and costs, and a backup source. Every field is optional; without any, it behaves as before.
 *
 * @param orderDelayMs    how long its orders take to reach its source (information delay), ms; default
 *                        the platform's order latency
 * @param shippingDelayMs how long a lot from its source takes to arrive, ms, fixed; default the lane's
 *                        transit time
 * @param periodMs        the period of its statistics and costs: one event per period at its end, after
 *                        every other event of that instant (reviews included), that records the
 *                        period's demand, orders, on-hand, backlog and cost; none without it
 * @param backup          a second source, with its switching rule; none without it
 */
public record Echelon(Optional<Long> orderDelayMs, Optional<Long> shippingDelayMs, Optional<Long> periodMs,
    Optional<BackupSource> backup) {
  /** The shortest delay or period: 1 ms. */
  public static final long MIN_MS = 1;

  /** No link settings and no period. */
  public static final Echelon NONE = new Echelon(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty());

  public Echelon {
    orderDelayMs = orderDelayMs == null ? Optional.empty() : orderDelayMs;
    shippingDelayMs = shippingDelayMs == null ? Optional.empty() : shippingDelayMs;
    periodMs = periodMs == null ? Optional.empty() : periodMs;
    backup = backup == null ? Optional.empty() : backup;
    require("order delay", orderDelayMs);
    require("shipping delay", shippingDelayMs);
    require("period", periodMs);
  }

  private static void require(String what, Optional<Long> ms) {
    if (ms.isPresent() && ms.get() < MIN_MS) {
      throw new IllegalArgumentException("the " + what + " must be at least " + MIN_MS + " ms, was " + ms.get());
    }
  }

  /** Delays and period, without a backup source. */
  public Echelon(Optional<Long> orderDelayMs, Optional<Long> shippingDelayMs, Optional<Long> periodMs) {
    this(orderDelayMs, shippingDelayMs, periodMs, Optional.empty());
  }
}
