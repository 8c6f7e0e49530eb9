package org.dmsim.scenarios.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dmsim.model.network.FactorySpec;
import org.dmsim.model.network.NetworkSpec;
import org.dmsim.model.network.RegionSpec;
import org.dmsim.model.time.Durations;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a composed YAML tree into a {@link Scenario}, checking every field and reporting each
 * problem once, at the line of the field it is about. Values are read from the text as written,
 * never through SnakeYAML's implicit typing, so {@code no} stays a name and {@code 010} stays ten.
 * Only when no problem was found are the model records built, so their constructors never throw for
 * user input.
 */
final class ScenarioReader {
  static final int MAX_MACHINES = 10_000;
  static final int MAX_REPLICATIONS = 10_000;
  static final long DEFAULT_SEED = 1;
  static final int DEFAULT_REPLICATIONS = 1;

  static final List<String> SCENARIO_FIELDS =
      List.of("name", "description", "horizon", "seed", "replications", "factory", "regions");
  static final List<String> FACTORY_FIELDS = List.of("id", "machines", "processingTimeMean");
  static final List<String> REGION_FIELDS =
      List.of("id", "ordersPerDay", "orderLatency", "transit", "promisedLeadTime");

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
  private static final int MAX_QUOTED_CHARS = 60;

  private static final String SCENARIO = "a scenario: a mapping with the fields " + String.join(", ", SCENARIO_FIELDS);
  private static final String SCENARIO_NAME =
      "a scenario name of lower-case letters, digits and '-', not starting with '-' (e.g. tiny-factory)";
  private static final String NODE_NAME =
      "a node name of lower-case letters, digits and '-', not starting with '-' (e.g. plant-frankfurt)";
  private static final String TEXT = "a text";
  private static final String POSITIVE_DURATION = "a duration greater than zero (e.g. 90s, 15min, 4h, 3d)";
  private static final String SEED = "an integer seed from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
  private static final String REPLICATIONS = "a number of replications, an integer from 1 to " + MAX_REPLICATIONS;
  private static final String FACTORY = "a factory: a mapping with the fields " + String.join(", ", FACTORY_FIELDS);
  private static final String MACHINES = "a number of machines, an integer from 1 to " + MAX_MACHINES;
  private static final String REGIONS = "a non-empty list of regions";
  private static final String REGION = "a region: a mapping with the fields " + String.join(", ", REGION_FIELDS);
  private static final String ORDERS_PER_DAY = "a positive number of orders per day";

  private final Problems problems;
  private final Set<Integer> taggedNodes;
  private final Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * @param problems    where problems go
   * @param taggedNodes stream indices of nodes whose tag was already reported; their values are skipped
   */
  ScenarioReader(Problems problems, Set<Integer> taggedNodes) {
    this.problems = problems;
    this.taggedNodes = taggedNodes;
  }

  /** Reads the document's root node ({@code null} for an empty document); empty when there were problems. */
  Optional<Scenario> read(Node root, String source) {
    if (root == null) {
      problems.add(1, 1, "", SCENARIO, "an empty document");
      return Optional.empty();
    }
    Optional<Fields> top = fields(new Value(root, "", root.getStartMark()), SCENARIO_FIELDS, SCENARIO);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Fields f = top.get();
    Optional<String> name = f.required("name", SCENARIO_NAME).flatMap(v -> name(v, SCENARIO_NAME));
    String description = f.optional("description").flatMap(this::text).orElse("");
    Optional<Long> horizonMs = f.required("horizon", POSITIVE_DURATION).flatMap(v -> duration(v, true));
    Optional<Long> seed = f.optional("seed")
        .map(v -> integer(v, Long.MIN_VALUE, Long.MAX_VALUE, SEED))
        .orElse(Optional.of(DEFAULT_SEED));
    Optional<Long> replications = f.optional("replications")
        .map(v -> integer(v, 1, MAX_REPLICATIONS, REPLICATIONS))
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
    Optional<Fields> fields = fields(value, FACTORY_FIELDS, FACTORY);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> id = f.required("id", NODE_NAME).flatMap(v -> nodeName(v, nodeNames));
    Optional<Long> machines = f.required("machines", MACHINES).flatMap(v -> integer(v, 1, MAX_MACHINES, MACHINES));
    Optional<Long> meanMs = f.required("processingTimeMean", POSITIVE_DURATION).flatMap(v -> duration(v, true));
    if (id.isEmpty() || machines.isEmpty() || meanMs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FactorySpec(id.get(), Math.toIntExact(machines.get()), meanMs.get()));
  }

