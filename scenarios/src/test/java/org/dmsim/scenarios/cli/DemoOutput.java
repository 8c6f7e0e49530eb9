package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One run of {@code dmsim demo} shared by the tests that read its output (the demo's own test and the
 * browser test of its report): two replications on the sequential engine instead of the demo's five on
 * actors, which is the same experiment with fewer runs and gives the same results on either engine.
 * Run once per test JVM, on first use, into a temporary folder.
 */
public final class DemoOutput {
  private static CliRun run;
  private static Path folder;

  private DemoOutput() {}

  /** The demo's output folder; runs the demo on the first call. */
  public static synchronized Path folder() {
    if (folder == null) {
      try {
        folder = Files.createTempDirectory("dmsim-demo-test");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      run = CliRun.of("demo", "--engine", "sequential", "--replications", "2", "--quiet", "--out", folder.toString());
    }
    return folder;
  }

  /** What the demo printed and its exit code. */
  static synchronized CliRun run() {
    folder();
    return run;
  }
}
