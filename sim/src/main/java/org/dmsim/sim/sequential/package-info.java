/**
 * The sequential reference engine: every entity of a run in one global event queue on one thread,
 * with the same keys, cells and checks as the actor engine. The rule: it is the oracle — the actor
 * engine must produce byte-identical results.
 */
package org.dmsim.sim.sequential;
