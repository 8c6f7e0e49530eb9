package org.dmsim.sim.cluster;

/**
 * How a successful pool run went.
 *
 * @param jobs jobs completed (all that were submitted)
 * @param membersSeen distinct cluster members whose workers attached during the run
 * @param jobsReassigned times a job went back to the queue because its worker died or was removed
 */
public record PoolSummary(int jobs, int membersSeen, int jobsReassigned) {}
