/**
 * The Akka engine (DESIGN.md section 5): a run coordinator grants time windows to node groups; each
 * group drives its node actors; each node actor owns the event list of its subtree and hosts its
 * machines and shipments as child actors. The rule: no ask, no timers, no blocking inside a run, and
 * nothing that relies on one JVM's delivery order — every batch between groups is counted.
 */
package org.dmsim.sim.actor;
