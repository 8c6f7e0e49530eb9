package org.dmsim.model.mfg.spec;

/** A kind of manufacturing operation a machine can perform and a routing step needs. */
public enum ProcessType {
  /** Additive manufacturing (3D printing). */
  ADDITIVE,
  /** CNC machining. */
  CNC,
  /** Injection moulding. */
  INJECTION_MOULDING,
  /** Finishing: support removal, surface treatment, heat treatment. */
  FINISHING,
  /** Assembly of components into the product. */
  ASSEMBLY,
  /** Inspection and quality control. */
  INSPECTION
}
