/**
 * Results of runs: per-entity metrics, the run's result with a canonical SHA-256 digest, and the
 * digest over replications. The rule: the canonical form lists everything in a fixed order and
 * writes doubles by their exact bits, so equal digests mean byte-identical results.
 */
package org.dmsim.model.result;
