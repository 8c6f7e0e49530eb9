package org.dmsim.scenarios.yaml;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.sizing.SizingStudy;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Loads scenario and experiment files: reads the YAML, checks it, and returns a {@link Scenario} (or
 * an {@link Experiment}) or throws a {@link ScenarioException} listing every problem with its file,
 * line, column and field. Only SnakeYAML's parser and composer are used — no object is ever
 * constructed from a YAML tag — and the format is described in {@code docs/scenario-format.md}.
 */
public final class ScenarioLoader {
  /** The most replications a scenario or experiment file, or a command line, may ask for. */
  public static final int MAX_REPLICATIONS = ScenarioReader.MAX_REPLICATIONS;
  /** The largest scenario, part or CSV file the loader reads, bytes. */
  public static final long MAX_FILE_BYTES = LoaderLimits.MAX_FILE_BYTES;

  private ScenarioLoader() {}

  /**
   * Loads a scenario file encoded in UTF-8, and the part files it names (relative to its directory).
   *
   * @param file the file; problems name it as {@code file.toString()}, and a part as its path resolved
   *             against {@code file}'s directory
   * @throws ScenarioException with one problem at line 0 when the file cannot be read, or with every
   *                           problem in its content and its parts', the file's own first
   */
  public static Scenario load(Path file) throws ScenarioException {
    return load(file, List.of());
  }

  /**
   * Loads a scenario file as {@link #load(Path)} does, with fields overridden by their paths: each
   * override is applied, in order, to the file's tree (or to its market's, for {@code products…} and
   * {@code regions…} when it names one) before the tree is read, so the values meet the same checks.
   *
   * @throws ScenarioException with every problem: the file's, then the overrides' under their own source
   *                           ({@link FieldOverride#source()})
   */
  public static Scenario load(Path file, List<FieldOverride> overrides) throws ScenarioException {
    return load(file, overrides, ScenarioTexts.files());
  }

