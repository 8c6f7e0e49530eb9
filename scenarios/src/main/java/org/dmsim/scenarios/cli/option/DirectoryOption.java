package org.dmsim.scenarios.cli.option;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;

/**
 * An {@code --out} value: a directory path, not blank. Whether it can be created and written is checked
 * when the command starts, before anything runs.
 */
public final class DirectoryOption implements ITypeConverter<Path> {
  @Override
  public Path convert(String value) {
    if (value.isBlank()) {
      throw new Expected("a directory");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new Expected("a directory path (" + e.getReason() + ")");
    }
  }
}
