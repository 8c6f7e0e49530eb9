package org.dmsim.scenarios.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of {@code dmsim}, as the README and the help of every command that runs something list them. */
final class ExitCodes {
  /** The command did what was asked. */
  static final int DONE = 0;
  /** A simulation failed, or its results could not be written; the reason is printed. */
  static final int FAILED = 1;
  /** A wrong option or scenario file: one line per problem on standard error, and nothing was run. */
  static final int USAGE = 2;

  /**
   * Stopped by {@code SIGINT} (Ctrl-C): the runs that finished were written, marked partial. The JVM ends
   * with 128 + the signal's number, so {@code SIGTERM} gives {@link #TERMINATED}.
   */
  static final int INTERRUPTED = 130;
  /** Stopped by {@code SIGTERM}: as {@link #INTERRUPTED}. */
  static final int TERMINATED = 143;

  private ExitCodes() {}

  /** Each code, as help shows it, with its meaning. */
  static Map<String, String> meanings() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(String.valueOf(DONE), "done");
    m.put(String.valueOf(FAILED), "the simulation failed (the reason is printed)");
    m.put(String.valueOf(USAGE), "a wrong option or scenario file (one line per problem; nothing was run)");
    m.put(INTERRUPTED + ", " + TERMINATED, "stopped by Ctrl-C (SIGINT) or SIGTERM; the runs that finished are kept,"
        + " marked partial");
    return m;
  }
}
