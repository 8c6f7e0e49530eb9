/**
 * Disruptions: the eleven kinds a scenario can declare ({@link org.dmsim.model.mfg.disruption.Disruption}),
 * templates and random generators that expand into them, their schedule in time, and the compiled
 * {@link org.dmsim.model.mfg.disruption.DisruptionPlan} the entities consult while they run.
 */
package org.dmsim.model.mfg.disruption;
