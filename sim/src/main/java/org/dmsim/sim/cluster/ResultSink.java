package org.dmsim.sim.cluster;

/**
 * Receives a pool run's results in ascending job index order, whatever order they finished in, each
 * exactly once. Called on the pool actor's thread, one call at a time, so it should not block for
 * long; an exception it throws fails the run.
 */
@FunctionalInterface
public interface ResultSink {
  /** The complete result of job {@code index}. */
  void accept(int index, byte[] result);

  /** The pool's progress changed (a member came or went, a job finished); does nothing by default. */
  default void progress(PoolProgress progress) {}
}
