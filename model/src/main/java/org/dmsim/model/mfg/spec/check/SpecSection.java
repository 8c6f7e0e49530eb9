package org.dmsim.model.mfg.spec.check;

/** A part of a scenario a checker reads; a reader runs the checks whose sections it could read in full. */
public enum SpecSection {
  PRODUCTS, MACHINE_TYPES, NODES, SUPPLIERS, REGIONS, PLATFORM, DISRUPTIONS
}
