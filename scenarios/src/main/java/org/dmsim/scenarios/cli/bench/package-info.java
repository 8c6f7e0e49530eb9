/**
 * {@code dmsim bench}: the built-in benchmarks — PHOLD, one replication of a scenario file, how
 * replications scale with threads, and the heap cost of an idle entity actor. The rule: timing lives
 * here and in JMH, never in unit tests; every benchmark prints the digest of what it ran, so that a
 * fast wrong answer shows.
 */
package org.dmsim.scenarios.cli.bench;
