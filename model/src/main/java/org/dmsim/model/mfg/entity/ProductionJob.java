package org.dmsim.model.mfg.entity;

import org.dmsim.model.entity.EntityId;

/**
 * A job at a production node: one customer order or one replenishment lot on its way through the
 * routing. Mutable, owned by its node; {@link #state} says where it waits.
 */
final class ProductionJob {
  /** Waiting for components. */
  static final int MATERIAL = 0;
  /** Waiting in a machine queue. */
  static final int QUEUED = 1;
  /** Being processed. */
  static final int AT_MACHINE = 2;

  long id;
  /** The customer order it fills; null for a replenishment lot. */
  CustomerOrder order;
  /** The distribution centre a replenishment lot goes to; null for a customer job. */
  EntityId stockFor;
  int product;
  int variant;
  int units;
  long dueMs;
  int step;
  /** Whether the job has been on a machine: a job sent back to step 0 by rework is not waiting to begin. */
  boolean begun;
  int state;
  /** The dispatch rule's priority in its current queue. */
  long key;
  /** When the job entered the queue of its current step, ms. */
  long queuedAtMs;
}
