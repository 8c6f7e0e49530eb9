package org.dmsim.model.mfg.spec;

/** What a network node is. */
public enum NodeKind {
  /** A large central plant: many machines, low unit cost. */
  PLANT,
  /** A small flexible factory near demand. */
  MICROFACTORY,
  /** Holds finished stock of make-to-stock products, replenished from a production node; makes nothing. */
  DISTRIBUTION_CENTRE;

  /** Whether nodes of this kind make products. */
  public boolean produces() {
    return this != DISTRIBUTION_CENTRE;
  }
}
