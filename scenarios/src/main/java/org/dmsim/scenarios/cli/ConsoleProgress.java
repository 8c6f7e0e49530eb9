package org.dmsim.scenarios.cli;

import java.io.PrintWriter;
import org.dmsim.scenarios.experiment.ProgressListener;

/**
 * A progress bar for replications on standard error, with the elapsed time and an estimate of the time
 * left. On a terminal it redraws one line; elsewhere
 * (a pipe, or any run with the environment variable {@code CI} set) it prints nothing, so logs and
 * redirected output stay clean.
 */
final class ConsoleProgress implements ProgressListener {
  private static final int WIDTH = 20;
  /** The characters every drawn line takes, the leading carriage return included: under 80 columns. */
  private static final int LINE = 79;
  private final PrintWriter err;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();

  ConsoleProgress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** A bar that draws only when standard output is a terminal and {@code quiet} is off. */
  static ConsoleProgress forConsole(PrintWriter err, boolean quiet) {
    return new ConsoleProgress(err, !quiet && System.console() != null && System.getenv("CI") == null);
  }

  /**
   * The bar after {@code done} of {@code total} replications in {@code seconds} of wall time, with the
   * time left estimated from the mean so far (replications of one run take about the same time).
   */
  static String line(int done, int total, double seconds) {
    int filled = (int) Math.round(WIDTH * (double) done / total);
    String left = done < total ? ", " + duration(seconds / done * (total - done)) + " left" : "";
    return String.format(java.util.Locale.ROOT, "\r  [%s%s] %d/%d replications, %s%s", "#".repeat(filled),
        ".".repeat(WIDTH - filled), done, total, duration(seconds), left);
  }

  /** {@code 42.0 s} below two minutes, {@code 12 min 05 s} below two hours, then {@code 3 h 07 min}. */
  static String duration(double seconds) {
    if (seconds < 120) {
      return String.format(java.util.Locale.ROOT, "%.1f s", seconds);
    }
    long s = Math.round(seconds);
    if (s < 7200) {
      return String.format(java.util.Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(java.util.Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
  }

  @Override
  public synchronized void replicationDone(int done, int total) {
    if (!enabled) {
      return;
    }
    // padded to one width, so that a shorter line (fewer digits left) hides the end of the longer one
    String line = line(done, total, (System.nanoTime() - startNanos) / 1e9);
    err.print(line + " ".repeat(Math.max(0, LINE - line.length())));
    if (done == total) {
      err.print("\r" + " ".repeat(LINE) + "\r");
    }
    err.flush();
  }
}
