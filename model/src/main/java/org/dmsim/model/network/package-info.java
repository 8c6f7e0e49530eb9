/**
 * The manufacturing network's entities: customer regions placing orders, factory nodes with machines,
 * shipments carrying finished orders, their messages and the key performance indicators. The rule:
 * entities interact only by messages through their context; a message to another node takes at least
 * the network lookahead (order latency or lane transit).
 */
package org.dmsim.model.network;
