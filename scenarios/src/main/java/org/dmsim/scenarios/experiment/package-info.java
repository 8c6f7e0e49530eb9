/**
 * Experiments: replications of a scenario on an engine, run in parallel where the engine allows,
 * with results merged by replication index. The rule: a replication's result depends only on
 * (scenario, seed, replication), never on which thread or in which order it ran.
 */
package org.dmsim.scenarios.experiment;
