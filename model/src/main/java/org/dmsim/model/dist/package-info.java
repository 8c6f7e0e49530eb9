/**
 * Probability distributions for processing times, failure and repair times, order sizes and transit
 * variability: immutable, validated records behind the sealed {@link org.dmsim.model.dist.Distribution},
 * plus {@link org.dmsim.model.dist.Distribution#of} to build one from a scenario's kind and named
 * parameters. The rule: a sample is computed only from the {@link org.dmsim.model.random.RandomStream}
 * passed in and with {@link org.apache.commons.math3.util.FastMath}, never {@code Math.log}/{@code exp}
 * or a self-seeding generator, so a seed gives byte-identical samples on every JVM.
 */
package org.dmsim.model.dist;
