/**
 * Synthetic networks of a requested size for {@code dmsim generate}: sites, regions and demand drawn
 * from a bundled, population-weighted list of European cities, written as a scenario file (and,
 * optionally, the CSV files it imports). The rule: the same request gives byte-identical files — every
 * draw comes from a named stream of the request's seed, and nothing iterates a hash order.
 */
package org.dmsim.scenarios.generate;
