/**
 * What every engine offers: run a {@link org.dmsim.model.entity.SimulationPlan} for a seed and a
 * replication and return its {@link org.dmsim.model.result.RunResult}, failing loudly with a
 * {@link org.dmsim.sim.engine.SimulationFailure} when time order or lookahead is broken. The rule:
 * the result of a run never depends on the engine, its threads or its layout.
 */
package org.dmsim.sim.engine;
