package org.dmsim.scenarios.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.spec.Names;
import org.dmsim.model.time.Durations;
import org.dmsim.scenarios.format.Field;
import org.dmsim.scenarios.format.FieldType;
import org.dmsim.scenarios.format.Range;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads typed values out of a composed YAML tree for the scenario and experiment readers: each
 * method returns the value, or empty after reporting one problem at the value's field. Values are
 * read from the text as written, never through SnakeYAML's implicit typing, so {@code no} stays a
 * name, {@code 010} stays ten and {@code 06:00} stays a time of day. Also the helpers every section
 * reader shares: lists of entries, "each once", building a model record, and the phrases of
 * messages.
 */
final class ValueReader {
  static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
  /** A duration's form whatever its size: one too large for a {@code long} of ms is out of range, not misspelt. */
  private static final Pattern DURATION_FORM = Pattern.compile("\\s*\\d+(\\.\\d+)?\\s*(ms|s|min|h|d|w)\\s*");
  static final String POSITIVE_DURATION = "a duration greater than zero (e.g. 90s, 15min, 4h, 3d)";
  static final String TEXT = "a text";
  static final String BOOLEAN = "true or false";
  static final List<String> LOCATION_FIELDS = ScenarioFormat.LOCATION_SECTION.names();
  static final String LOCATION = mapping("a location", LOCATION_FIELDS);
  private static final Field LATITUDE = ScenarioFormat.LOCATION_SECTION.field("lat");
  private static final Field LONGITUDE = ScenarioFormat.LOCATION_SECTION.field("lon");
  private static final int MAX_QUOTED_CHARS = 60;

