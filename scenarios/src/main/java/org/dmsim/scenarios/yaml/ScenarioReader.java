package org.dmsim.scenarios.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dmsim.model.network.FactorySpec;
import org.dmsim.model.network.NetworkSpec;
import org.dmsim.model.network.RegionSpec;
import org.dmsim.model.time.Durations;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a composed YAML tree into a {@link Scenario}, checking every field and reporting each
 * problem once, at the line of the field it is about. The {@code format} field chooses the format:
 * none or {@code 1} is the single-factory network read here, {@code 2} the manufacturing network
 * read by {@link ManufacturingReader}. Only when no problem was found are the model records built,
 * so their constructors never throw for user input.
 */
final class ScenarioReader {
  static final int MAX_MACHINES = 10_000;
  static final int MAX_REPLICATIONS = 10_000;
  static final long DEFAULT_SEED = 1;
  static final int DEFAULT_REPLICATIONS = 1;

  static final List<String> SCENARIO_FIELDS =
      List.of("name", "description", "horizon", "seed", "replications", "factory", "regions", "format");
  static final List<String> FACTORY_FIELDS = List.of("id", "machines", "processingTimeMean");
  static final List<String> REGION_FIELDS =
      List.of("id", "ordersPerDay", "orderLatency", "transit", "promisedLeadTime");

  static final String FORMAT = "a format version: 1 (or no format field) or 2";
  /** The kinds of format-2 file: a scenario (the default) or an experiment over scenario files. */
  static final List<String> KINDS = List.of("scenario", ExperimentReader.KIND);
  static final String SCENARIO_NAME =
      "a scenario name of lower-case letters, digits and '-', not starting with '-' (e.g. tiny-factory)";
  static final String SEED = "an integer seed from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
  static final String REPLICATIONS = "a number of replications, an integer from 1 to " + MAX_REPLICATIONS;

  private static final String SCENARIO = "a scenario: a mapping with the fields " + String.join(", ", SCENARIO_FIELDS);
  private static final String NODE_NAME =
      "a node name of lower-case letters, digits and '-', not starting with '-' (e.g. plant-frankfurt)";
  private static final String FACTORY = "a factory: a mapping with the fields " + String.join(", ", FACTORY_FIELDS);
  private static final String MACHINES = "a number of machines, an integer from 1 to " + MAX_MACHINES;
  private static final String REGIONS = "a non-empty list of regions";
  private static final String REGION = "a region: a mapping with the fields " + String.join(", ", REGION_FIELDS);
  private static final String ORDERS_PER_DAY = "a positive number of orders per day";

  private final ValueReader in;
  private final Problems problems;

  /**
   * @param problems    where problems go
   * @param taggedNodes stream indices of nodes whose tag was already reported; their values are skipped
   */
  ScenarioReader(Problems problems, Set<Integer> taggedNodes) {
    this.problems = problems;
    this.in = new ValueReader(problems, taggedNodes);
  }

  /** Reads the document's root node ({@code null} for an empty document); empty when there were problems. */
  Optional<Scenario> read(Node root, String source) {
    if (root == null) {
      problems.add(1, 1, "", SCENARIO, "an empty document");
      return Optional.empty();
    }
    Optional<Value> format = formatField(root);
    if (format.isPresent()) {
      Optional<Long> version = in.integer(format.get(), 1, 2, FORMAT);
      if (version.isEmpty()) {
        return Optional.empty();
      }
      if (version.get() == 2) {
        if (!isScenario(root)) {
          return Optional.empty();
        }
        return new ManufacturingReader(in).read(new Value(root, "", root.getStartMark()), source);
      }
    }
    return readFormat1(root, source);
  }

  /** The top-level {@code format} field's value, if the root is a mapping that has one (the first, if repeated). */
  private static Optional<Value> formatField(Node root) {
    return ValueReader.topField(root, "format");
  }

  /**
   * Whether a format-2 file's {@code kind}, if it has one, says scenario; reports it otherwise. An
   * experiment file is reported rather than read, since it is loaded by
   * {@link ScenarioLoader#loadExperiment} (callers tell the two apart with {@link ScenarioLoader#isExperiment}).
   */
  private boolean isScenario(Node root) {
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
    return word.isPresent();
  }

