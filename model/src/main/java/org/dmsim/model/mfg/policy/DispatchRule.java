package org.dmsim.model.mfg.policy;

/**
 * The order in which a production node's machines take waiting jobs: each job entering a machine
 * queue gets a priority, and a machine that comes free takes the lowest (ties: the job that arrived
 * first). Jobs already queued keep their priority. An implementation must be deterministic given
 * its inputs.
 */
public interface DispatchRule {
  /** What a rule may know of a job entering a queue. A view, valid only during the call. */
  interface Job {
    /** The product's id. */
    String product();

    /** Units in the job. */
    int units();

    /** When the job is due, ms of simulated time (replenishment jobs: when it was ordered). */
    long dueMs();

    /** The mean processing time of this step per unit on a machine of speed 1, ms. */
    double stepMeanMs();

    /** The routing step the job waits for, from 0. */
    int step();

    /** Whether it replenishes a distribution centre rather than fills a customer order. */
    boolean replenishment();

    /** The queue's arrival counter: larger for every job entering any of the node's queues. */
    long arrival();

    /** Now, ms of simulated time. */
    long nowMs();
  }

  /** The job's priority: lower is served first. */
  long priority(Job job);
}
