/**
 * Sizing: the smallest distributed design — the first k candidate sites in placement order
 * ({@link org.dmsim.scenarios.sizing.SiteDesigns}), or k machines in every group of the sized sites
 * ({@link org.dmsim.scenarios.sizing.MachineDesigns}) — whose indicator meets a target with a stated
 * one-sided confidence under a set of disruption cases, found by one search over k that assumes a larger
 * k is never worse (docs/sizing.md). The search logic
 * ({@link org.dmsim.scenarios.sizing.SizingSearch}) knows nothing of simulation; it asks an
 * {@link org.dmsim.scenarios.sizing.SizingSearch.Evaluator} for replications. Rule: every design of a
 * search sees the same seed and replications (common random numbers), and nothing here depends on
 * hash order or the wall clock.
 */
package org.dmsim.scenarios.sizing;