  private Optional<List<RegionSpec>> regions(Value value, List<Value> nodeNames) {
    if (!firstVisit(value.node())) {
      return Optional.empty();
    }
    if (!(value.node() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
      wrongType(value, REGIONS);
      return Optional.empty();
    }
    List<RegionSpec> regions = new ArrayList<>();
    boolean complete = true;
    List<Node> items = sequence.getValue();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      Optional<RegionSpec> region = region(new Value(item, value.path() + "[" + i + "]", item.getStartMark()), nodeNames);
      region.ifPresent(regions::add);
      complete &= region.isPresent();
    }
    return complete ? Optional.of(regions) : Optional.empty();
  }

  private Optional<RegionSpec> region(Value value, List<Value> nodeNames) {
    Optional<Fields> fields = fields(value, REGION_FIELDS, REGION);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> id = f.required("id", NODE_NAME).flatMap(v -> nodeName(v, nodeNames));
    Optional<Double> ordersPerDay = f.required("ordersPerDay", ORDERS_PER_DAY).flatMap(this::ordersPerDay);
    Optional<Long> latencyMs = f.required("orderLatency", POSITIVE_DURATION).flatMap(v -> duration(v, true));
    Optional<Long> transitMs = f.required("transit", POSITIVE_DURATION).flatMap(v -> duration(v, true));
    Optional<Long> promisedMs = f.required("promisedLeadTime", Durations.EXPECTED).flatMap(v -> duration(v, false));
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
        problems.add(v.at(), v.path(), "a node name no other node has",
            quote(id) + ", already the id of " + owner + " at line " + (earlier.at().getLine() + 1));
      }
    }
  }

  private Optional<String> name(Value value, String expected) {
    return scalar(value, expected).flatMap(s -> {
      if (!NAME.matcher(s.getValue()).matches()) {
        problems.add(value.at(), value.path(), expected, quote(s.getValue()));
        return Optional.empty();
      }
      return Optional.of(s.getValue());
    });
  }

  private Optional<String> nodeName(Value value, List<Value> nodeNames) {
    Optional<String> name = name(value, NODE_NAME);
    name.ifPresent(n -> nodeNames.add(value));
    return name;
  }

  private Optional<String> text(Value value) {
    if (!firstVisit(value.node())) {
      return Optional.empty();
    }
    if (value.node() instanceof ScalarNode s) {
      return Optional.of(isNull(s) ? "" : s.getValue().strip());
    }
    wrongType(value, TEXT);
    return Optional.empty();
  }

  private Optional<Long> duration(Value value, boolean positive) {
    String expected = positive ? POSITIVE_DURATION : Durations.EXPECTED;
    return scalar(value, expected).flatMap(s -> {
      Optional<Long> ms = Durations.tryParseMillis(s.getValue());
      if (ms.isEmpty()) {
        String hint = INTEGER.matcher(s.getValue().strip()).matches() || DECIMAL.matcher(s.getValue().strip()).matches()
            ? " (a number without a unit)" : "";
        problems.add(value.at(), value.path(), Durations.EXPECTED, quote(s.getValue()) + hint);
        return Optional.empty();
      }
      if (positive && ms.get() == 0) {
        problems.add(value.at(), value.path(), POSITIVE_DURATION, quote(s.getValue()));
        return Optional.empty();
      }
      return ms;
    });
  }

  private Optional<Long> integer(Value value, long min, long max, String expected) {
    return number(value, expected).flatMap(text -> {
      if (INTEGER.matcher(text).matches()) {
        BigInteger n = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        if (n.compareTo(BigInteger.valueOf(min)) >= 0 && n.compareTo(BigInteger.valueOf(max)) <= 0) {
          return Optional.of(n.longValueExact());
        }
      }
      problems.add(value.at(), value.path(), expected, quote(text));
      return Optional.empty();
    });
  }

  private Optional<Double> ordersPerDay(Value value) {
    return number(value, ORDERS_PER_DAY).flatMap(text -> {
      if (DECIMAL.matcher(text).matches()) {
        double rate = Double.parseDouble(text);
        if (rate > 0 && Double.isFinite(rate)) {
          return Optional.of(rate);
        }
      }
      problems.add(value.at(), value.path(), ORDERS_PER_DAY, quote(text));
      return Optional.empty();
    });
  }

  /** The text of a number as written: a plain scalar, since quotes make a YAML value a string. */
  private Optional<String> number(Value value, String expected) {
    return scalar(value, expected).flatMap(s -> {
      if (!s.isPlain()) {
        problems.add(value.at(), value.path(), expected, quote(s.getValue()) + " in quotes, which makes it a text");
        return Optional.empty();
      }
      return Optional.of(s.getValue());
    });
  }

  /** The value as a scalar that is not null, or empty after reporting what it is instead. */
  private Optional<ScalarNode> scalar(Value value, String expected) {
    if (!firstVisit(value.node())) {
      return Optional.empty();
    }
    if (value.node() instanceof ScalarNode s && !isNull(s)) {
      return Optional.of(s);
    }
    wrongType(value, expected);
    return Optional.empty();
  }

  /**
   * The fields of a mapping, first occurrence of each key; reports keys that are not fields, not
   * names, or repeated.
   */
  private Optional<Fields> fields(Value value, List<String> allowed, String expected) {
    if (!firstVisit(value.node())) {
      return Optional.empty();
    }
    if (!(value.node() instanceof MappingNode mapping)) {
      wrongType(value, expected);
      return Optional.empty();
    }
    Fields fields = new Fields(value);
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode keyScalar)) {
        problems.add(keyNode.getStartMark(), join(value.path(), "?"), "a field name", describe(keyNode));
        continue;
      }
      String key = keyScalar.getValue();
      Mark at = keyNode.getStartMark();
      String path = join(value.path(), key);
      if (!allowed.contains(key)) {
        String suggestion = Spelling.closest(key, allowed).map(s -> "; did you mean '" + s + "'?").orElse("");
        problems.add(at, path, "one of: " + String.join(", ", allowed), "unknown field " + quote(key) + suggestion);
      } else if (fields.byName.containsKey(key)) {
        problems.add(at, path, "each field at most once",
            "'" + key + "' again, first given at line " + (fields.byName.get(key).at().getLine() + 1));
      } else {
        fields.byName.put(key, new Value(tuple.getValueNode(), path, at));
      }
    }
    return Optional.of(fields);
  }

  /** Whether this is the first time the walk meets this node and its value may be read. */
  private boolean firstVisit(Node node) {
    // An alias makes the composer reuse the anchored node: read it once (the alias is already
    // reported), which also stops a recursive alias from looping.
    if (!visited.add(node)) {
      return false;
    }
    return !taggedNodes.contains(node.getStartMark().getIndex());
  }

  private void wrongType(Value value, String expected) {
    problems.add(value.at(), value.path(), expected, describe(value.node()));
  }

  private static boolean isNull(ScalarNode s) {
    return s.isPlain() && Tag.NULL.equals(s.getTag());
  }

  /** What a node is, in words, for the "found" part of a problem. */
  static String describe(Node node) {
    if (node instanceof MappingNode m) {
      return m.getValue().isEmpty() ? "an empty mapping" : "a mapping";
    }
    if (node instanceof SequenceNode s) {
      return s.getValue().isEmpty() ? "an empty list" : "a list";
    }
    ScalarNode s = (ScalarNode) node;
    return isNull(s) && s.getValue().isEmpty() ? "nothing" : isNull(s) ? quote(s.getValue()) + " (null)" : quote(s.getValue());
  }

  /** The text in double quotes, escaped and shortened so that it fits in one line of a problem. */
  static String quote(String text) {
    StringBuilder b = new StringBuilder("\"");
    int shown = Math.min(text.length(), MAX_QUOTED_CHARS);
    if (shown < text.length() && Character.isHighSurrogate(text.charAt(shown - 1))) {
      shown--;
    }
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (Character.isISOControl(c)) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append(text.length() > shown ? "...\"" : "\"").toString();
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** A value in the tree, its full path, and where to report problems about it: at its field's name. */
  private record Value(Node node, String path, Mark at) {}

  /** The fields of one mapping, in file order, first occurrence of each. */
  private final class Fields {
    final Value mapping;
    final Map<String, Value> byName = new LinkedHashMap<>();

    Fields(Value mapping) {
      this.mapping = mapping;
    }

    /** The field's value, or empty after reporting it missing at the start of the mapping. */
    Optional<Value> required(String name, String expected) {
      Value v = byName.get(name);
      if (v == null) {
        problems.add(mapping.node().getStartMark(), join(mapping.path(), name), expected, "nothing (the field is missing)");
      }
      return Optional.ofNullable(v);
    }

    Optional<Value> optional(String name) {
      return Optional.ofNullable(byName.get(name));
    }
  }
}
