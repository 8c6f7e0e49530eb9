/**
 * The {@code dmsim} command line: {@code demo}, {@code run}, {@code bench} and {@code help}. The
 * rule: a user's mistake — a wrong option, a broken scenario file — gets one clear line per problem
 * and exit code 2, never a stack trace; a failed simulation gets exit code 1 and its reason.
 */
package org.dmsim.scenarios.cli;
