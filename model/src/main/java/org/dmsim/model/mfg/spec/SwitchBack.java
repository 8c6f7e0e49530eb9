package org.dmsim.model.mfg.spec;

/** When a production node takes a component back from its backup supplier to its primary. */
public enum SwitchBack {
  /** Back to the primary once it is known to be up again (its outage end plus the switch-back delay). */
  ON_RECOVERY,
  /** Never by itself: the source in use changes only when it fails in turn and the other is up. */
  NEVER
}
