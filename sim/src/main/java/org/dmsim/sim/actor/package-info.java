/**
 * The Akka engine (DESIGN.md section 5): a run coordinator grants time windows to node groups; each
 * group drives its node actors; each node actor owns the event list of its subtree and hosts its
 * machines and shipments as child actors. The rule: no ask, no timers, no blocking inside a run, and
 * nothing that relies on one JVM's delivery order — every batch between groups is counted. A run never
 * leaves its caller waiting: failures and lost actors (every parent watches its children) end it, and a
 * watchdog in the caller's thread ends one that stops completing windows.
 */
package org.dmsim.sim.actor;
