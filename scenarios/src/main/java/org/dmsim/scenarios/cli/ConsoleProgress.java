package org.dmsim.scenarios.cli;

import java.io.PrintStream;
import org.dmsim.scenarios.experiment.ProgressListener;

/**
 * A progress bar for replications on standard error. On a terminal it redraws one line; elsewhere
 * (a pipe, or any run with the environment variable {@code CI} set) it prints nothing, so logs and
 * redirected output stay clean.
 */
final class ConsoleProgress implements ProgressListener {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();

  ConsoleProgress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** A bar that draws only when standard output is a terminal and {@code quiet} is off. */
  static ConsoleProgress forConsole(PrintStream err, boolean quiet) {
    return new ConsoleProgress(err, !quiet && System.console() != null && System.getenv("CI") == null);
  }

  @Override
  public synchronized void replicationDone(int done, int total) {
    if (!enabled) {
      return;
    }
    int filled = (int) Math.round(WIDTH * (double) done / total);
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    err.printf(java.util.Locale.ROOT, "\r  [%s%s] %d/%d replications, %.1f s", "#".repeat(filled),
        ".".repeat(WIDTH - filled), done, total,
        seconds);
    if (done == total) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
    }
    err.flush();
  }
}
