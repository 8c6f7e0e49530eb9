package org.dmsim.reports.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reading the CSV files of a results folder line by line, every problem a {@link ResultsFolderException}
 * naming the file, the line (1-based; {@code index} is the 0-based index into the file's lines) and the
 * column: shared by {@link ResultsFolder}, {@link ScenarioRunFolder} and {@link CaseDetailFiles}.
 */
final class FolderCsv {
  private FolderCsv() {}

  /** The file's lines. */
  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  static ResultsFolderException unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new ResultsFolderException(file + ": missing");
    }
    return new ResultsFolderException(file + ": cannot be read: " + e.getMessage());
  }

  static void expectHeader(Path file, List<String> lines, String header) {
    if (lines.isEmpty() || !lines.get(0).equals(header)) {
      throw new ResultsFolderException(file + ":1: expected the header '" + header + "'");
    }
  }

  static String[] fields(Path file, int index, String line, int count) {
    String[] f = line.split(",", -1);
    if (f.length != count) {
      throw new ResultsFolderException(file + ":" + (index + 1) + ": expected " + count + " fields, found " + f.length);
    }
    return f;
  }

  static int integer(Path file, int index, String text, String column) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new ResultsFolderException(file + ":" + (index + 1) + ": " + column + ": expected a whole number, found \""
          + text + "\"");
    }
  }

  /** The number in {@code text}; NaN for an empty cell (an undefined value). */
  static double decimal(Path file, int index, String text, String column) {
    if (text.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new ResultsFolderException(file + ":" + (index + 1) + ": " + column + ": expected a number, found \""
          + text + "\"");
    }
  }
}
