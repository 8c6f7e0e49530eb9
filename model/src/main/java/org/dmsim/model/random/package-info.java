/**
 * Random streams: one independent generator per (seed, replication, entity id, purpose), seeded by
 * a stable 64-bit mix of those values. The rule: randomness in the model comes only from these
 * streams, never from {@code Math.random}, the clock, or the order in which streams are created.
 */
package org.dmsim.model.random;
