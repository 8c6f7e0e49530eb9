/**
 * The {@code dmsim} command line on picocli: {@code demo}, {@code run}, {@code stress}, {@code help},
 * {@code version} and {@code completion}, one command per class, and what they print. The rule: a
 * user's mistake — a wrong option, a broken scenario file — gets one clear line per problem and exit
 * code 2, never a stack trace; a failed simulation gets exit code 1 and its reason.
 */
package org.dmsim.scenarios.cli;
