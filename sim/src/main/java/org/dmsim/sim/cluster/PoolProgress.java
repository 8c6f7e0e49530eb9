package org.dmsim.sim.cluster;

/**
 * A snapshot of a pool run's progress, sent to {@link ResultSink#progress}.
 *
 * @param membersKnown distinct cluster members with at least one live worker
 * @param workersKnown live workers attached to the pool
 * @param jobsDone results delivered to the sink
 * @param jobsTotal jobs submitted
 */
public record PoolProgress(int membersKnown, int workersKnown, int jobsDone, int jobsTotal) {}
