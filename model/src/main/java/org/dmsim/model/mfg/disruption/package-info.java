/**
 * Disruptions: the eleven kinds a scenario can declare ({@link org.dmsim.model.mfg.disruption.Disruption}),
 * templates and random generators that expand into them, their schedule in time, and the compiled
 * {@link org.dmsim.model.mfg.disruption.DisruptionPlan} the entities consult while they run. Each kind
 * adds its own effect to the plan ({@link org.dmsim.model.mfg.disruption.DisruptionEffects}), in the
 * scenario's order: a new kind is one record, not a branch in the plan.
 */
package org.dmsim.model.mfg.disruption;
