package org.dmsim.model.mfg.spec;

/** How a stock point decides when and how much to reorder, reviewing continuously. */
public enum StockPolicy {
  /** (s, S): when the inventory position falls to s or below, order up to S. */
  S_S,
  /** (r, Q): when the inventory position falls to r or below, order as many lots of Q as bring it above r. */
  R_Q,
  /** Base stock: after every demand, order back up to the level (an (S−1, S) policy). */
  BASE_STOCK
}
