package org.dmsim.scenarios.yaml;

import java.util.List;
import java.util.Optional;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads a composed YAML tree into a {@link Scenario}: checks that the document is a mapping that
 * says {@code format: 2} and, if it has a {@code kind}, {@code kind: scenario}, then hands it to
 * {@link ManufacturingReader}. A file that does not say {@code format: 2} — a file of the retired
 * format 1 (one factory) says nothing about its format — is reported once, at its format, rather
 * than with every field it lacks.
 */
final class ScenarioReader {
  static final int MAX_REPLICATIONS = ScenarioFormat.MAX_REPLICATIONS;
  static final long DEFAULT_SEED = ScenarioFormat.SCENARIO.field("seed").defaultLong();
  static final int DEFAULT_REPLICATIONS = Math.toIntExact(ScenarioFormat.SCENARIO.field("replications").defaultLong());

  static final String FORMAT = "format: 2, the scenario format (format 1, one factory and its regions, is no longer "
      + "read; docs/scenario-format.md, \"Files of format 1\", shows how to write one in format 2)";
  /** The kinds of file: a scenario (the default), an experiment over scenario files, or a market, part of a scenario. */
  static final List<String> KINDS = List.of("scenario", ExperimentReader.KIND, SizingReader.KIND, Parts.MARKET);
  static final String SCENARIO_NAME =
      "a scenario name of lower-case letters, digits and '-', not starting with '-' (e.g. tiny-factory)";
  static final String SEED = "an integer seed from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
  static final String REPLICATIONS = "a number of replications, an integer from 1 to " + MAX_REPLICATIONS;

  private static final String SCENARIO =
      "a scenario: a mapping with the fields " + String.join(", ", ManufacturingReader.SCENARIO_FIELDS);

  private final ValueReader in;
  private final Problems problems;

  /** @param problems where problems go */
  ScenarioReader(Problems problems) {
    this.problems = problems;
    this.in = new ValueReader(problems);
  }

  /** Reads a scenario document; empty when there were problems. */
  Optional<Scenario> read(Document document) {
    if (document.isEmpty()) {
      problems.add(document.source(), 1, 1, "", SCENARIO, "an empty document");
      return Optional.empty();
    }
    Value top = document.root();
    if (!(top.node() instanceof MappingNode)) {
      in.wrongDocument(top, SCENARIO);
      return Optional.empty();
    }
    if (!saysFormat2(top) || !isScenario(top)) {
      return Optional.empty();
    }
    return new ManufacturingReader(in).read(top, document.source());
  }

  /** Whether the file says {@code format: 2}; reports it, once, when it does not. */
  private boolean saysFormat2(Value root) {
    Optional<Value> format = ValueReader.topField(root, "format");
    if (format.isEmpty()) {
      problems.add(root.document().source(), root.at(), "format", FORMAT, "nothing (the field is missing)");
      return false;
    }
    return in.integer(format.get(), 2, 2, FORMAT).isPresent();
  }

  /**
   * Whether the file's {@code kind}, if it has one, says scenario; reports it otherwise. An
   * experiment file is reported rather than read, since it is loaded by
   * {@link ScenarioLoader#loadExperiment} (callers tell the two apart with {@link ScenarioLoader#isExperiment}).
   */
  private boolean isScenario(Value root) {
    Optional<Value> kind = ValueReader.topField(root, "kind");
    if (kind.isEmpty()) {
      return true;
    }
    Optional<String> word = in.word(kind.get(), KINDS, w -> w);
    if (word.isPresent() && word.get().equals(ExperimentReader.KIND)) {
      in.report(kind.get(), "a scenario (kind: scenario, or no kind field)",
          "\"experiment\": this is an experiment file; run it with dmsim run");
      return false;
    }
    if (word.isPresent() && word.get().equals(SizingReader.KIND)) {
      in.report(kind.get(), "a scenario (kind: scenario, or no kind field)",
          "\"sizing\": this is a sizing file; run it with dmsim size");
      return false;
    }
    if (word.isPresent() && word.get().equals(Parts.MARKET)) {
      in.report(kind.get(), "a scenario (kind: scenario, or no kind field)",
          "\"market\": this is a market file, a part of scenarios; name it in a scenario with market: FILE");
      return false;
    }
    return word.isPresent();
  }
}