  /**
   * Loads a scenario as {@link #load(Path, List)} does, taking its text and its parts' from {@code texts}
   * instead of the file system: {@code file} may then be a path that names no file here, e.g. the
   * relative path a {@code RunDescription} keeps its scenario under.
   */
  public static Scenario load(Path file, List<FieldOverride> overrides, ScenarioTexts texts) throws ScenarioException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(texts, "texts");
    String source = file.toString();
    return read(texts.read(file, source, "a readable scenario file"), source, file, overrides, texts);
  }

  /**
   * Parses scenario text, e.g. a test's or a bundled resource's. The text has no directory, so it
   * cannot name part files.
   *
   * @param yaml       the scenario in YAML
   * @param sourceName what problems call the text, e.g. {@code library/tiny-factory.yaml}
   * @throws ScenarioException with every problem found
   */
  public static Scenario parse(String yaml, String sourceName) throws ScenarioException {
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(sourceName, "sourceName");
    return read(yaml, sourceName, null, List.of(), ScenarioTexts.files());
  }

  /** Parses scenario text with fields overridden, as {@link #load(Path, List)} does. */
  public static Scenario parse(String yaml, String sourceName, List<FieldOverride> overrides)
      throws ScenarioException {
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(sourceName, "sourceName");
    return read(yaml, sourceName, null, overrides, ScenarioTexts.files());
  }

  private static Scenario read(String yaml, String source, Path file, List<FieldOverride> overrides,
      ScenarioTexts texts) throws ScenarioException {
    Problems problems = new Problems();
    Optional<Document> document = YamlFiles.compose(yaml, source, file, problems, texts);
    if (document.isEmpty()) {
      throw problems.toException(source);
    }
    if (!overrides.isEmpty() && !document.get().isEmpty()) {
      Value root = document.get().root();
      boolean hasMarket = ValueReader.hasKey(root, Parts.MARKET);
      List<FieldOverride> inMarket = overrides.stream().filter(o -> hasMarket && o.isMarketPath()).toList();
      List<FieldOverride> inFile = overrides.stream().filter(o -> !inMarket.contains(o)).toList();
      if (!new Overrides(problems).apply(root.node(), inFile)) {
        throw problems.toException(source);
      }
      document = Optional.of(document.get().withMarketOverrides(inMarket));
    }
    Optional<Scenario> scenario = new ScenarioReader(problems).read(document.get());
    if (!problems.isEmpty()) {
      throw problems.toException(source);
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
    return loadExperiment(file, List.of());
  }

  /**
   * Loads an experiment file as {@link #loadExperiment(Path)} does, with overrides applied to every
   * variant's scenario file after the variant's own {@code set:} list (so these win).
   */
  public static Experiment loadExperiment(Path file, List<FieldOverride> everyVariant) throws ScenarioException {
    return loadExperiment(file, everyVariant, false);
  }

  /**
   * Loads an experiment file as {@link #loadExperiment(Path, List)} does; with {@code variantsAnywhere}
   * its variants may name scenario files outside its folder tree, which are refused otherwise.
   */
  public static Experiment loadExperiment(Path file, List<FieldOverride> everyVariant, boolean variantsAnywhere)
      throws ScenarioException {
    return loadExperiment(file, everyVariant, Map.of(), variantsAnywhere);
  }

  /**
   * Loads an experiment file as {@link #loadExperiment(Path, List, boolean)} does, then applies
   * {@code byVariant}'s overrides to the variant each names, after {@code everyVariant} (so these win); a
   * name that is no variant of the file is not an error here (a sweep checks its names itself).
   */
  public static Experiment loadExperiment(Path file, List<FieldOverride> everyVariant,
      Map<String, List<FieldOverride>> byVariant, boolean variantsAnywhere) throws ScenarioException {
    return readWhole(file, "a readable experiment file",
        (problems, document) -> new ExperimentReader(problems, file, everyVariant, byVariant, variantsAnywhere)
            .read(document));
  }

  /**
   * Reads {@code file} (UTF-8) as one YAML document and gives it to {@code reader}: the result, or every
   * problem the parse and the reader found, as one exception naming the file.
   */
  private static <T> T readWhole(Path file, String expected,
      BiFunction<Problems, Document, Optional<T>> reader) throws ScenarioException {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    String yaml = YamlFiles.read(file, source, expected);
    Problems problems = new Problems();
    Optional<Document> document = YamlFiles.compose(yaml, source, file, problems);
    if (document.isEmpty()) {
      throw problems.toException(source);
    }
    Optional<T> read = reader.apply(problems, document.get());
    if (!problems.isEmpty()) {
      throw problems.toException(source);
    }
    return read.orElseThrow();
  }

  /**
   * Loads a sizing file encoded in UTF-8 ({@code format: 2}, {@code kind: sizing}; docs/sizing.md): its
   * design, read as an experiment's variant file is (so it must lie in the sizing file's folder tree
   * unless {@code designAnywhere}), its candidate sites in opening order, and its cases.
   *
   * @throws ScenarioException with every problem, the sizing file's and the design file's
   */
  public static SizingStudy loadSizing(Path file, boolean designAnywhere) throws ScenarioException {
    return readWhole(file, "a readable sizing file",
        (problems, document) -> new SizingReader(problems, file, designAnywhere).read(document));
  }

  /** Whether a file is a sizing file: its top-level mapping has {@code kind: sizing}; false otherwise, as {@link #isExperiment}. */
  public static boolean isSizing(Path file) {
    return kindOf(file).filter(SizingReader.KIND::equals).isPresent();
  }

  /**
   * Whether a file is an experiment file: its top-level mapping has {@code kind: experiment}. False
   * for anything else, including a file that cannot be read or parsed; {@link #load} then reports
   * what is wrong with it. Reads the file, so a caller deciding how to load it reads it twice.
   */
  public static boolean isExperiment(Path file) {
    return kindOf(file).filter(ExperimentReader.KIND::equals).isPresent();
  }

  /**
   * Whether a file is a part of scenarios ({@code kind: market}), read only through the scenarios
   * that name it. False for anything else, as {@link #isExperiment}.
   */
  public static boolean isPart(Path file) {
    return kindOf(file).filter(Parts.MARKET::equals).isPresent();
  }

  /** The {@code kind} a file says it is, as written; empty when it has none or cannot be read or parsed. */
  static Optional<String> kindOf(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      // Through the same checks and limits as loading proper: the problems are reported by the load.
      Optional<Document> document = YamlFiles.compose(YamlFiles.read(file, file.toString(), "a readable file"),
          file.toString(), file, new Problems());
      if (document.isEmpty() || document.get().isEmpty()) {
        return Optional.empty();
      }
      return ValueReader.topField(document.get().root(), "kind").map(Value::node)
          .filter(n -> n instanceof ScalarNode).map(n -> ((ScalarNode) n).getValue());
    } catch (ScenarioException | YAMLException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
