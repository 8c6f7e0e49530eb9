/**
 * Events and their total order: every event carries the key (time, priority, source entity, source
 * sequence number), and {@link org.dmsim.model.event.EventQueue} pops in that order. The rule: the
 * order never depends on insertion order, threads, actor references or hash codes.
 */
package org.dmsim.model.event;
