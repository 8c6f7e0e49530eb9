package org.dmsim.sim.engine;

import java.time.Duration;
import org.dmsim.sim.actor.AkkaEngine;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.sequential.SequentialEngine;

/** Creates engines by kind. */
public final class Engines {
  private Engines() {}

  /** An engine of {@code kind}; {@code threads} sizes the actor engine's dispatcher. */
  public static Engine create(EngineKind kind, int threads) {
    return create(kind, threads, false);
  }

  /**
   * An engine of {@code kind}; {@code threads} sizes the actor engine's dispatcher, and
   * {@code fuseChildren} selects its opt-in fused hosting of child entities (ignored by the sequential engine).
   */
  public static Engine create(EngineKind kind, int threads, boolean fuseChildren) {
    return create(kind, threads, fuseChildren, AkkaEngineSettings.DEFAULT_STALL_TIMEOUT);
  }

  /**
   * An engine of {@code kind} as {@link #create(EngineKind, int, boolean)}, whose actor engine fails a
   * run in which no time window completes for {@code stallTimeout} of wall time
   * ({@link AkkaEngineSettings#stallTimeout}; ignored by the sequential engine).
   */
  public static Engine create(EngineKind kind, int threads, boolean fuseChildren, Duration stallTimeout) {
    return switch (kind) {
      case ACTORS -> new AkkaEngine(AkkaEngineSettings.of(threads).withFusedChildren(fuseChildren)
          .withStallTimeout(stallTimeout));
      case SEQUENTIAL -> new SequentialEngine();
    };
  }
}
