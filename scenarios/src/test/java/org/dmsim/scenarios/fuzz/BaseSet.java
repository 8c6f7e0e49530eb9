package org.dmsim.scenarios.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A folder of valid files that load together — a scenario with the parts it names, or an experiment
 * with its variants — and the file a user names to load them all.
 *
 * @param name  a short name for messages
 * @param entry the file the loader is given, one of {@code files}
 * @param texts every file's valid text by file name
 */
record BaseSet(String name, String entry, Map<String, String> texts) {
  BaseSet {
    texts = new TreeMap<>(texts);
  }

  /** The set of {@code entry} and the other {@code files} in {@code folder}. */
  static BaseSet of(String name, Path folder, String entry, String... others) {
    Map<String, String> texts = new TreeMap<>();
    try {
      texts.put(entry, Files.readString(folder.resolve(entry)));
      for (String other : others) {
        texts.put(other, Files.readString(folder.resolve(other)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BaseSet(name, entry, texts);
  }

  List<String> files() {
    return List.copyOf(texts.keySet());
  }

  String text(String file) {
    return texts.get(file);
  }

  /** Writes the valid set into {@code folder}, one subfolder per set. */
  Path writeTo(Path folder) throws IOException {
    Path dir = Files.createDirectories(folder.resolve(name));
    for (Map.Entry<String, String> e : texts.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue());
    }
    return dir;
  }
}