  private Optional<Scenario> readFormat1(Node root, String source) {
    Optional<Fields> top = in.fields(new Value(root, "", root.getStartMark()), SCENARIO_FIELDS, SCENARIO,
        key -> ManufacturingReader.SCENARIO_FIELDS.contains(key)
            ? Optional.of("a field of format 2; start the file with 'format: 2' to use it") : Optional.empty());
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Fields f = top.get();
    Optional<String> name = f.required("name", SCENARIO_NAME).flatMap(v -> in.name(v, SCENARIO_NAME));
    String description = f.optional("description").flatMap(in::text).orElse("");
    Optional<Long> horizonMs = f.required("horizon", ValueReader.POSITIVE_DURATION).flatMap(v -> in.duration(v, true));
    Optional<Long> seed = f.optional("seed")
        .map(v -> in.integer(v, Long.MIN_VALUE, Long.MAX_VALUE, SEED))
        .orElse(Optional.of(DEFAULT_SEED));
    Optional<Long> replications = f.optional("replications")
        .map(v -> in.integer(v, 1, MAX_REPLICATIONS, REPLICATIONS))
        .orElse(Optional.of((long) DEFAULT_REPLICATIONS));

    List<Value> nodeNames = new ArrayList<>();
    Optional<FactorySpec> factory = f.required("factory", FACTORY).flatMap(v -> factory(v, nodeNames));
    Optional<List<RegionSpec>> regions = f.required("regions", REGIONS).flatMap(v -> regions(v, nodeNames));
    checkUnique(nodeNames);

    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    NetworkSpec network = new NetworkSpec(name.orElseThrow(), horizonMs.orElseThrow(), factory.orElseThrow(),
        regions.orElseThrow());
    return Optional.of(new Scenario(source, name.orElseThrow(), description, network, seed.orElseThrow(),
        Math.toIntExact(replications.orElseThrow())));
  }

  private Optional<FactorySpec> factory(Value value, List<Value> nodeNames) {
    Optional<Fields> fields = in.fields(value, FACTORY_FIELDS, FACTORY);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> id = f.required("id", NODE_NAME).flatMap(v -> nodeName(v, nodeNames));
    Optional<Long> machines = f.required("machines", MACHINES).flatMap(v -> in.integer(v, 1, MAX_MACHINES, MACHINES));
    Optional<Long> meanMs = f.required("processingTimeMean", ValueReader.POSITIVE_DURATION)
        .flatMap(v -> in.duration(v, true));
    if (id.isEmpty() || machines.isEmpty() || meanMs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FactorySpec(id.get(), Math.toIntExact(machines.get()), meanMs.get()));
  }

  private Optional<List<RegionSpec>> regions(Value value, List<Value> nodeNames) {
    Optional<List<Value>> items = in.list(value, REGIONS, false);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<RegionSpec> regions = new ArrayList<>();
    boolean complete = true;
    for (Value item : items.get()) {
      Optional<RegionSpec> region = region(item, nodeNames);
      region.ifPresent(regions::add);
      complete &= region.isPresent();
    }
    return complete ? Optional.of(regions) : Optional.empty();
  }

  private Optional<RegionSpec> region(Value value, List<Value> nodeNames) {
    Optional<Fields> fields = in.fields(value, REGION_FIELDS, REGION);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> id = f.required("id", NODE_NAME).flatMap(v -> nodeName(v, nodeNames));
    Optional<Double> ordersPerDay = f.required("ordersPerDay", ORDERS_PER_DAY)
        .flatMap(v -> in.decimal(v, x -> x > 0, ORDERS_PER_DAY));
    Optional<Long> latencyMs = f.required("orderLatency", ValueReader.POSITIVE_DURATION)
        .flatMap(v -> in.duration(v, true));
    Optional<Long> transitMs = f.required("transit", ValueReader.POSITIVE_DURATION).flatMap(v -> in.duration(v, true));
    Optional<Long> promisedMs = f.required("promisedLeadTime", Durations.EXPECTED).flatMap(v -> in.duration(v, false));
    if (id.isEmpty() || ordersPerDay.isEmpty() || latencyMs.isEmpty() || transitMs.isEmpty() || promisedMs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RegionSpec(id.get(), ordersPerDay.get(), latencyMs.get(), transitMs.get(), promisedMs.get()));
  }

  /** Node names share one namespace: the factory's and every region's must differ. */
  private void checkUnique(List<Value> nodeNames) {
    Map<String, Value> first = new LinkedHashMap<>();
    for (Value v : nodeNames) {
      String id = ((ScalarNode) v.node()).getValue();
      Value earlier = first.putIfAbsent(id, v);
      if (earlier != null) {
        String owner = earlier.path().endsWith(".id") ? earlier.path().substring(0, earlier.path().length() - 3) : earlier.path();
        in.report(v, "a node name no other node has",
            ValueReader.quote(id) + ", already the id of " + owner + " at line " + earlier.line());
      }
    }
  }

  private Optional<String> nodeName(Value value, List<Value> nodeNames) {
    Optional<String> name = in.name(value, NODE_NAME);
    name.ifPresent(n -> nodeNames.add(value));
    return name;
  }
}
