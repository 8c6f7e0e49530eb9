package org.dmsim.model.mfg.policy;

/**
 * When and how much a stock point reorders. Reviewing continuously (the default,
 * {@link #reviewPeriodMs()} 0), the stock point asks the rule how many units to order now after every
 * change of its stock (a demand, an arrival, a cancellation, a loss); reviewing periodically (a period
 * R above 0), it asks only at each review, at times R, 2R, 3R, … after everything else at that instant. Stock points are a distribution centre's products (refilled by its production node) and a
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

    /**
     * Units demanded since time 0, cumulative (orders received at a distribution centre, components
     * booked by jobs at a production node), whether or not they were served; a periodic rule takes the
     * demand of its last period as the difference between two reviews.
     */
    long demandedUnits();
  }

  /** Units to order now; 0 for none. Called after every change, or at each review of a periodic rule. */
  long orderQuantity(StockPoint stock);

  /**
   * The review period R, ms: 0 (the default) to be asked after every change of stock; above 0 to be
   * asked only at times R, 2R, 3R, …, after every other event at that stock point's instant. Constant
   * for the rule's life.
   */
  default long reviewPeriodMs() {
    return 0;
  }

  /** Units on hand at time 0 when the scenario does not say. Default: none. */
  default long initialStock() {
    return 0;
  }
}
