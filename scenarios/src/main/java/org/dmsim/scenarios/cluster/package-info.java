/**
 * Experiments over an Akka cluster: the runs still to do go to the members' work pool as
 * {@link org.dmsim.scenarios.run.ExperimentRunDescription}s and come back as canonical results, merged
 * in run order ({@link ClusterRuns}); what a member does with one ({@link ExperimentJobs}); and a member's
 * start and stop ({@link ClusterMember}).
 */
package org.dmsim.scenarios.cluster;
