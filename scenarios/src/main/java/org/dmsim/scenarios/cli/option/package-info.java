/**
 * Option values of the {@code dmsim} command line: picocli converters for whole numbers, numbers,
 * durations and engines, each with its bound, and the options several commands share ({@code --help},
 * {@code --plugins}, {@code --stall-timeout}).
 * The rule: a converter that rejects a value says what it expected, in words a user can act on
 * ("a whole number of at least 1"), and nothing else — the error handler adds the option's name and
 * the value given.
 */
package org.dmsim.scenarios.cli.option;
