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
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Loads scenario and experiment files: reads the YAML, checks it, and returns a {@link Scenario} (or
 * an {@link Experiment}) or throws a {@link ScenarioException} listing every problem with its line,
 * column and field. Only SnakeYAML's parser and composer are used — no object is ever constructed
 * from a YAML tag — and the format is described in {@code docs/scenario-format.md}.
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
    return parse(read(file, source, "a readable scenario file"), source);
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
    Node root = compose(yaml, problems, plain);
    Optional<Scenario> scenario = new ScenarioReader(problems, plain.taggedNodes()).read(root, sourceName);
    if (!problems.isEmpty()) {
      throw problems.toException();
    }
    return scenario.orElseThrow();
  }

  /**
   * Loads an experiment file encoded in UTF-8: {@code format: 2}, {@code kind: experiment}, variants
   * naming scenario files (relative to the file's directory, each read with {@link #load})
   * and cases of disruptions. The format is described in {@code docs/scenario-format.md}, "Experiment
   * files".
   *
   * @param file the file; problems name it as {@code file.toString()}, and a variant file as its path
   *             resolved against {@code file}'s directory
   * @throws ScenarioException with every problem: the experiment file's first, then each variant
   *                           file's, under that file's own name, line and column
   */
  public static Experiment loadExperiment(Path file) throws ScenarioException {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    String yaml = read(file, source, "a readable experiment file");
    Problems problems = new Problems(source);
    PlainYamlCheck plain = new PlainYamlCheck(problems);
    Node root = compose(yaml, problems, plain);
    ExperimentReader reader = new ExperimentReader(problems, plain.taggedNodes(), file);
    Optional<Experiment> experiment = reader.read(root);
    List<Problem> all = reader.problems();
    if (!all.isEmpty()) {
      throw new ScenarioException(all);
    }
    return experiment.orElseThrow();
  }

  /**
   * Whether a file is an experiment file: its top-level mapping has {@code kind: experiment}. False
   * for anything else, including a file that cannot be read or parsed; {@link #load} then reports
   * what is wrong with it. Reads the file, so a caller deciding how to load it reads it twice.
   */
  public static boolean isExperiment(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      Node root = yaml().compose(new StringReader(read(file, file.toString(), "a readable file")));
      return ValueReader.topField(root, "kind").map(Value::node)
          .filter(n -> n instanceof ScalarNode s && s.getValue().equals(ExperimentReader.KIND)).isPresent();
    } catch (ScenarioException | YAMLException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Checks that the text is plain YAML and composes its tree ({@code null} for an empty document).
   *
   * @throws ScenarioException at the first syntax error, with the problems found before it
   */
  private static Node compose(String yaml, Problems problems, PlainYamlCheck plain) throws ScenarioException {
    try {
      plain.check(yaml().parse(new StringReader(yaml)));
    } catch (YAMLException e) {
      // The same error would stop the composer: report it once, with what was found before it.
      report(e, yaml, problems);
      throw problems.toException();
    }
    try {
      return yaml().compose(new StringReader(yaml));
    } catch (YAMLException e) {
      report(e, yaml, problems);
      throw problems.toException();
    }
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

  /** The file's text; {@code expected} is what a problem says the file should have been. */
  private static String read(Path file, String source, String expected) throws ScenarioException {
    if (Files.isDirectory(file)) {
      throw unreadable(source, expected, "a directory");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw unreadable(source, expected, "no such file");
    } catch (AccessDeniedException e) {
      throw unreadable(source, expected, "a file this user may not read (access denied)");
    } catch (IOException | SecurityException e) {
      throw unreadable(source, expected, "an error while reading it: " + e.getMessage());
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

  private static ScenarioException unreadable(String source, String expected, String found) {
    return new ScenarioException(List.of(new Problem(source, 0, 0, Problems.FILE, expected, found)));
  }
}
