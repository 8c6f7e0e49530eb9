/**
 * The work a run will take, told before it starts: events, wall time and heap for every replication,
 * case and variant, from the model's {@link org.dmsim.model.mfg.compile.WorkEstimate} and engine speeds
 * measured in {@code docs/performance.md}, and the limit above which a run is refused unless forced.
 * The rule: an estimate is computed from the specs and options alone, never by running anything.
 */
package org.dmsim.scenarios.estimate;
