package org.dmsim.sim.engine;

import org.dmsim.sim.actor.AkkaEngine;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.sequential.SequentialEngine;

/** Creates engines by kind. */
public final class Engines {
  private Engines() {}

  /** An engine of {@code kind}; {@code threads} sizes the actor engine's dispatcher. */
  public static Engine create(EngineKind kind, int threads) {
    return switch (kind) {
      case ACTORS -> new AkkaEngine(AkkaEngineSettings.of(threads));
      case SEQUENTIAL -> new SequentialEngine();
    };
  }
}
