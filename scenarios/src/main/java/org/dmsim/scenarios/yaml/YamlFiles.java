package org.dmsim.scenarios.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML files and texts into {@link Document}s for the loaders: the bytes strictly as UTF-8, the
 * text checked to be plain YAML ({@link PlainYamlCheck}) and composed by SnakeYAML's parser and
 * composer only — no object is ever constructed from a YAML tag. Syntax errors are reported at their
 * line and column under the document's name.
 */
final class YamlFiles {
  private YamlFiles() {}

  /**
   * The file's text, decoded strictly as UTF-8 (a byte order mark is dropped).
   *
   * @param expected what a problem says the file should have been, e.g. "a readable scenario file"
   * @throws ScenarioException with one problem at line 0 when the file cannot be read, or at the
   *                           first byte that is not UTF-8
   */
  static String read(Path file, String source, String expected) throws ScenarioException {
    if (Files.isDirectory(file)) {
      throw unreadable(source, expected, "a directory");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw unreadable(source, expected, "a device, pipe or other special file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // Read at most one byte past the limit: the size a file system reports can be wrong (/proc).
      bytes = in.readNBytes((int) LoaderLimits.MAX_FILE_BYTES + 1);
      if (bytes.length > LoaderLimits.MAX_FILE_BYTES) {
        throw unreadable(source, expected + " of at most " + LoaderLimits.MAX_FILE_BYTES / (1024 * 1024) + " MB",
            "a larger file" + sizeOf(file));
      }
    } catch (NoSuchFileException e) {
      throw unreadable(source, expected, "no such file");
    } catch (AccessDeniedException e) {
      throw unreadable(source, expected, "a file this user may not read (access denied)");
    } catch (IOException | SecurityException e) {
      throw unreadable(source, expected, "an error while reading it: " + e.getMessage());
    }
    return decodeUtf8(bytes, source);
  }

  /**
   * Checks that the text is plain YAML and composes its tree into a document; empty after reporting
   * the first syntax error, with the problems found before it, under {@code source}.
   *
   * @param file the file the text was read from, or {@code null}
   */
  static Optional<Document> compose(String yaml, String source, Path file, Problems problems) {
    return compose(yaml, source, file, problems, ScenarioTexts.files());
  }

  /** As {@link #compose(String, String, Path, Problems)}, the document finding its parts' texts in {@code texts}. */
  static Optional<Document> compose(String yaml, String source, Path file, Problems problems, ScenarioTexts texts) {
    if (hasOverlongLine(yaml, source, problems)) {
      return Optional.empty();
    }
    PlainYamlCheck plain = new PlainYamlCheck(problems, source);
    try {
      plain.check(yaml().parse(new StringReader(yaml)));
    } catch (YAMLException e) {
      // The same error would stop the composer: report it once, with what was found before it.
      report(e, yaml, source, problems);
      return Optional.empty();
    }
    if (plain.overLimit()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Document(source, file, yaml().compose(new StringReader(yaml)), plain.taggedNodes(),
          List.of(), texts));
    } catch (YAMLException e) {
      report(e, yaml, source, problems);
      return Optional.empty();
    }
  }

  /**
   * Reports the first line longer than {@link LoaderLimits#MAX_LINE_CHARS}, before the parser spends
   * time on it (SnakeYAML scans a long token at well under a megabyte per second).
   */
  private static boolean hasOverlongLine(String yaml, String source, Problems problems) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= yaml.length(); i++) {
      if (i == yaml.length() || yaml.charAt(i) == '\n') {
        if (i - start > LoaderLimits.MAX_LINE_CHARS) {
          problems.add(source, line, LoaderLimits.MAX_LINE_CHARS + 1, Problems.FILE,
              "lines of at most " + LoaderLimits.MAX_LINE_CHARS + " characters", "a line of " + (i - start) + " characters");
          return true;
        }
        line++;
        start = i + 1;
      }
    }
    return false;
  }

  /** A fresh parser (SnakeYAML's are not thread-safe) with its defaults: 3 MB and 50 levels at most. */
  static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowRecursiveKeys(false);
    return new Yaml(options);
  }

  static void report(YAMLException e, String text, String source, Problems problems) {
    if (e instanceof MarkedYAMLException marked) {
      Mark at = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
      String what = "a syntax error";
      if (marked.getProblem() != null) {
        // The composer words some problems as the second half of its context: "but found another document".
        what += ": " + marked.getProblem().strip().replaceFirst("^but ", "");
      }
      if (marked.getContext() != null && marked.getContextMark() != null) {
        what += " (" + marked.getContext().strip() + ", line " + (marked.getContextMark().getLine() + 1) + ")";
      }
      if (at == null) {
        problems.add(source, 1, 1, Problems.SYNTAX, "valid YAML", what);
      } else if (!problems.hasProblemAt(source, at.getLine() + 1, at.getColumn() + 1)) {
        problems.add(source, at, Problems.SYNTAX, "valid YAML", what);
      }
    } else if (e instanceof ReaderException bad) {
      int[] lineColumn = lineAndColumn(text, bad.getPosition());
      problems.add(source, lineColumn[0], lineColumn[1], Problems.FILE, "printable text",
          String.format("the character U+%04X", bad.getCodePoint()));
    } else if (problems.count() == 0 || problems.list().stream().noneMatch(p -> p.source().equals(source))) {
      // A limit of SnakeYAML's own without a mark (e.g. more than 50 aliases of collections); after the
      // plain-YAML check has reported the aliases themselves, it adds nothing.
      problems.add(source, 1, 1, Problems.FILE, "a scenario in YAML", String.valueOf(e.getMessage()).strip());
    }
  }

  /** The 1-based line and column of a code-point index into the text. */
  private static int[] lineAndColumn(String text, int codePointIndex) {
    int line = 1;
    int column = 1;
    int seen = 0;
    for (int i = 0; i < text.length() && seen < codePointIndex; i += Character.charCount(text.codePointAt(i)), seen++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** Decodes strictly, so that a file in another encoding is reported rather than silently garbled. */
  private static String decodeUtf8(byte[] bytes, String source) throws ScenarioException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      String before = out.toString();
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      throw new ScenarioException(List.of(new Problem(source, line, column, Problems.FILE, "a file encoded in UTF-8",
          String.format("the byte 0x%02X, which is not valid UTF-8 (byte offset %d)", bytes[in.position()] & 0xFF,
              in.position()))));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    // A byte order mark is allowed by UTF-8 but means nothing to YAML.
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String sizeOf(Path file) {
    try {
      return String.format(" (%.1f MB)", Files.size(file) / (1024.0 * 1024.0));
    } catch (IOException | SecurityException e) {
      return "";
    }
  }

  private static ScenarioException unreadable(String source, String expected, String found) {
    return new ScenarioException(List.of(new Problem(source, 0, 0, Problems.FILE, expected, found)));
  }
}
