package org.dmsim.sim.cluster;

/**
 * What a worker does with a job: turns its JSON text into result bytes. Runs on the worker's dedicated
 * dispatcher, so it may block; it must be deterministic if re-running a job elsewhere (after a member
 * is lost) is to give the same result. An exception fails the whole pool run with its message.
 */
@FunctionalInterface
public interface JobRunner {
  /** The result of the job described by {@code json}; never {@code null}. */
  byte[] run(String json) throws Exception;
}
