package org.dmsim.model.mfg.policy;

/**
 * When and how much a stock point reorders, reviewing continuously: after every change of its stock
 * (a demand, an arrival, a cancellation, a loss) the stock point asks the rule how many units to order
 * now. Stock points are a distribution centre's products (refilled by its production node) and a
 * production node's components (bought from suppliers). An implementation must be deterministic
 * given its inputs; it may keep state, since each stock point gets its own fresh rule for every run.
 */
public interface ReplenishmentRule {
  /** What a rule may know of its stock point: read-only, valid only during the call. */
  interface StockPoint {
    /** Units on hand. */
    long onHand();

    /** Units ordered and not yet arrived. */
    long onOrder();

    /** Units promised to waiting demand: backorders at a distribution centre, components needed by waiting jobs. */
    long backordered();

    /** The inventory position: on hand + on order − backordered, units. */
    default long position() {
      return onHand() + onOrder() - backordered();
    }

    /** Now, ms of simulated time. */
    long nowMs();
  }

  /** Units to order now; 0 for none. */
  long orderQuantity(StockPoint stock);

  /** Units on hand at time 0 when the scenario does not say. Default: none. */
  default long initialStock() {
    return 0;
  }
}
