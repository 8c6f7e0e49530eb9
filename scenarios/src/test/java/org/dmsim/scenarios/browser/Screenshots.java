package org.dmsim.scenarios.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the browser tests keep their screenshots: always in {@code target/screenshots/}, and with
 * {@code -Ddmsim.updateDocs=true} also in {@code docs/images/}, the pictures of the teacher's page
 * (docs/classroom.md) — so the docs show what the tests saw.
 */
final class Screenshots {
  private Screenshots() {}

  /** Saves {@code png} as {@code name} (e.g. {@code live.png}); returns the file in target/. */
  static Path save(String name, byte[] png) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Path file = dir.resolve(name);
    Files.write(file, png);
    if (Boolean.getBoolean("dmsim.updateDocs")) {
      Files.write(Path.of("..", "docs", "images", name), png);
    }
    return file;
  }
}
