package org.dmsim.model.mfg;

/** How the order platform chooses the node that fills an order, among capable nodes that are up and not full. */
public enum AllocationPolicy {
  /** Plants only (the central network): the nearest plant; microfactories are not used for make-to-order. */
  CENTRALIZED,
  /** The nearest capable node. */
  NEAREST,
  /** The node with the fewest reported waiting jobs per working machine; ties go to the nearest. */
  LEAST_LOADED,
  /** The node with the lowest production plus transport cost for the order; ties go to the nearest. */
  CHEAPEST_LANDED
}
