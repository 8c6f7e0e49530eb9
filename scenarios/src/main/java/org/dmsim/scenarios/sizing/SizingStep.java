package org.dmsim.scenarios.sizing;

/**
 * One design the search explored.
 *
 * @param k              the size: candidate sites kept, or machines per group at each sized site
 * @param producingSites every plant and microfactory of the design (the kept candidates and the sites always kept)
 * @param machines       the machines of the design's producing sites
 * @param estimate       the indicator's estimate and the decision at this design
 * @param costPerUnitEur the mean cost per delivered unit over the same replications, EUR (NaN if none)
 * @param frontier       whether no other explored design is both cheaper per unit and better on the indicator
 */
public record SizingStep(int k, int producingSites, int machines, OneSidedTest.Estimate estimate,
    double costPerUnitEur, boolean frontier) {

  /** The same step marked on or off the cost-versus-service frontier. */
  SizingStep onFrontier(boolean on) {
    return new SizingStep(k, producingSites, machines, estimate, costPerUnitEur, on);
  }
}
