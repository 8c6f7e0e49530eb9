/**
 * The scenario format described as data: one {@link org.dmsim.scenarios.format.Section} of
 * {@link org.dmsim.scenarios.format.Field} descriptors (name, type, unit, default, range, description)
 * for every mapping a scenario, market or experiment file holds, in {@link org.dmsim.scenarios.format.ScenarioFormat}.
 * The section readers take their field names, defaults and ranges from it, and the reference in
 * {@code docs/scenario-format.md} and {@code docs/scenario.schema.json} are generated from it; the rule
 * is that a field is described here once, and nowhere else by hand. Only {@link org.dmsim.scenarios.format.FormatDocs} touches files: it rewrites the two generated ones.
 */
package org.dmsim.scenarios.format;
