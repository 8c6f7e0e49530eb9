/**
 * Simulated time: a {@code long} count of milliseconds, and durations written with units
 * ({@code 90s}, {@code 15min}, {@code 4h}, {@code 3d}, {@code 2w}). The rule: time is never a
 * {@code double} and never read from the wall clock.
 */
package org.dmsim.model.time;
