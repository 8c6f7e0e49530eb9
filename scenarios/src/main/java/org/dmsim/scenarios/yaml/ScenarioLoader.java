package org.dmsim.scenarios.yaml;

import java.io.IOException;
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
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Loads scenario files: reads the YAML, checks it, and returns a {@link Scenario} or throws a
 * {@link ScenarioException} listing every problem with its line, column and field. Only SnakeYAML's
 * parser and composer are used — no object is ever constructed from a YAML tag — and the format is
 * described in {@code docs/scenario-format.md}.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  /**
   * Loads a scenario file encoded in UTF-8.
   *
   * @param file the file; problems name it as {@code file.toString()}
   * @throws ScenarioException with one problem at line 0 when the file cannot be read, or with every
   *                           problem in its content
   */
  public static Scenario load(Path file) throws ScenarioException {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    return parse(read(file, source), source);
  }

  /**
   * Parses scenario text, e.g. a test's or a bundled resource's.
   *
   * @param yaml       the scenario in YAML
   * @param sourceName what problems call the text, e.g. {@code library/tiny-factory.yaml}
   * @throws ScenarioException with every problem found
   */
  public static Scenario parse(String yaml, String sourceName) throws ScenarioException {
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(sourceName, "sourceName");
    Problems problems = new Problems(sourceName);
    PlainYamlCheck plain = new PlainYamlCheck(problems);
    try {
      plain.check(yaml().parse(new StringReader(yaml)));
    } catch (YAMLException e) {
      // The same error would stop the composer: report it once, with what was found before it.
      report(e, yaml, problems);
      throw problems.toException();
    }
    Node root;
    try {
      root = yaml().compose(new StringReader(yaml));
    } catch (YAMLException e) {
      report(e, yaml, problems);
      throw problems.toException();
    }
    Optional<Scenario> scenario = new ScenarioReader(problems, plain.taggedNodes()).read(root, sourceName);
    if (!problems.isEmpty()) {
      throw problems.toException();
    }
    return scenario.orElseThrow();
  }

  /** A fresh parser (SnakeYAML's are not thread-safe) with its defaults: 3 MB and 50 levels at most. */
  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowRecursiveKeys(false);
    return new Yaml(options);
  }

  private static void report(YAMLException e, String text, Problems problems) {
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
        problems.add(0, 0, Problems.SYNTAX, "valid YAML", what);
      } else if (!problems.hasProblemAt(at.getLine() + 1, at.getColumn() + 1)) {
        problems.add(at, Problems.SYNTAX, "valid YAML", what);
      }
    } else if (e instanceof ReaderException bad) {
      int[] lineColumn = lineAndColumn(text, bad.getPosition());
      problems.add(lineColumn[0], lineColumn[1], Problems.FILE, "printable text",
          String.format("the character U+%04X", bad.getCodePoint()));
    } else {
      problems.add(0, 0, Problems.FILE, "a scenario in YAML", String.valueOf(e.getMessage()).strip());
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

  private static String read(Path file, String source) throws ScenarioException {
    if (Files.isDirectory(file)) {
      throw unreadable(source, "a directory");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw unreadable(source, "no such file");
    } catch (AccessDeniedException e) {
      throw unreadable(source, "a file this user may not read (access denied)");
    } catch (IOException | SecurityException e) {
      throw unreadable(source, "an error while reading it: " + e.getMessage());
    }
    return decodeUtf8(bytes, source);
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

  private static ScenarioException unreadable(String source, String found) {
    return new ScenarioException(List.of(new Problem(source, 0, 0, Problems.FILE, "a readable scenario file", found)));
  }
}