  private final Problems problems;
  private final Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());

  /** @param problems where problems go, each in the document of the value it is about */
  ValueReader(Problems problems) {
    this.problems = problems;
  }

  Problems problems() {
    return problems;
  }

  /** Reports a problem about a value, at its field, in its document. */
  void report(Value value, String expected, String found) {
    problems.add(value.document().source(), value.at(), value.path(), expected, found);
  }

  /** A name of lower-case letters, digits and '-', not starting with '-'. */
  Optional<String> name(Value value, String expected) {
    return scalar(value, expected).flatMap(s -> {
      if (s.getValue().length() > LoaderLimits.MAX_ID_CHARS) {
        report(value, expected + " of at most " + LoaderLimits.MAX_ID_CHARS + " characters",
            "a name of " + s.getValue().length() + " characters");
        return Optional.empty();
      }
      if (!NAME.matcher(s.getValue()).matches()) {
        report(value, expected, quote(s.getValue()));
        return Optional.empty();
      }
      return Optional.of(s.getValue());
    });
  }

  /** Any scalar as text, stripped; nothing (an empty value) is the empty text. */
  Optional<String> text(Value value) {
    if (!firstVisit(value)) {
      return Optional.empty();
    }
    if (value.node() instanceof ScalarNode s) {
      return Optional.of(isNull(s) ? "" : s.getValue().strip());
    }
    wrongType(value, TEXT);
    return Optional.empty();
  }

  /** A duration in ms; zero allowed unless {@code positive}. */
  Optional<Long> duration(Value value, boolean positive) {
    return duration(value, positive ? POSITIVE_DURATION : Durations.EXPECTED, positive);
  }

  /** A duration in ms, reporting {@code expected} when it is zero and must be positive, or is no scalar. */
  Optional<Long> duration(Value value, String expected, boolean positive) {
    return scalar(value, expected).flatMap(s -> {
      Optional<Long> ms = Durations.tryParseMillis(s.getValue());
      if (ms.isEmpty()) {
        notADuration(value, s);
        return Optional.empty();
      }
      if (positive && ms.get() == 0) {
        report(value, expected, quote(s.getValue()));
        return Optional.empty();
      }
      return ms;
    });
  }

  private void notADuration(Value value, ScalarNode s) {
    String hint = INTEGER.matcher(s.getValue().strip()).matches() || DECIMAL.matcher(s.getValue().strip()).matches()
        ? " (a number without a unit)" : "";
    report(value, Durations.EXPECTED, quote(s.getValue()) + hint);
  }

  /**
   * A duration in ms in the field's range: zero (when the range starts above it) is reported with
   * {@code expected}, a value beyond the range (also one too large for the model's time) with the range.
   */
  Optional<Long> duration(Value value, Field field, String expected) {
    Range range = field.range();
    return scalar(value, expected).flatMap(s -> {
      Optional<Long> ms = Durations.tryParseMillis(s.getValue());
      if (ms.isEmpty() && DURATION_FORM.matcher(s.getValue()).matches() && !s.getValue().contains(".")) {
        report(value, outside(expected, field, Double.POSITIVE_INFINITY), quote(s.getValue()));
        return Optional.empty();
      }
      if (ms.isEmpty()) {
        notADuration(value, s);
        return Optional.empty();
      }
      if (!range.contains(ms.get())) {
        report(value, outside(expected, field, ms.get()), quote(s.getValue()));
        return Optional.empty();
      }
      return ms;
    });
  }

  /** A duration in ms in the field's range; zero or not a duration reported in the usual words, else with the range. */
  Optional<Long> duration(Value value, Field field, boolean positive) {
    return duration(value, field, positive ? POSITIVE_DURATION : Durations.EXPECTED);
  }

  /**
   * What to expect of {@code x}, outside the field's range: {@code expected}, and the range itself unless
   * {@code expected} already states the bound {@code x} breaks (or {@code x} is not positive where
   * {@code expected} asks for a positive value).
   */
  static String outside(String expected, Field field, double x) {
    Range range = field.range();
    boolean below = range.isBelow(x);
    double bound = below ? range.min() : range.max();
    if (below && x <= 0 && range.min() >= 0) {
      return expected;
    }
    if (Double.isFinite(bound) && Pattern.compile("(?<![0-9.])" + Pattern.quote(field.bound(bound)) + "(?![0-9.])")
        .matcher(expected).find()) {
      return expected;
    }
    return expected + " (range " + field.rangeText() + ")";
  }

  /** A decimal integer from {@code min} to {@code max}. */
  Optional<Long> integer(Value value, long min, long max, String expected) {
    return number(value, expected).flatMap(text -> {
      if (INTEGER.matcher(text).matches()) {
        BigInteger n = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        if (n.compareTo(BigInteger.valueOf(min)) >= 0 && n.compareTo(BigInteger.valueOf(max)) <= 0) {
          return Optional.of(n.longValueExact());
        }
      }
      report(value, expected, quote(text));
      return Optional.empty();
    });
  }

  /** A finite decimal number that {@code valid} accepts. */
  Optional<Double> decimal(Value value, DoublePredicate valid, String expected) {
    return number(value, expected).flatMap(text -> {
      if (DECIMAL.matcher(text).matches()) {
        double x = Double.parseDouble(text);
        if (Double.isFinite(x) && valid.test(x)) {
          return Optional.of(x);
        }
      }
      report(value, expected, quote(text));
      return Optional.empty();
    });
  }

  /** A decimal integer in the field's range, reporting the field's expected phrase (and the range) otherwise. */
  Optional<Long> integer(Value value, Field field) {
    String expected = field.expected();
    return number(value, expected).flatMap(text -> {
      if (INTEGER.matcher(text).matches()) {
        BigInteger n = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        if (n.compareTo(BigInteger.valueOf(field.range().minLong())) >= 0
            && n.compareTo(BigInteger.valueOf(field.range().maxLong())) <= 0) {
          return Optional.of(n.longValueExact());
        }
        report(value, outside(expected, field, n.doubleValue()), quote(text));
        return Optional.empty();
      }
      report(value, expected, quote(text));
      return Optional.empty();
    });
  }

  /**
   * A finite decimal number in the field's range, reporting the field's expected phrase otherwise, with
   * the range when the number is out of it ({@code 1e308}, {@code 1e-300}, {@code 1e400}).
   */
  Optional<Double> decimal(Value value, Field field) {
    return decimal(value, x -> true, field.expected(), field);
  }

  /** A finite decimal number that {@code valid} accepts (else {@code expected}) and in the field's range. */
  Optional<Double> decimal(Value value, DoublePredicate valid, String expected, Field field) {
    return number(value, expected).flatMap(text -> {
      if (!DECIMAL.matcher(text).matches()) {
        report(value, expected, quote(text));
        return Optional.empty();
      }
      double x = Double.parseDouble(text);
      if (!valid.test(x)) {
        report(value, expected, quote(text));
        return Optional.empty();
      }
      if (Double.isFinite(x) && field.range().contains(x)) {
        return Optional.of(x);
      }
      report(value, outside(expected, field, x), quote(text));
      return Optional.empty();
    });
  }

  /** {@code true} or {@code false}, unquoted; YAML 1.1's yes, no, on and off are not booleans here. */
  Optional<Boolean> bool(Value value) {
    return number(value, BOOLEAN).flatMap(text -> {
      if (text.equals("true") || text.equals("false")) {
        return Optional.of(text.equals("true"));
      }
      report(value, BOOLEAN, quote(text));
      return Optional.empty();
    });
  }

  /** A constant of {@code type} by its file name ({@link Names#of}); an unknown name lists them all. */
  <E extends Enum<E>> Optional<E> choice(Value value, Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(Names.of(e));
    }
    return word(value, names, n -> Names.parse(type, n), names);
  }

  /** One of {@code names}, mapped by {@code meaning}; an unknown word lists them and suggests the closest. */
  <T> Optional<T> word(Value value, List<String> names, Function<String, T> meaning) {
    return word(value, names, w -> names.contains(w) ? meaning.apply(w) : null, names);
  }

  /**
   * A word that {@code meaning} maps to a value, {@code null} for a word it does not know; an unknown
   * word lists {@code shown} (which may leave out accepted variants) and suggests the closest.
   */
  <T> Optional<T> word(Value value, List<String> shown, Function<String, T> meaning, List<String> suggestFrom) {
    String expected = "one of: " + String.join(", ", shown);
    return scalar(value, expected).flatMap(s -> {
      T t = meaning.apply(s.getValue());
      if (t == null) {
        report(value, expected, quote(s.getValue()) + suggestion(s.getValue(), suggestFrom));
        return Optional.empty();
      }
      return Optional.of(t);
    });
  }

  /** The text of a number as written: a plain scalar, since quotes make a YAML value a string. */
  Optional<String> number(Value value, String expected) {
    return scalar(value, expected).flatMap(s -> {
      if (!s.isPlain()) {
        report(value, expected, quote(s.getValue()) + " in quotes, which makes it a text");
        return Optional.empty();
      }
      return Optional.of(s.getValue());
    });
  }

  /** A {@code {lat, lon}} mapping in decimal degrees. */
  Optional<GeoPoint> location(Value value) {
    Optional<Fields> fields = fields(value, LOCATION_FIELDS, LOCATION);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Double> lat = f.required(LATITUDE).flatMap(v -> decimal(v, LATITUDE));
    Optional<Double> lon = f.required(LONGITUDE).flatMap(v -> decimal(v, LONGITUDE));
    if (lat.isEmpty() || lon.isEmpty()) {
      return Optional.empty();
    }
    return build(value, "location", () -> new GeoPoint(lat.get(), lon.get()));
  }

  /** The value as a scalar that is not null, or empty after reporting what it is instead. */
  Optional<ScalarNode> scalar(Value value, String expected) {
    if (!firstVisit(value)) {
      return Optional.empty();
    }
    if (value.node() instanceof ScalarNode s && !isNull(s)) {
      return Optional.of(s);
    }
    wrongType(value, expected);
    return Optional.empty();
  }

  /** The items of a list, each with its path {@code field[i]} and its own position; empty lists only if allowed. */
  Optional<List<Value>> list(Value value, String expected, boolean allowEmpty) {
    if (!firstVisit(value)) {
      return Optional.empty();
    }
    if (!(value.node() instanceof SequenceNode sequence) || (!allowEmpty && sequence.getValue().isEmpty())) {
      wrongType(value, expected);
      return Optional.empty();
    }
    List<Value> items = new ArrayList<>();
    List<Node> nodes = sequence.getValue();
    for (int i = 0; i < nodes.size(); i++) {
      Node item = nodes.get(i);
      items.add(new Value(item, value.path() + "[" + i + "]", item.getStartMark(), value.document()));
    }
    return Optional.of(items);
  }

  /** The entries of a list, each read by {@code entry}; empty if the list or any entry had a problem. */
  <T> Optional<List<T>> items(Value value, String expected, boolean allowEmpty, Function<Value, Optional<T>> entry) {
    Optional<List<Value>> items = list(value, expected, allowEmpty);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<T> out = new ArrayList<>();
    boolean complete = true;
    for (Value item : items.get()) {
      Optional<T> t = entry.apply(item);
      t.ifPresent(out::add);
      complete &= t.isPresent();
    }
    return complete ? Optional.of(out) : Optional.empty();
  }

  /** Whether {@code key} is new in {@code seen}; reports the repeat otherwise. */
  boolean once(Map<String, Value> seen, String key, Value value, String expected) {
    Value earlier = seen.putIfAbsent(key, value);
    if (earlier != null) {
      report(value, expected, quote(key) + " again, first at line " + earlier.line());
      return false;
    }
    return true;
  }

  /** Builds a model record, turning its constructor's refusal into a problem at the mapping it came from. */
  <T> Optional<T> build(Value value, String what, Supplier<T> make) {
    try {
      return Optional.of(make.get());
    } catch (IllegalArgumentException e) {
      report(value, "a valid " + what, "values the model rejects: " + e.getMessage());
      return Optional.empty();
    } catch (NoSuchElementException skipped) {
      // A part was not read without a new problem here: an alias or a tag, which PlainYamlCheck
      // reported where it is written. Nothing is built, since there are problems.
      return Optional.empty();
    }
  }

  /**
   * The fields of a mapping, first occurrence of each key; reports keys that are not fields, not
   * names, or repeated.
   */
  Optional<Fields> fields(Value value, List<String> allowed, String expected) {
    return fields(value, allowed, expected, key -> Optional.empty());
  }

  /**
   * As {@link #fields(Value, List, String)}, with {@code why} explaining an unknown key better than a
   * spelling suggestion can (e.g. "a field of plants only"); it returns empty to fall back.
   */
  Optional<Fields> fields(Value value, List<String> allowed, String expected, Function<String, Optional<String>> why) {
    if (!firstVisit(value)) {
      return Optional.empty();
    }
    if (!(value.node() instanceof MappingNode mapping)) {
      wrongType(value, expected);
      return Optional.empty();
    }
    Fields fields = new Fields(value);
    String source = value.document().source();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode keyScalar)) {
        problems.add(source, keyNode.getStartMark(), join(value.path(), "?"), "a field name", describe(keyNode));
        continue;
      }
      String key = keyScalar.getValue();
      Mark at = keyNode.getStartMark();
      String path = join(value.path(), key);
      if (!allowed.contains(key)) {
        String because = why.apply(key).map(w -> ", " + w).orElseGet(() -> suggestion(key, allowed));
        problems.add(source, at, path, "one of: " + String.join(", ", allowed), "unknown field " + quote(key) + because);
      } else if (fields.byName.containsKey(key)) {
        problems.add(source, at, path, "each field at most once",
            "'" + key + "' again, first given at line " + fields.byName.get(key).line());
      } else {
        fields.byName.put(key, new Value(tuple.getValueNode(), path, at, value.document()));
      }
    }
    return Optional.of(fields);
  }

  /** A top-level field's value, if the root is a mapping that has it (the first, if repeated), read before the rest. */
  static Optional<Value> topField(Value root, String name) {
    if (root.node() instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
          return Optional.of(new Value(tuple.getValueNode(), name, key.getStartMark(), root.document()));
        }
      }
    }
    return Optional.empty();
  }

  /** The optional field's value read by {@code read}, or {@code fallback} when the field is absent. */
  static <T> Optional<T> optional(Fields f, String field, T fallback, Function<Value, Optional<T>> read) {
    return f.optional(field).map(read).orElseGet(() -> Optional.ofNullable(fallback));
  }

  /** The scalar text of a mapping's field, read before the mapping's fields are checked. */
  static Optional<String> peek(Value value, String field) {
    if (value.node() instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(field) && t.getValueNode() instanceof ScalarNode v) {
          return Optional.of(v.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the value is a mapping with the key {@code field}. */
  static boolean hasKey(Value value, String field) {
    if (value.node() instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(field)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "what: a mapping with the fields a, b, c", what a mapping of {@code fields} is expected to be. */
  static String mapping(String what, List<String> fields) {
    return what + ": a mapping with the fields " + String.join(", ", fields);
  }

  /** "what of lower-case letters, digits and '-', not starting with '-' (e.g. example)". */
  static String named(String what, String example) {
    return what + " of lower-case letters, digits and '-', not starting with '-' (e.g. " + example + ")";
  }

  /** " (one of: a, b, c)" for up to ten ids, " (none is declared)" for none. */
  static String listed(Collection<String> ids) {
    if (ids.isEmpty()) {
      return " (none is declared)";
    }
    List<String> shown = ids.stream().limit(10).toList();
    return " (one of: " + String.join(", ", shown) + (ids.size() > shown.size() ? ", ..." : "") + ")";
  }

  /** Whether this is the first time the walk meets this value's node and it may be read. */
  boolean firstVisit(Value value) {
    // An alias makes the composer reuse the anchored node: read it once (the alias is already
    // reported), which also stops a recursive alias from looping.
    if (!visited.add(value.node())) {
      return false;
    }
    return !value.document().isTagged(value.node());
  }

  void wrongType(Value value, String expected) {
    report(value, expected, describe(value.node()));
  }

  /**
   * Reports a whole document that is not a mapping by its shape only ("a text of 31 characters"): a
   * file that is not a scenario at all (named by mistake, or on purpose, like {@code /etc/passwd}) has
   * none of its content echoed.
   */
  void wrongDocument(Value root, String expected) {
    String found = root.node() instanceof ScalarNode s ? "a text of " + s.getValue().length() + " characters, not a mapping"
        : describe(root.node());
    report(root, expected, found);
  }

  /** "; did you mean 'x'?" when a candidate is close to the word, else nothing. */
  static String suggestion(String word, List<String> candidates) {
    return Spelling.closest(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  static boolean isNull(ScalarNode s) {
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
    int i = 0;
    while (i < text.length() && i < MAX_QUOTED_CHARS) {
      int cp = text.codePointAt(i);
      switch (cp) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> TerminalText.appendEscaped(b, cp);
      }
      i += Character.charCount(cp);
    }
    return b.append(i < text.length() ? "...\"" : "\"").toString();
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /**
   * A value in the tree, its full path, and where to report problems about it: at its field's name
   * (for a list item, at the item), in its document.
   */
  record Value(Node node, String path, Mark at, Document document) {
    /** The 1-based line problems about it are reported at. */
    int line() {
      return at.getLine() + 1;
    }

    /** The scalar text as written, or empty for a mapping, a list or nothing. */
    Optional<String> scalarText() {
      return node instanceof ScalarNode s && !isNull(s) ? Optional.of(s.getValue()) : Optional.empty();
    }
  }

  /** The fields of one mapping, in file order, first occurrence of each. */
  final class Fields {
    final Value mapping;
    final Map<String, Value> byName = new LinkedHashMap<>();

    Fields(Value mapping) {
      this.mapping = mapping;
    }

    /** The field's value, or empty after reporting it missing at the start of the mapping. */
    Optional<Value> required(String name, String expected) {
      Value v = byName.get(name);
      if (v == null) {
        missing(name, expected);
      }
      return Optional.ofNullable(v);
    }

    /** The described field's value, or empty after reporting it missing with the field's expected phrase. */
    Optional<Value> required(Field field) {
      return required(field.name(), field.expected());
    }

    /** Reports the field missing, at the start of the mapping. */
    void missing(String name, String expected) {
      problems.add(mapping.document().source(), mapping.node().getStartMark(), join(mapping.path(), name), expected,
          "nothing (the field is missing)");
    }

    Optional<Value> optional(String name) {
      return Optional.ofNullable(byName.get(name));
    }

    boolean has(String name) {
      return byName.containsKey(name);
    }
  }
}
