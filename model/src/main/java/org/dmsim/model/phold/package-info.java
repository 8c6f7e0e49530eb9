/**
 * PHOLD (Fujimoto 1990), the standard synthetic benchmark of parallel discrete-event simulation:
 * logical processes that each hold a fixed population of events and forward every event to a random
 * process after the lookahead plus an exponential delay. The rule: the event population stays
 * constant, so the benchmark measures pure engine cost.
 */
package org.dmsim.model.phold;
