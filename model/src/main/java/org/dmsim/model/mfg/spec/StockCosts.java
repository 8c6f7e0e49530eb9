package org.dmsim.model.mfg.spec;

/**
 * The costs of a stock point per unit and period of its distribution centre's {@code period}, counted at
 * the end of every period on what is on hand and what is owed then (the Beer Game's accounting).
 *
 * @param holdingEur per unit on hand per period, EUR
 * @param backlogEur per unit owed (backordered) per period, EUR
 */
public record StockCosts(double holdingEur, double backlogEur) {
  /** No costs. */
  public static final StockCosts NONE = new StockCosts(0, 0);

  public StockCosts {
    Names.requireFiniteNotNegative("holding cost", holdingEur);
    Names.requireFiniteNotNegative("backlog cost", backlogEur);
  }

  /** Whether either cost is given. */
  public boolean any() {
    return holdingEur > 0 || backlogEur > 0;
  }
}
