/**
 * Fuzzing the loader: a seeded generator of mutated scenario, part and experiment files made from the
 * bundled ones, and the test that feeds them all to the loader. The corpus lives only in memory and in
 * a temporary folder; the rule is that every outcome is a clean acceptance or positioned problems.
 */
package org.dmsim.scenarios.fuzz;
