package org.dmsim.model.mfg.spec;

/**
 * Cost rates applied to the run's flows.
 *
 * @param holdingRatePerYear           holding cost per year as a share of unit value, for stock and work in process
 * @param latenessPenaltyEurPerUnitDay penalty per unit per day delivered late, EUR
 */
public record CostSpec(double holdingRatePerYear, double latenessPenaltyEurPerUnitDay) {
  /** No holding cost or penalty. */
  public static final CostSpec NONE = new CostSpec(0, 0);

  public CostSpec {
    Names.requireFiniteNotNegative("holding rate per year", holdingRatePerYear);
    Names.requireFiniteNotNegative("lateness penalty", latenessPenaltyEurPerUnitDay);
  }
}
