/**
 * Statistics collected per entity during a run: counters, tallies of samples and time-weighted
 * levels. The rule: statistics are merged in a fixed order (entity index, then replication), never
 * in arrival order, because floating-point sums are not associative.
 */
package org.dmsim.model.stats;
