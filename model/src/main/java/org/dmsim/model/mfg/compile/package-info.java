/**
 * A scenario compiled for running: {@link org.dmsim.model.mfg.compile.Network} resolves indices,
 * lanes, rankings and bills of materials once; {@link org.dmsim.model.mfg.compile.NetworkPlan} wires
 * the entities of {@code org.dmsim.model.mfg.entity} into a simulation plan; {@link
 * org.dmsim.model.mfg.compile.CapacityCheck} estimates machine load before anything runs; {@link
 * org.dmsim.model.mfg.compile.RunFingerprint} hashes a compiled run canonically. The rule: a compiled
 * network is shared by every run and thread, so it never hands out an array of its own.
 */
package org.dmsim.model.mfg.compile;
