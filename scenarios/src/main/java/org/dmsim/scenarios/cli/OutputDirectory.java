package org.dmsim.scenarios.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The directory a command writes its files to, made ready before anything runs. */
final class OutputDirectory {
  private OutputDirectory() {}

  /**
   * Creates {@code dir} and checks that it can be written, so that a bad {@code --out} costs no
   * simulation time.
   *
   * @throws UsageException saying why the directory cannot be used
   */
  static Path prepare(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException | RuntimeException e) {
      throw new UsageException("--out " + dir + " cannot be used as the output directory ("
          + (Files.exists(dir) && !Files.isDirectory(dir) ? "it exists and is not a directory" : e.getMessage()) + ")");
    }
    if (!Files.isWritable(dir)) {
      throw new UsageException("--out " + dir + " is not writable");
    }
    return dir;
  }
}
