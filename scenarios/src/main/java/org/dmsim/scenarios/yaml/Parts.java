package org.dmsim.scenarios.yaml;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The part files a scenario names by a path relative to its own file: its market
 * ({@code market: eu-spare-parts-market.yaml}) and the CSV files it imports nodes and regions from
 * ({@code import: {nodes: sites.csv}}, read by {@link CsvImport}). A part is a YAML file of its own that says
 * {@code format: 2} and the part's {@code kind}; its problems are reported in it, at their own line and
 * column, while a path that cannot be used, a file that cannot be read or a file of another kind is
 * reported at the reference. A part's path must stay inside the folder of the scenario file — no
 * absolute path, no way up out of it with {@code ..} — so that a scenario and its parts can be copied
 * or sent elsewhere as one folder; the rule is checked on the path as written.
 */
final class Parts {
  /** The kind, and the scenario field, of a market part: products and regions. */
  static final String MARKET = "market";

  private static final String FORMAT = "format: 2, the format of scenario files and their parts";
  private static final String PATH = "a part file's path, relative to this file's folder and inside it (e.g. "
      + "eu-spare-parts-market.yaml)";

  private final ValueReader in;
  private final Problems problems;
  private final Document scenario;
  private final List<Scenario.Part> read = new ArrayList<>();

  /** The parts of the scenario in {@code scenario}. */
  Parts(ValueReader in, Document scenario) {
    this.in = in;
    this.problems = in.problems();
    this.scenario = scenario;
  }

  /**
   * The root of the part file that {@code reference} names: a mapping that says {@code format: 2}
   * and {@code kind: <kind>}; empty after reporting why not.
   *
   * @param kind the part's kind, also the field that names it, e.g. {@link #MARKET}
   * @param what the part in words, for messages: "a market file (products and regions)"
   */
  Optional<Value> read(Value reference, String kind, String what) {
    Optional<Text> part = text(reference, PATH, "a readable " + kind + " file");
    if (part.isEmpty()) {
      return Optional.empty();
    }
    String source = part.get().document().source();
    Optional<Document> document = YamlFiles.compose(part.get().text(), source, part.get().document().file().orElseThrow(),
        problems, scenario.texts());
    if (document.isEmpty()) {
      return Optional.empty();
    }
    String expected = what + ": a mapping that says format: 2 and kind: " + kind;
    if (document.get().isEmpty()) {
      problems.add(source, 1, 1, "", expected, "an empty document");
      return Optional.empty();
    }
    Value root = document.get().root();
    if (!(root.node() instanceof MappingNode)) {
      in.wrongDocument(root, expected);
      return Optional.empty();
    }
    if (kind.equals(MARKET) && !new Overrides(problems).apply(root.node(), scenario.marketOverrides())) {
      return Optional.empty();
    }
    if (!saysKind(root, reference, kind, what) || !saysFormat2(root)) {
      return Optional.empty();
    }
    read.add(new Scenario.Part(kind, source));
    return Optional.of(root);
  }

  /**
   * The text of a file {@code reference} names, not parsed (a CSV file an {@code import} names), under the
   * same rules as a part: a relative path inside the scenario's folder, a readable UTF-8 file of at most
   * {@link LoaderLimits#MAX_FILE_BYTES}. Counted as a part of {@code kind}; empty after reporting why not.
   *
   * @param path what the reference must be, e.g. "a CSV file's path, relative to this file's folder"
   */
  Optional<Text> csv(Value reference, String kind, String path) {
    Optional<Text> read = text(reference, path, "a readable CSV file");
    read.ifPresent(t -> this.read.add(new Scenario.Part(kind, t.document().source())));
    return read;
  }

  /** A file's text, and an empty document that names it, for the values read from it. */
  record Text(Document document, String text) {}

  private Optional<Text> text(Value reference, String pathExpected, String fileExpected) {
    Optional<Path> relative = relativePath(reference, pathExpected);
    if (relative.isEmpty()) {
      return Optional.empty();
    }
    Path file = scenario.file().orElseThrow().resolveSibling(relative.get()).normalize();
    String source = file.toString();
    try {
      String text = scenario.texts().read(file, source, fileExpected);
      return Optional.of(new Text(new Document(source, file, null, Set.of(), List.of(), scenario.texts()), text));
    } catch (ScenarioException e) {
      for (Problem p : e.problems()) {
        if (p.line() == 0 && p.field().equals(Problems.FILE)) {
          in.report(reference, p.expected(), p.found() + ": " + source);
        } else {
          problems.add(p);
        }
      }
      return Optional.empty();
    }
  }

  /** The part files read so far, in the order they were named. */
  List<Scenario.Part> read() {
    return List.copyOf(read);
  }

  /** The path as written, if it is relative and stays inside the scenario's folder; reports it otherwise. */
  private Optional<Path> relativePath(Value reference, String expected) {
    Optional<String> written = in.scalar(reference, expected).map(s -> s.getValue().strip());
    if (written.isEmpty()) {
      return Optional.empty();
    }
    String text = written.get();
    if (text.isEmpty()) {
      in.report(reference, expected, "nothing");
      return Optional.empty();
    }
    if (scenario.file().isEmpty()) {
      in.report(reference, "a scenario read from a file: a part is found next to it",
          ValueReader.quote(text) + " in a scenario given as text, which has no folder");
      return Optional.empty();
    }
    Path path;
    try {
      path = Path.of(text);
    } catch (InvalidPathException e) {
      in.report(reference, expected, ValueReader.quote(text) + ", which is not a valid path here: " + e.getReason());
      return Optional.empty();
    }
    if (path.isAbsolute() || path.getRoot() != null) {
      in.report(reference, expected, ValueReader.quote(text) + ", an absolute path; parts stay in the scenario's "
          + "folder so that it can be moved as a whole");
      return Optional.empty();
    }
    Path folder = scenario.file().get().toAbsolutePath().normalize().getParent();
    if (!folder.resolve(path).normalize().startsWith(folder)) {
      in.report(reference, expected, ValueReader.quote(text) + ", which leads out of the folder of "
          + scenario.file().get().getFileName() + "; parts stay in the scenario's folder so that it can be moved "
          + "as a whole");
      return Optional.empty();
    }
    return Optional.of(path);
  }

  /** Whether the part says {@code kind: <kind>}; reports at the reference what kind of file it is otherwise. */
  private boolean saysKind(Value root, Value reference, String kind, String what) {
    Optional<String> said = ValueReader.topField(root, "kind").map(Value::node)
        .filter(n -> n instanceof ScalarNode).map(n -> ((ScalarNode) n).getValue());
    if (said.isPresent() && said.get().equals(kind)) {
      return true;
    }
    String source = root.document().source();
    String found = said.isEmpty() || said.get().equals("scenario") ? "a scenario file"
        : said.get().equals(ExperimentReader.KIND) ? "an experiment file" : "a file of kind " + ValueReader.quote(said.get());
    in.report(reference, what + " (a file that says kind: " + kind + ")", found + ": " + source);
    return false;
  }

  /** Whether the part says {@code format: 2}; reports it in the part otherwise. */
  private boolean saysFormat2(Value root) {
    Optional<Value> format = ValueReader.topField(root, "format");
    if (format.isEmpty()) {
      problems.add(root.document().source(), root.at(), "format", FORMAT, "nothing (the field is missing)");
      return false;
    }
    return in.integer(format.get(), 2, 2, FORMAT).isPresent();
  }
}
