/**
 * Hosting of one entity, shared by every engine: the context it sees, its sequence counter, its
 * trace hash, its statistics and random streams, and the checks on every event it handles and every
 * send it makes. The rule: an engine decides only where events go and when; the cell decides what
 * an event means, so all engines agree.
 */
package org.dmsim.sim.host;
