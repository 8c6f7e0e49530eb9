package org.dmsim.sim.engine;

import java.util.Locale;

/** The engines dmsim offers. */
public enum EngineKind {
  /** Every node, machine and shipment an Akka actor, synchronised by conservative time windows. */
  ACTORS,
  /** One global event queue on one thread: the reference the actor engine is checked against. */
  SEQUENTIAL;

  /** The name used on the command line. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a command-line name ({@code actors} or {@code sequential}). */
  public static EngineKind parse(String text) {
    for (EngineKind k : values()) {
      if (k.cliName().equals(text)) {
        return k;
      }
    }
    throw new IllegalArgumentException("engine must be 'actors' or 'sequential', not '" + text + "'");
  }
}
