package org.dmsim.sim.host;

import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.EntitySpec;
import org.dmsim.model.event.Event;

/**
 * Where a cell's effects go while it handles an event: the engine queues or forwards emitted
 * events and hosts spawned entities.
 */
public interface EffectSink {
  /** An event the cell sent; already checked against the lookahead. */
  void emit(Event event);

  /** Hosts a new entity in {@code nodeOrdinal}'s node and returns its id. */
  EntityId spawn(int nodeOrdinal, EntitySpec spec);
}
