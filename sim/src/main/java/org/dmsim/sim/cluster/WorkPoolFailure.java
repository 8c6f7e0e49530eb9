package org.dmsim.sim.cluster;

/**
 * A pool run that cannot complete: a job failed in its runner, the sink threw, or no worker was
 * available for longer than {@link PoolSettings#noWorkerTimeout()}. The message says which and why.
 */
public final class WorkPoolFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public WorkPoolFailure(String message) {
    super(message);
  }
}
